package org.edition.publish.html;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.edition.publish.StagedOutput;

/**
 * A picture cut into the tiles of a IIIF Image API 3.0 level-0 service (static files: no image
 * server), with its info.json: tiles of 512 pixels at scale factors 1, 2, 4, ... down to one
 * tile, named as the Image API's canonical syntax has a client ask for them
 * (x,y,w,h/w,h/0/default.jpg; "full" and "max" for the whole picture at its size), and the whole
 * picture at each smaller scale listed as its sizes.
 *
 * <p>Cutting is the slow part of a build with facsimiles, so a service is cut once: into the
 * build's cache, named by the picture's content (and the cutting's version), and linked from
 * there into each site that shows it. An unchanged picture is never cut again; a changed one is
 * a new service.
 */
final class StaticIiif {
  static final int TILE = 512;
  /** Changes when the tiles would be cut otherwise: services cut before are then not taken. */
  private static final String CUT = "3.0-512-1";
  private static final String FILES = "files.txt";
  private static final String INFO = "info.json";

  /**
   * The megapixels decoded at once, by every cutting of the run: a decoded picture takes three or
   * four bytes a pixel, and no more than a third of the heap goes to pictures being cut.
   */
  private static final int LARGEST = (int) (org.edition.load.FacsimileImage.MAX_PIXELS / 1_000_000);
  private static final java.util.concurrent.Semaphore DECODED = new java.util.concurrent.Semaphore(
      (int) Math.max(LARGEST, Runtime.getRuntime().maxMemory() / 3 / 4 / 1_000_000));

  private StaticIiif() {}


  /**
   * What a site has of a service: its folder in the site, its info.json as the pages embed it
   * (addresses relative to the site's root, so that a page opened from file:// finds the tiles),
   * its size, and its files in the site.
   */
  record Service(String path, String info, int width, int height, List<String> files) {}

  /**
   * Links a picture's service into a site, cutting it first if the cache has none.
   *
   * @param picture a sound picture (FacsimileImage.problem says nothing of it)
   * @param fingerprint the picture's content fingerprint, which names the service
   * @param cache the folder of cut services (the build's cache); null to cut into the site alone
   * @param baseUrl where the site will be published, for the absolute id of the info.json that IIIF
   *     clients fetch (else relative, as in the pages)
   */
  static Service publish(Path picture, String fingerprint, Path cache, Path site, String baseUrl) throws IOException {
    String name = org.edition.load.Fingerprint.of(fingerprint, CUT).substring(0, 16);
    String path = "iiif/images/" + name;
    Path cut = cache == null ? null : cache.resolve(name);
    if (cut == null || !Files.isRegularFile(cut.resolve(FILES))) {
      Path into = cache == null ? site.resolve(path) : Files.createDirectories(cache).resolve("." + name + ".cutting-" + ProcessHandle.current().pid() + "-" + Thread.currentThread().getId());
      StagedOutput.deleteTree(into);
      long pixels = org.edition.load.FacsimileImage.header(picture).pixels();
      fitsInMemory(pixels);
      int megapixels = (int) Math.max(1, Math.min(LARGEST, pixels / 1_000_000 + 1));
      DECODED.acquireUninterruptibly(megapixels);
      try {
        BufferedImage image = ImageIO.read(picture.toFile());
        if (image == null) {
          throw new IOException("no reader for it");
        }
        cut(image, into);
      } finally {
        DECODED.release(megapixels);
      }
      if (cache == null) {
        cut = into;
      } else {
        try {
          Files.move(into, cut, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException taken) {
          // cut meanwhile by another build of the same picture: the same tiles
          StagedOutput.deleteTree(into);
          if (!Files.isRegularFile(cut.resolve(FILES))) {
            throw taken;
          }
        }
      }
    }
    List<String> tiles = Files.readAllLines(cut.resolve(FILES), StandardCharsets.UTF_8);
    String template = Files.readString(cut.resolve(INFO), StandardCharsets.UTF_8);
    List<String> files = new ArrayList<>();
    if (cache != null) {
      for (String tile : tiles) {
        link(cut.resolve(tile), StagedOutput.freshFile(site.resolve(path + "/" + tile)));
      }
    }
    tiles.forEach(tile -> files.add(path + "/" + tile));
    String page = template.replace("\"ID\"", "\"" + path + "\"");
    String published = template.replace("\"ID\"", "\"" + (baseUrl == null ? "" : baseUrl) + path + "\"");
    Files.writeString(StagedOutput.freshFile(site.resolve(path + "/" + INFO)), published, StandardCharsets.UTF_8);
    files.add(path + "/" + INFO);
    int[] size = size(template);
    return new Service(path, page, size[0], size[1], files);
  }

  /**
   * Removes from the cache the services a site does not show (a picture replaced or no longer
   * named), and what an interrupted cutting left.
   */
  static void forgetUnused(Path cache, Path site) throws IOException {
    if (!Files.isDirectory(cache)) {
      return;
    }
    try (var services = Files.list(cache)) {
      for (Path service : services.toList()) {
        String name = service.getFileName().toString();
        boolean shown = !name.startsWith(".") && Files.isDirectory(site.resolve("iiif/images/" + name));
        boolean cutting = name.startsWith(".") && name.contains(".cutting-")
            && Files.getLastModifiedTime(service).toMillis() > System.currentTimeMillis() - 3_600_000;
        if (!shown && !cutting) {
          StagedOutput.deleteTree(service);
        }
      }
    }
  }

  /**
   * Refuses a picture this JVM cannot cut: decoded (three or four bytes a pixel) and drawn again
   * whole at its full size (four), it takes some eight bytes a pixel at once. A 100-megapixel
   * page (allowed) needs 800 MB; with less, it is left out of the site with a warning rather
   * than run the build out of memory.
   */
  private static void fitsInMemory(long pixels) throws IOException {
    long needed = pixels * BYTES_TO_CUT;
    long heap = Runtime.getRuntime().maxMemory();
    if (needed > heap * 3 / 4) {
      throw new IOException(String.format(java.util.Locale.ROOT, "its %,d megapixels need about %,d MB of memory to be"
          + " cut into tiles, more than this build may use (%,d MB): give Java more (EDITION_JAVA_OPTS=-Xmx%dm)",
          pixels / 1_000_000, needed >> 20, heap >> 20, (needed * 4 / 3 + (256L << 20)) >> 20));
    }
  }

  /** What cutting a picture takes at once, a pixel: its decoding, and its copy at full size. */
  private static final long BYTES_TO_CUT = 8;

  /** Cuts the tiles and the smaller wholes into a folder, and writes its info.json (id "ID") and list of files. */
  private static void cut(BufferedImage image, Path into) throws IOException {
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
    StringBuilder sizes = new StringBuilder();
    for (int factor : factors) {
      int levelWidth = (int) Math.ceil(width / (double) factor);
      int levelHeight = (int) Math.ceil(height / (double) factor);
      // the whole picture at this scale (at full size "max", which level 0 requires; smaller, what a
      // thumbnail or a viewer's first view asks for)
      String whole = factor == 1 ? "max" : levelWidth + "," + levelHeight;
      files.add(tile(image, 0, 0, width, height, levelWidth, levelHeight, into, "full/" + whole + "/0/default.jpg"));
      sizes.insert(0, "{\"width\":" + levelWidth + ",\"height\":" + levelHeight + "}" + (sizes.length() == 0 ? "" : ","));
      if (levelWidth <= TILE && levelHeight <= TILE) {
        continue;
      }
      int step = TILE * factor;
      for (int ty = 0; ty < height; ty += step) {
        for (int tx = 0; tx < width; tx += step) {
          int tw = Math.min(step, width - tx);
          int th = Math.min(step, height - ty);
          int sw = (int) Math.ceil(tw / (double) factor);
          int sh = (int) Math.ceil(th / (double) factor);
          String region = tx + "," + ty + "," + tw + "," + th;
          files.add(tile(image, tx, ty, tw, th, sw, sh, into, region + "/" + sw + "," + sh + "/0/default.jpg"));
          if (factor == 1) {
            // a region at its full size is "max" too in the canonical syntax some clients use
            link(into.resolve(region + "/" + sw + "," + sh + "/0/default.jpg"),
                Files.createDirectories(into.resolve(region + "/max/0")).resolve("default.jpg"));
            files.add(region + "/max/0/default.jpg");
          }
        }
      }
    }
    StringBuilder scaleFactors = new StringBuilder();
    for (int f : factors) {
      scaleFactors.append(scaleFactors.length() == 0 ? "" : ",").append(f);
    }
    String info = "{\"@context\":\"http://iiif.io/api/image/3/context.json\",\"id\":\"ID\",\"type\":\"ImageService3\","
        + "\"protocol\":\"http://iiif.io/api/image\",\"profile\":\"level0\",\"width\":" + width + ",\"height\":" + height + ","
        + (sizes.length() == 0 ? "" : "\"sizes\":[" + sizes + "],")
        + "\"tiles\":[{\"width\":" + TILE + ",\"height\":" + TILE + ",\"scaleFactors\":[" + scaleFactors + "]}]}";
    Files.writeString(into.resolve(INFO), info, StandardCharsets.UTF_8);
    // written last: a folder without it was not cut to the end
    Files.write(into.resolve(FILES), files, StandardCharsets.UTF_8);
  }

  /** The same bytes under another name: a hard link, else a copy (a file system without links). */
  private static void link(Path from, Path to) throws IOException {
    try {
      Files.createLink(to, from);
    } catch (IOException | UnsupportedOperationException e) {
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static int[] size(String info) {
    java.util.regex.Matcher w = java.util.regex.Pattern.compile("\"width\":(\\d+),\"height\":(\\d+)").matcher(info);
    if (!w.find()) {
      throw new IllegalStateException("a service without its size: " + info);
    }
    return new int[] {Integer.parseInt(w.group(1)), Integer.parseInt(w.group(2))};
  }

  private static String tile(BufferedImage image, int x, int y, int w, int h, int sw, int sh, Path into, String name)
      throws IOException {
    BufferedImage out = new BufferedImage(sw, sh, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.drawImage(image, 0, 0, sw, sh, x, y, x + w, y + h, null);
    g.dispose();
    Path file = into.resolve(name);
    Files.createDirectories(file.getParent());
    if (!ImageIO.write(out, "jpg", file.toFile())) {
      throw new IOException("no JPEG writer");
    }
    return name;
  }
}
