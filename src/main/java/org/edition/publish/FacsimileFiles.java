package org.edition.publish;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Steps;
import org.edition.load.FacsimileImage;
import org.edition.load.TeiDocument;

/**
 * The images a text keeps in the edition and a publication may show: each address its graphics
 * and page breaks write (a graphic's url, a picture named by a facs) that leads to a sound picture
 * inside the edition's folder. An address that leads out, a script, a missing, damaged or too
 * large picture is left out (the check stage reports each at its line).
 */
public final class FacsimileFiles {
  private FacsimileFiles() {}

  /** Each address as the text writes it, and the file it names, in the order of the text. */
  public static Map<String, Path> of(XdmNode tree, Path sandbox) {
    Map<String, Path> files = new LinkedHashMap<>();
    List<XdmNode> attributes = new java.util.ArrayList<>(
        tree.select(Steps.descendant(TeiDocument.TEI_NS, "graphic").then(Steps.attribute("url"))).toList());
    attributes.addAll(tree.select(Steps.descendant().then(Steps.attribute("facs"))).toList());
    for (XdmNode attribute : attributes) {
      boolean facs = attribute.getNodeName().getLocalName().equals("facs");
      for (String written : facs ? List.of(attribute.getStringValue().strip().split("\\s+")) : List.of(attribute.getStringValue().strip())) {
        if (files.containsKey(written) || facs && !FacsimileImage.namesPicture(written)) {
          continue;
        }
        FacsimileImage.Address address = FacsimileImage.resolve(written, attribute.getParent().getBaseURI(), sandbox);
        if (address.kind() == FacsimileImage.Kind.LOCAL && FacsimileImage.problem(address.file()) == null) {
          files.put(written, address.file());
        }
      }
    }
    return files;
  }

  /**
   * The images of a book's texts, each known by text and address ("ID address"): in a book of
   * several texts two may write the same address for different files (common: fp:image-of).
   */
  public static Map<String, Path> ofBook(List<TeiDocument> texts, PublishContext context) {
    Map<String, Path> files = new LinkedHashMap<>();
    for (TeiDocument text : texts) {
      String id = context.idOf(text.path());
      of(text.tree(), context.sandbox()).forEach((address, file) -> files.put(id + " " + address, file));
    }
    return files;
  }

  /** Whether browsers and reading systems show this picture as it is (else it is converted to JPEG). */
  public static boolean shownAsItIs(Path file) {
    return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).matches(".*\\.(jpe?g|png|gif)$");
  }
}
