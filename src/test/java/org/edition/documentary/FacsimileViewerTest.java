package org.edition.documentary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.edition.Cli;
import org.edition.TeiFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A page's IIIF facsimile opens in a viewer that zooms (OpenSeadragon), the image asked of the
 * host the text names, allowed by the page's Content-Security-Policy: here a IIIF level-0 image
 * served on the loopback, as an image server would.
 */
class FacsimileViewerTest {
  @TempDir Path dir;

  @Test
  void aIiifFacsimileZoomsInTheViewer() throws Exception {
    BufferedImage picture = new BufferedImage(400, 600, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 400; x++) {
      for (int y = 0; y < 600; y++) {
        picture.setRGB(x, y, ((x / 50 + y / 50) % 2 == 0) ? 0xEEE8D5 : 0x586E75);
      }
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(picture, "png", png);
    AtomicInteger infoRequests = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/iiif/page";
    server.createContext("/iiif/page", exchange -> {
      byte[] body;
      String type;
      if (exchange.getRequestURI().getPath().endsWith("/info.json")) {
        infoRequests.incrementAndGet();
        body = ("{\"@context\":\"http://iiif.io/api/image/2/context.json\",\"@id\":\"" + base + "\","
            + "\"protocol\":\"http://iiif.io/api/image\",\"width\":400,\"height\":600,"
            + "\"profile\":[\"http://iiif.io/api/image/2/level0.json\"],"
            + "\"tiles\":[{\"width\":512,\"scaleFactors\":[1]}]}").getBytes(StandardCharsets.UTF_8);
        type = "application/json";
      } else {
        body = png.toByteArray();
        type = "image/png";
      }
      exchange.getResponseHeaders().add("Content-Type", type);
      exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    WebDriver driver = null;
    try {
      TeiFixture.write(dir.resolve("texts"), "page", "A page", "en", "<p>The page.</p>");
      java.nio.file.Files.writeString(dir.resolve("texts/page.xml"), java.nio.file.Files.readString(dir.resolve("texts/page.xml"))
          .replace("<text xml:lang=\"en\">", "<sourceDoc><surface n=\"1r\"><graphic url=\"" + base + "\"/>"
              + "<zone><line>First line of the page</line></zone></surface></sourceDoc><text xml:lang=\"en\">"));
      Path out = dir.resolve("out");
      Cli.Run run = Cli.run("build", "--html", "-o", out.toString(), dir.resolve("texts").toString());
      assertEquals(0, run.exitCode(), run.out() + run.err());
      driver = org.edition.Chromium.start();
      driver.get(out.resolve("html/page.html").toUri().toString());
      new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector("figure.facsimile.zoomable")).isEmpty());
      JavascriptExecutor js = (JavascriptExecutor) driver;
      assertTrue(infoRequests.get() >= 1, "the viewer read the image's info.json");
      Number before = (Number) js.executeScript("return document.querySelector('.facsimile-viewer canvas') ? 1 : 0");
      assertEquals(1, before.intValue(), "the viewer draws the image");
      double width = ((Number) js.executeScript(
          "return document.querySelector('figure.facsimile').getBoundingClientRect().width")).doubleValue();
      assertTrue(width > 100, "the viewer has room: " + width);
      String zoom = "return document.querySelector('.facsimile-viewer').viewer.viewport.getZoom(true)";
      double home = ((Number) js.executeScript(zoom)).doubleValue();
      driver.findElement(By.cssSelector(".facsimile-tools button.zoom-in")).click();
      new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> ((Number) js.executeScript(zoom)).doubleValue() > home * 1.4);
      Object hidden = js.executeScript("return getComputedStyle(document.querySelector('figure.facsimile > a')).display");
      assertEquals("none", hidden, "the picture gives way to the viewer");
    } finally {
      if (driver != null) {
        driver.quit();
      }
      server.stop(0);
    }
  }

  /**
   * Images kept beside the TEI are copied into the site and shown: a page of the sourceDoc in the
   * viewer, a page break's image (pb/@facs to a facsimile surface) in the margin; a TIFF becomes a
   * JPEG; an address that leads out of the text's folder is not followed.
   */
  @Test
  void localImagesAreCopiedIntoTheSiteAndShown() throws Exception {
    Path texts = dir.resolve("local");
    java.nio.file.Files.createDirectories(texts.resolve("img"));
    BufferedImage picture = new BufferedImage(1200, 1600, BufferedImage.TYPE_INT_RGB);
    ImageIO.write(picture, "png", texts.resolve("img/p1.png").toFile());
    ImageIO.write(picture, "tiff", texts.resolve("img/p2.tif").toFile());
    ImageIO.write(picture, "png", dir.resolve("outside.png").toFile());
    TeiFixture.write(texts, "letter", "A letter",
        "<facsimile><surface xml:id=\"f2\"><graphic url=\"img/p2.tif\"/></surface>"
            + "<surface xml:id=\"f3\"><graphic url=\"../outside.png\"/></surface></facsimile>"
            + "<sourceDoc><surface n=\"1r\" ulx=\"0\" uly=\"0\" lrx=\"3000\" lry=\"4000\"><graphic url=\"img/p1.png\"/>"
            + "<zone><line ulx=\"300\" uly=\"400\" lrx=\"2700\" lry=\"800\">Dear friend</line></zone></surface></sourceDoc>",
        "en", "<p>Dear friend, <pb n=\"2\" facs=\"#f2\"/>as I wrote <pb n=\"3\" facs=\"#f3\"/>before.</p>");
    Path out = dir.resolve("out-local");
    Cli.Run run = Cli.run("build", "--html", "-o", out.toString(), texts.toString());
    // the address that leads out is refused, at its line; the text is published all the same
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().matches("(?s).*letter\\.xml:\\d+:\\d+: error: \\[facsimile\\] @url on <graphic> leads outside the edition's folder \\(\\.\\./outside\\.png\\).*"),
        run.err());
    assertTrue(java.nio.file.Files.isRegularFile(out.resolve("html/images/letter/img/p1.png")));
    try (var files = java.nio.file.Files.walk(out)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().equals("outside.png")), "nothing from outside the text's folder");
    }
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(out.resolve("html/letter.html").toFile(), "UTF-8");
    // the picture is a static IIIF level-0 service too: info.json and its tiles, described in the page
    String info = page.select("figure.facsimile[data-iiif-info]").attr("data-iiif-info");
    assertTrue(info.contains("\"profile\":\"level0\"") && info.contains("\"type\":\"ImageService3\"") && info.contains("\"width\":1200"), info);
    String service = info.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    assertTrue(java.nio.file.Files.isRegularFile(out.resolve("html/" + service + "/info.json")));
    // three levels: 512-pixel tiles at full size and at half, the whole at a quarter (one tile)
    assertTrue(java.nio.file.Files.isRegularFile(out.resolve("html/" + service + "/0,0,512,512/512,512/0/default.jpg")));
    assertTrue(java.nio.file.Files.isRegularFile(out.resolve("html/" + service + "/1024,1024,176,512/176,512/0/default.jpg")));
    assertTrue(java.nio.file.Files.isRegularFile(out.resolve("html/" + service + "/1024,0,176,1024/88,512/0/default.jpg")));
    assertTrue(java.nio.file.Files.isRegularFile(out.resolve("html/" + service + "/full/300,400/0/default.jpg")));
    // the TIFF, which browsers do not show, is shown as its service's JPEG
    String tiff = page.select(".facsimile-at-pb img").attr("src");
    assertTrue(tiff.matches("iiif/images/[0-9a-f]{16}/full/max/0/default\\.jpg"), tiff);
    assertTrue(java.nio.file.Files.isRegularFile(out.resolve("html/" + tiff)), "the TIFF as a JPEG");
    assertEquals(1, page.select(".facsimile-at-pb img[src=" + tiff + "]").size(), "page 2's image beside the text");
    assertEquals(1, page.select(".facsimile-at-pb").size(), "no image for the page whose file is outside");
    WebDriver driver = org.edition.Chromium.start();
    try {
      driver.get(out.resolve("html/letter.html").toUri().toString());
      new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector("figure.facsimile.zoomable")).isEmpty());
      JavascriptExecutor js = (JavascriptExecutor) driver;
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> (Boolean) js.executeScript(
          "return document.querySelector('.facsimile-viewer').viewer.world.getItemAt(0).getFullyLoaded()"));
      String zoom = "return document.querySelector('.facsimile-viewer').viewer.viewport.getZoom(true)";
      double home = ((Number) js.executeScript(zoom)).doubleValue();
      // the line's place on the page, outlined on the image where the line is (a tenth of the
      // page's height from its top, a tenth of its width from its left), lit while it has focus
      java.util.List<?> box = (java.util.List<?>) js.executeScript("""
          var frame = document.querySelector('.facsimile-viewer');
          var viewer = frame.viewer;
          var image = viewer.viewport.viewportToViewerElementRectangle(viewer.world.getItemAt(0).getBounds(true));
          var f = frame.getBoundingClientRect();
          var o = document.querySelector('.zone-outline').getBoundingClientRect();
          return [(o.left - f.left - image.x) / image.width, (o.top - f.top - image.y) / image.height,
              o.width / image.width, o.height / image.height];
          """);
      assertEquals(0.1, ((Number) box.get(1)).doubleValue(), 0.03, "top of the outline: " + box);
      assertEquals(0.8, ((Number) box.get(2)).doubleValue(), 0.05, "width of the outline: " + box);
      js.executeScript("document.querySelector('.surface .line[data-box]').focus()");
      assertTrue((Boolean) js.executeScript("return document.querySelector('.zone-outline').classList.contains('lit')"),
          "focusing the line lights its place on the image");
      js.executeScript("document.querySelector('.surface .line[data-box]').blur();"
          + "document.querySelector('.zone-outline').dispatchEvent(new MouseEvent('mouseenter'))");
      assertTrue((Boolean) js.executeScript("return document.querySelector('.surface .line[data-box]').classList.contains('lit')"),
          "pointing at the outline lights the line");
      driver.findElement(By.cssSelector(".facsimile-tools button.zoom-in")).click();
      new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> ((Number) js.executeScript(zoom)).doubleValue() > home * 1.4);
    } finally {
      driver.quit();
    }
  }

  /**
   * When the edition asks (zones = coordinates), a transcribed page's zones are placed where their
   * coordinates put them: the marginal note beside the main text, level with its top, the page
   * number at the foot; else they read in order, one below the other.
   */
  @Test
  void zonesArePlacedByTheirCoordinatesWhenTheEditionAsks() throws Exception {
    String page = """
        <sourceDoc><surface n="1r" ulx="0" uly="0" lrx="2000" lry="3000">
        <zone type="main" ulx="200" uly="300" lrx="1400" lry="2600"><line ulx="200" uly="300" lrx="1400" lry="400">The main text begins</line>
        <line ulx="200" uly="400" lrx="1400" lry="500">and runs on.</line></zone>
        <zone type="margin" ulx="1500" uly="300" lrx="1950" lry="900"><line ulx="1500" uly="300" lrx="1950" lry="400">A note</line></zone>
        <zone type="pagination" ulx="1700" uly="2800" lrx="1950" lry="2950"><line ulx="1700" uly="2800" lrx="1950" lry="2900">12</line></zone>
        </surface></sourceDoc>""";
    java.util.Map<String, java.util.List<?>> placed = zones(dir.resolve("placed"), page, "zones = coordinates\n");
    java.util.Map<String, java.util.List<?>> inOrder = zones(dir.resolve("in-order"), page, "");
    assertTrue(placed.containsKey("main") && placed.containsKey("margin") && placed.containsKey("pagination"), placed.toString());
    double[] main = box(placed.get("main"));
    double[] margin = box(placed.get("margin"));
    double[] foot = box(placed.get("pagination"));
    assertTrue(margin[0] > main[0] + main[2] * 0.9, "the note beside the text: " + placed);
    assertEquals(main[1], margin[1], 3, "level with its top: " + placed);
    // the page is 3000 high: the main zone from a tenth, the number at 28/30 of it
    double pageHeight = main[3] / (2300 / 3000.0);
    assertEquals(main[1] + pageHeight * (2500 / 3000.0), foot[1], pageHeight * 0.02, "the number at the foot: " + placed);
    double[] first = box(inOrder.get("main"));
    double[] second = box(inOrder.get("margin"));
    assertTrue(second[1] >= first[1] + first[3] - 1, "in reading order, one below the other: " + inOrder);
  }

  /** Each zone's place in the browser (x, y, width, height), by its type. */
  private java.util.Map<String, java.util.List<?>> zones(Path project, String sourceDoc, String settings) throws Exception {
    java.nio.file.Files.createDirectories(project.resolve("tei"));
    java.nio.file.Files.writeString(project.resolve("edition.properties"), settings);
    TeiFixture.write(project.resolve("tei"), "page", "A page", sourceDoc, "en", "<p>The text.</p>");
    Path out = project.resolveSibling(project.getFileName() + "-out");
    Cli.Run run = Cli.run("build", "--html", "--project", project.toString(), "-o", out.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    WebDriver driver = org.edition.Chromium.start();
    try {
      driver.get(out.resolve("html/page.html").toUri().toString());
      @SuppressWarnings("unchecked")
      java.util.Map<String, java.util.List<?>> found = (java.util.Map<String, java.util.List<?>>) ((JavascriptExecutor) driver).executeScript("""
          var found = {};
          document.querySelectorAll('.surface .zone').forEach(function (z) {
            var r = z.getBoundingClientRect();
            found[z.className.replace(/.*zone-(\\w+).*/, '$1')] = [r.left, r.top, r.width, r.height];
          });
          return found;
          """);
      return found;
    } finally {
      driver.quit();
    }
  }

  private static double[] box(java.util.List<?> rect) {
    return rect.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
  }

  /**
   * Served (edition serve), a page's local image opens in the viewer from its static tiles, which
   * the page's Content-Security-Policy allows (they are the site's own), and its info.json is
   * served to IIIF clients.
   */
  @Test
  void theViewerZoomsALocalImageWhenTheSiteIsServed() throws Exception {
    Path project = dir.resolve("served");
    java.nio.file.Files.createDirectories(project.resolve("tei/img"));
    ImageIO.write(new BufferedImage(1500, 2100, BufferedImage.TYPE_INT_RGB), "jpg", project.resolve("tei/img/p1.jpg").toFile());
    TeiFixture.write(project.resolve("tei"), "letter", "A letter",
        "<sourceDoc><surface n=\"1r\"><graphic url=\"img/p1.jpg\"/><zone><line>Dear friend</line></zone></surface></sourceDoc>",
        "en", "<p>Dear friend.</p>");
    org.edition.engine.BuildOptions options = new org.edition.engine.BuildOptions(java.util.List.of(project.resolve("tei")),
        project.resolve("output"), org.edition.load.ProjectLayout.at(project), java.util.Set.of("html"), null, null, null, 2, false, false);
    try (org.edition.serve.EditionPreview preview = new org.edition.serve.EditionPreview(options,
        new java.io.PrintWriter(new java.io.StringWriter(), true))) {
      String address = preview.start(0);
      java.net.http.HttpResponse<String> info = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(address).resolve("letter.html")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertEquals(200, info.statusCode());
      String service = org.jsoup.Jsoup.parse(info.body()).select("figure.facsimile").attr("data-iiif-info").replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
      java.net.http.HttpResponse<String> described = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(address).resolve(service + "/info.json")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertEquals(200, described.statusCode(), service);
      assertTrue(described.body().contains("\"type\":\"ImageService3\""), described.body());
      WebDriver driver = org.edition.Chromium.start();
      try {
        driver.get(address + "letter.html");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> (Boolean) js.executeScript(
            "var f = document.querySelector('.facsimile-viewer'); return !!(f && f.viewer && f.viewer.world.getItemAt(0)"
                + " && f.viewer.world.getItemAt(0).getFullyLoaded())"));
        String zoom = "return document.querySelector('.facsimile-viewer').viewer.viewport.getZoom(true)";
        double home = ((Number) js.executeScript(zoom)).doubleValue();
        driver.findElement(By.cssSelector(".facsimile-tools button.zoom-in")).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> ((Number) js.executeScript(zoom)).doubleValue() > home * 1.4);
        // the tiles came from the site, at full resolution once zoomed
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> (Boolean) js.executeScript(
            "return performance.getEntriesByType('resource').some(function (r) { return /\\/iiif\\/images\\/[0-9a-f]{16}\\/\\d+,\\d+,\\d+,\\d+\\/\\d+,\\d+\\/0\\/default\\.jpg$/.test(r.name); })"));
      } finally {
        driver.quit();
      }
    }
  }
}
