package org.edition.publish.html;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A picture cut into the tiles of a IIIF Image API 2 level-0 service (static files: no image
 * server), with its info.json: tiles of 512 pixels at scale factors 1, 2, 4, ... down to one tile,
 * named as a IIIF client asks for them (region/size/0/default.jpg, "max" for full resolution, as
 * OpenSeadragon and the level-0 profile have it). The service is named by the picture's content,
 * so the same picture is one service wherever it is used.
 */
final class StaticIiif {
  static final int TILE = 512;

  private StaticIiif() {}

  /** What was written: the service's folder in the site, its info.json, and its files. */
  record Service(String path, String info, List<String> files) {}

  /**
   * @param image the picture, decoded
   * @param fingerprint its file's content fingerprint, which names the service
   */
  static Service write(BufferedImage image, String fingerprint, Path site) throws IOException {
    String path = "iiif/images/" + fingerprint.substring(0, 16);
    int width = image.getWidth();
    int height = image.getHeight();
    List<Integer> factors = new ArrayList<>();
    for (int factor = 1; ; factor *= 2) {
      factors.add(factor);
      if (Math.ceil(width / (double) factor) <= TILE && Math.ceil(height / (double) factor) <= TILE) {
        break;
      }
    }
    List<String> files = new ArrayList<>();
    for (int factor : factors) {
      double scale = 1.0 / factor;
      int levelWidth = (int) Math.ceil(width * scale);
      int levelHeight = (int) Math.ceil(height * scale);
      if (levelWidth < TILE && levelHeight < TILE) {
        String size = levelWidth == width ? "max" : levelWidth + ",";
        files.add(tile(image, 0, 0, width, height, levelWidth, levelHeight, site, path + "/full/" + size + "/0/default.jpg"));
        continue;
      }
      int step = TILE * factor;
      for (int y = 0; y * step < height; y++) {
        for (int x = 0; x * step < width; x++) {
          int tx = x * step;
          int ty = y * step;
          int tw = Math.min(step, width - tx);
          int th = Math.min(step, height - ty);
          String region = x == 0 && y == 0 && tw == width && th == height ? "full" : tx + "," + ty + "," + tw + "," + th;
          int sw = (int) Math.ceil(tw * scale);
          int sh = (int) Math.ceil(th * scale);
          String size = sw == width ? "max" : sw + ",";
          files.add(tile(image, tx, ty, tw, th, sw, sh, site, path + "/" + region + "/" + size + "/0/default.jpg"));
        }
      }
    }
    StringBuilder scaleFactors = new StringBuilder();
    for (int f : factors) {
      scaleFactors.append(scaleFactors.length() == 0 ? "" : ",").append(f);
    }
    // @id relative to the site's pages (they sit at its root), so that the site works from file://
    String info = "{\"@context\":\"http://iiif.io/api/image/2/context.json\",\"@id\":\"" + path + "\","
        + "\"protocol\":\"http://iiif.io/api/image\",\"width\":" + width + ",\"height\":" + height + ","
        + "\"profile\":[\"http://iiif.io/api/image/2/level0.json\"],"
        + "\"tiles\":[{\"width\":" + TILE + ",\"scaleFactors\":[" + scaleFactors + "]}]}";
    Path infoFile = site.resolve(path + "/info.json");
    Files.createDirectories(infoFile.getParent());
    Files.writeString(infoFile, info, StandardCharsets.UTF_8);
    files.add(path + "/info.json");
    return new Service(path, info, files);
  }

  private static String tile(BufferedImage image, int x, int y, int w, int h, int sw, int sh, Path site, String name)
      throws IOException {
    BufferedImage out = new BufferedImage(sw, sh, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.drawImage(image, 0, 0, sw, sh, x, y, x + w, y + h, null);
    g.dispose();
    Path file = site.resolve(name);
    Files.createDirectories(file.getParent());
    ImageIO.write(out, "jpg", file.toFile());
    return name;
  }
}
