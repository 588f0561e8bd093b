package org.edition.publish.html;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Steps;
import org.edition.load.TeiDocument;

/**
 * The images a text's facsimiles keep beside it (a graphic whose url is a relative address, in a
 * sourceDoc or a facsimile), copied into the site under images/ID/ so that its pages show them. An
 * image outside the text's folder is not read (an address may not lead out of the edition); a
 * TIFF, which browsers do not show, is written as a JPEG. Each is also cut into a static IIIF
 * level-0 service (StaticIiif). Remote images are left where they are.
 */
final class LocalImages {
  private static final String TEI = TeiDocument.TEI_NS;

  private LocalImages() {}

  /**
   * What was copied: each address as the TEI writes it, and the site's path of its copy; the
   * static IIIF service made of each copy (its info.json, which gives its size too); and the
   * services' files.
   */
  record Copied(Map<String, String> addresses, Map<String, String> services, java.util.List<String> tiles) {
    java.util.List<String> files() {
      java.util.Set<String> all = new java.util.LinkedHashSet<>(addresses.values());
      all.addAll(tiles);
      return java.util.List.copyOf(all);
    }
  }

  static Copied copy(TeiDocument text, Path site, String id) throws IOException {
    Path home = text.path().toAbsolutePath().normalize().getParent();
    Map<String, String> copied = new LinkedHashMap<>();
    Map<String, String> services = new LinkedHashMap<>();
    java.util.List<String> tiles = new java.util.ArrayList<>();
    for (XdmNode url : text.tree().select(Steps.descendant(TEI, "graphic").then(Steps.attribute("url"))).toList()) {
      String written = url.getStringValue().strip();
      if (written.isEmpty() || copied.containsKey(written) || written.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*|^/.*")) {
        continue;
      }
      Path file;
      try {
        URI base = url.getParent().getBaseURI();
        file = Path.of((base != null && "file".equals(base.getScheme()) ? base : text.path().toUri()).resolve(written))
            .toAbsolutePath().normalize();
      } catch (IllegalArgumentException e) {
        continue;
      }
      if (!file.startsWith(home) || !Files.isRegularFile(file)) {
        continue;
      }
      String name = home.relativize(file).toString().replace('\\', '/').replaceAll("[^A-Za-z0-9._/-]", "_");
      boolean tiff = name.toLowerCase(Locale.ROOT).matches(".*\\.tiff?$");
      String target = "images/" + id + "/" + (tiff ? name.replaceAll("(?i)\\.tiff?$", ".jpg") : name);
      Path to = site.resolve(target);
      Files.createDirectories(to.getParent());
      // decoded once: for the JPEG of a TIFF and for the tiles (null: a picture Java cannot read)
      java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(file.toFile());
      if (tiff) {
        if (image == null) {
          continue;
        }
        javax.imageio.ImageIO.write(image, "jpg", to.toFile());
      } else {
        Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
      }
      copied.put(written, target);
      if (image != null) {
        // and as a static IIIF service: the viewer zooms by tiles, a IIIF client opens it too
        StaticIiif.Service service = StaticIiif.write(image, org.edition.load.Fingerprint.ofFile(to), site);
        services.put(target, service.info());
        tiles.addAll(service.files());
      }
    }
    return new Copied(copied, services, tiles);
  }
}
