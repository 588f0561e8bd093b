package org.edition.publish.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.edition.load.Fingerprint;
import org.edition.load.TeiDocument;
import org.edition.publish.StagedOutput;

/**
 * The images a text's facsimiles keep in the edition (a graphic's url or a page break's facs that
 * is a relative address), put in the site: each as a static IIIF level-0 service (StaticIiif, cut
 * once per picture), and as a picture the pages show without a viewer (the file itself under
 * images/ID/; for a TIFF, which browsers do not show, the service's JPEG). An address that leads
 * out of the edition's folder is not followed, and an image the check stage found missing,
 * damaged or too large is left out; remote images are left where they are.
 */
final class LocalImages {
  private LocalImages() {}

  /**
   * What was put in the site: each address as the TEI writes it and the site's path of its
   * picture; the static IIIF service of each picture (its info.json, which gives its size too);
   * and every file written.
   */
  record Copied(Map<String, String> addresses, Map<String, String> services, List<String> files) {}

  /** Where the images come from and go. */
  record Places(Path sandbox, Path cache, String baseUrl, Consumer<String> problems) {}

  static Copied copy(TeiDocument text, Path site, String id, Places places) throws IOException {
    List<Map.Entry<String, Path>> images = List.copyOf(org.edition.publish.FacsimileFiles.of(text.tree(), places.sandbox()).entrySet());
    // A notebook's pictures are cut side by side (one text, hundreds of pages), as many at a
    // time as the memory holds decoded (StaticIiif.DECODED)
    List<StaticIiif.Service> cut = images.parallelStream().map(image -> {
      Path file = image.getValue();
      try {
        return StaticIiif.publish(file, Fingerprint.ofFile(file), places.cache(), site, places.baseUrl());
      } catch (IOException | RuntimeException e) {
        places.problems().accept("the image " + file + " cannot be decoded (" + e.getMessage() + "): it is not shown");
        return null;
      } catch (OutOfMemoryError e) {
        // the picture's own arrays are what ran out: let go, the text is published without it
        places.problems().accept("the image " + file + " cannot be decoded (not enough memory: give Java more,"
            + " e.g. EDITION_JAVA_OPTS=-Xmx4g): it is not shown");
        return null;
      }
    }).toList();
    Map<String, String> copied = new LinkedHashMap<>();
    Map<String, String> services = new LinkedHashMap<>();
    Set<String> files = new LinkedHashSet<>();
    for (int i = 0; i < images.size(); i++) {
      Path file = images.get(i).getValue();
      StaticIiif.Service service = cut.get(i);
      if (service == null) {
        continue;
      }
      String target;
      if (!org.edition.publish.FacsimileFiles.shownAsItIs(file)) {
        target = service.path() + "/full/max/0/default.jpg";
      } else {
        String name = places.sandbox().relativize(file).toString().replace('\\', '/').replaceAll("[^A-Za-z0-9._/-]", "_");
        target = "images/" + id + "/" + name;
        Files.copy(file, StagedOutput.freshFile(site.resolve(target)));
      }
      copied.put(images.get(i).getKey(), target);
      services.put(target, service.info());
      files.add(target);
      files.addAll(service.files());
    }
    return new Copied(copied, services, List.copyOf(files));
  }
}
