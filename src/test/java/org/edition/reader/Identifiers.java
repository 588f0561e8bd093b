package org.edition.reader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The identifiers of an edition's TEI (its elements' xml:id, the pointers of @edRef, @target,
 * @facs, @corresp) that are not also words of its text: none of them may reach a reader's eye. A
 * listed witness's id is its siglum by the apparatus's convention, and is left out.
 */
public final class Identifiers {
  private final Set<String> identifiers = new HashSet<>();
  private final Set<String> words = new HashSet<>();

  private Identifiers() {}

  /** Those of every TEI file in the folder (a site's tei/ copies). */
  public static Identifiers of(Path folder) throws Exception {
    Identifiers ids = new Identifiers();
    List<Path> files;
    try (Stream<Path> all = Files.list(folder)) {
      files = all.filter(p -> p.toString().endsWith(".xml")).toList();
    }
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    for (Path file : files) {
      ids.read(factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement());
    }
    ids.identifiers.removeAll(ids.words);
    return ids;
  }

  /**
   * An element's identifiers and words, and those of its descendants; an example of markup (egXML)
   * or another vocabulary has words only (its attributes are shown as its text).
   */
  private void read(Element element) {
    boolean tei = TEI.equals(element.getNamespaceURI());
    NamedNodeMap attributes = tei ? element.getAttributes() : null;
    for (int i = 0; tei && i < attributes.getLength(); i++) {
      Attr a = (Attr) attributes.item(i);
      String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
      if (name.equals("id") && "http://www.w3.org/XML/1998/namespace".equals(a.getNamespaceURI())) {
        if (!element.getLocalName().equals("witness")) {
          add(a.getValue());
        }
      } else if (List.of("edRef", "target", "facs", "corresp").contains(name)) {
        for (String pointer : a.getValue().trim().split("\\s+")) {
          if (pointer.startsWith("#")) {
            add(pointer.substring(1));
          }
        }
      }
    }
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child instanceof Element e) {
        read(e);
      } else if (child.getNodeType() == Node.TEXT_NODE) {
        words.addAll(tokens(child.getNodeValue()));
      }
    }
  }

  private static final String TEI = "http://www.tei-c.org/ns/1.0";

  /**
   * An identifier is known by its shape: letters with a digit or an underscore ("edition_1",
   * "n85-p2", "pmb12740"). A plain word used as an id ("biblical") could be a word of the
   * interface; a siglum ("V", "TK") is the apparatus's convention.
   */
  private void add(String id) {
    if (id.length() > 3 && id.matches(".*\\p{L}.*") && id.matches(".*[\\p{N}_].*")) {
      identifiers.add(id);
    }
  }

  /** The words of a text, split where a reader would split them. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    for (String t : text.replace("\u00AD", "").split("[\\s\\[\\](){}«»\"“”„,;!?]+")) {
      String w = t.replaceAll("^[.:'’]+|[.:'’]+$", "");
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** The identifiers found among the words painted on a page. */
  public Set<String> shownIn(List<PaintedText.Run> runs) {
    Set<String> shown = new LinkedHashSet<>();
    for (PaintedText.Run run : runs) {
      for (String word : tokens(run.text())) {
        if (identifiers.contains(word)) {
          shown.add(word + " (" + run.owner() + ")");
        }
      }
    }
    return shown;
  }
}
