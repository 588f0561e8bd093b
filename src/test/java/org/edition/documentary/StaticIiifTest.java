package org.edition.documentary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.edition.Cli;
import org.edition.TeiFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page image kept in the edition becomes a IIIF Image API 3.0 level-0 service: every tile and
 * size its info.json promises is there at the size the Image API's rules give, and the picture is
 * cut once: a rebuild with the same picture takes the tiles it cut before, a changed picture is
 * a new service.
 */
class StaticIiifTest {
  @TempDir Path dir;

  @Test
  void everyTileTheServicePromisesIsThereAndAnUnchangedPictureIsNotCutAgain() throws Exception {
    Path texts = dir.resolve("edition");
    Files.createDirectories(texts.resolve("pages"));
    ImageIO.write(org.edition.TestPictures.page(2100, 1300, Color.ORANGE), "png", texts.resolve("pages/f1.png").toFile());
    String body = "<p>The first page, <pb n=\"1\" facs=\"#f1\"/>then on.</p>";
    String facsimile = "<facsimile><surface xml:id=\"f1\"><graphic url=\"pages/f1.png\"/></surface></facsimile>";
    TeiFixture.write(texts, "notebook", "A notebook", facsimile, "en", body);
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("build", "--html", "--base-url", "https://edition.example.org/site/", "-o", out.toString(), texts.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());

    Path site = out.resolve("html");
    List<Path> infos;
    try (var files = Files.walk(site.resolve("iiif/images"))) {
      infos = files.filter(p -> p.getFileName().toString().equals("info.json")).toList();
    }
    assertEquals(1, infos.size(), infos.toString());
    JsonNode info = new ObjectMapper().readTree(infos.get(0).toFile());
    Path service = infos.get(0).getParent();
    assertEquals("http://iiif.io/api/image/3/context.json", info.get("@context").asText());
    assertEquals("ImageService3", info.get("type").asText());
    assertEquals("level0", info.get("profile").asText());
    // the info.json a IIIF client fetches names the service where the site will be published
    assertEquals("https://edition.example.org/site/" + site.relativize(service).toString().replace('\\', '/'), info.get("id").asText());
    int width = info.get("width").asInt();
    int height = info.get("height").asInt();
    assertEquals(2100, width);
    assertEquals(1300, height);

    List<String> promised = promisedRequests(info);
    assertTrue(promised.size() > 20, promised.toString());
    for (String request : promised) {
      String[] parts = request.split(" ");
      Path tile = service.resolve(parts[0]);
      assertTrue(Files.isRegularFile(tile), "the service promises " + parts[0]);
      BufferedImage got = ImageIO.read(tile.toFile());
      assertEquals(parts[1], got.getWidth() + "," + got.getHeight(), parts[0]);
    }
    // level 0 requires the whole picture at full size
    BufferedImage max = ImageIO.read(service.resolve("full/max/0/default.jpg").toFile());
    assertEquals(width + "," + height, max.getWidth() + "," + max.getHeight());

    // the text changes, the picture does not: its tiles are the ones cut before
    Path tile = service.resolve("0,0,512,512/512,512/0/default.jpg");
    Object cut = Files.readAttributes(tile, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    long cutAt = Files.getLastModifiedTime(tile).toMillis();
    Thread.sleep(20);
    TeiFixture.write(texts, "notebook", "A notebook", facsimile, "en", body.replace("then on", "and then on"));
    run = Cli.run("build", "--html", "--base-url", "https://edition.example.org/site/", "-o", out.toString(), texts.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(Files.readString(site.resolve("notebook.html")).contains("and then on"), "the page was made again");
    assertEquals(cutAt, Files.getLastModifiedTime(tile).toMillis(), "the tile was not cut again");
    if (cut != null) {
      assertEquals(cut, Files.readAttributes(tile, java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
          "the same file, linked from the cache");
    }

    // the picture changes, the text does not: the page is made again, with a new service
    ImageIO.write(org.edition.TestPictures.page(1000, 700, Color.BLUE), "png", texts.resolve("pages/f1.png").toFile());
    run = Cli.run("build", "--html", "--base-url", "https://edition.example.org/site/", "-o", out.toString(), texts.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    try (var files = Files.walk(site.resolve("iiif/images"))) {
      infos = files.filter(p -> p.getFileName().toString().equals("info.json")).toList();
    }
    assertEquals(1, infos.size(), "the old picture's service is gone: " + infos);
    assertFalse(infos.get(0).getParent().equals(service), "a new picture, a new service");
    assertEquals(1000, new ObjectMapper().readTree(infos.get(0).toFile()).get("width").asInt());
    assertEquals(1000, ImageIO.read(site.resolve("images/notebook/pages/f1.png").toFile()).getWidth(), "the page shows the new picture");
    // and the cache keeps only the services the site shows
    try (var kept = Files.list(out.resolve(".edition-cache/iiif"))) {
      assertEquals(List.of(infos.get(0).getParent().getFileName().toString()), kept.map(p -> p.getFileName().toString()).toList());
    }
  }

  /**
   * The requests a level-0 service promises (Image API 3.0, "Compliance" and "Image Information"):
   * each listed size of the whole picture, and each tile at each scale factor, in the canonical
   * syntax (region x,y,w,h, or "full" for the whole; size w,h, or "max" for the whole at full
   * size), with the size the response must have: "path w,h".
   */
  private static List<String> promisedRequests(JsonNode info) {
    int width = info.get("width").asInt();
    int height = info.get("height").asInt();
    List<String> requests = new ArrayList<>();
    for (JsonNode size : info.path("sizes")) {
      int w = size.get("width").asInt();
      int h = size.get("height").asInt();
      requests.add("full/" + (w == width && h == height ? "max" : w + "," + h) + "/0/default.jpg " + w + "," + h);
    }
    for (JsonNode tiles : info.get("tiles")) {
      int tw = tiles.get("width").asInt();
      int th = tiles.has("height") ? tiles.get("height").asInt() : tw;
      for (JsonNode factor : tiles.get("scaleFactors")) {
        int s = factor.asInt();
        for (int y = 0; y < height; y += th * s) {
          for (int x = 0; x < width; x += tw * s) {
            int rw = Math.min(tw * s, width - x);
            int rh = Math.min(th * s, height - y);
            int sw = (int) Math.ceil(rw / (double) s);
            int sh = (int) Math.ceil(rh / (double) s);
            boolean whole = rw == width && rh == height;
            String region = whole ? "full" : x + "," + y + "," + rw + "," + rh;
            String size = whole && s == 1 ? "max" : sw + "," + sh;
            requests.add(region + "/" + size + "/0/default.jpg " + sw + "," + sh);
          }
        }
      }
    }
    return requests;
  }
}
