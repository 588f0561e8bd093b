package org.edition.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.junit.jupiter.api.Tag;

/**
 * The attributes the pointer check reads are TEI's pointers, not a guess: those whose datatype is
 * teidata.pointer (anyURI, pattern \S+, one or a list) in the tei_all.rng the jar carries, found by
 * following each element's references to its attribute classes.
 */
@Tag("fast")
class PointerAttributesTest {
  private static final String RNG = "http://relaxng.org/ns/structure/1.0";
  /** Pointers in the datatype's sense that are no pointers to follow (see PointerAttributes). */
  private static final Set<String> LEFT_OUT = Set.of("xml:base", "ns", "name");

  private final Map<String, List<Element>> defines = new HashMap<>();

  @Test
  void theTableIsTeiAllsTeidataPointerAttributes() throws Exception {
    Document rng;
    try (InputStream in = PointerAttributesTest.class.getResourceAsStream("/edition/tei/p5/tei_all.rng")) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      rng = factory.newDocumentBuilder().parse(in);
    }
    for (Element d : elements(rng.getDocumentElement(), "define")) {
      defines.computeIfAbsent(d.getAttribute("name"), k -> new ArrayList<>()).add(d);
    }
    // attribute -> elements where it is a pointer, and where it is something else
    Map<String, Set<String>> pointer = new TreeMap<>();
    Map<String, Set<String>> other = new TreeMap<>();
    for (Element define : elements(rng.getDocumentElement(), "define")) {
      for (Element element : children(define, "element")) {
        String name = element.getAttribute("name");
        if (name.isEmpty()) {
          continue;
        }
        Map<String, Boolean> attributes = new HashMap<>();
        attributesOf(element, new HashSet<>(), attributes);
        attributes.forEach((attribute, isPointer) ->
            (isPointer ? pointer : other).computeIfAbsent(attribute, k -> new TreeSet<>()).add(name));
      }
    }
    Map<String, Set<String>> expected = new TreeMap<>();
    pointer.forEach((attribute, on) -> {
      if (!LEFT_OUT.contains(attribute)) {
        Set<String> not = other.getOrDefault(attribute, Set.of());
        expected.put(attribute, not.isEmpty() ? Set.of("*") : on);
      }
    });
    Map<String, Set<String>> table = new TreeMap<>();
    PointerAttributes.EVERYWHERE.forEach(a -> table.put(a, Set.of("*")));
    PointerAttributes.ON.forEach((a, on) -> table.put(a, new TreeSet<>(on)));
    assertEquals(expected, table);
  }

  /** The attributes an element pattern allows, each with whether it is a teidata.pointer. */
  private void attributesOf(Element pattern, Set<String> seen, Map<String, Boolean> found) {
    for (Node n = pattern.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element child) || !RNG.equals(child.getNamespaceURI())) {
        continue;
      }
      switch (child.getLocalName()) {
        case "element" -> { }
        case "attribute" -> {
          String name = attributeName(child);
          if (name != null) {
            found.merge(name, isPointer(child), Boolean::logicalOr);
          }
        }
        case "ref" -> {
          String ref = child.getAttribute("name");
          if (seen.add(ref)) {
            for (Element d : defines.getOrDefault(ref, List.of())) {
              attributesOf(d, seen, found);
            }
          }
        }
        default -> attributesOf(child, seen, found);
      }
    }
  }

  private static String attributeName(Element attribute) {
    String name = attribute.getAttribute("name");
    String ns = attribute.getAttribute("ns");
    if (name.isEmpty()) {
      List<Element> names = children(attribute, "name");
      if (names.isEmpty()) {
        return null;
      }
      name = names.get(0).getTextContent().strip();
      ns = names.get(0).getAttribute("ns");
    }
    return ("http://www.w3.org/XML/1998/namespace".equals(ns) ? "xml:" : "") + name;
  }

  /** teidata.pointer: data type anyURI with the pattern \S+. */
  private static boolean isPointer(Element attribute) {
    for (Element data : elements(attribute, "data")) {
      if (data.getAttribute("type").equals("anyURI")) {
        return children(data, "param").stream().anyMatch(p -> p.getTextContent().equals("\\S+"));
      }
    }
    return false;
  }

  private static List<Element> elements(Element in, String local) {
    List<Element> found = new ArrayList<>();
    var nodes = in.getElementsByTagNameNS(RNG, local);
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  private static List<Element> children(Element in, String local) {
    List<Element> found = new ArrayList<>();
    for (Node n = in.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && RNG.equals(e.getNamespaceURI()) && e.getLocalName().equals(local)) {
        found.add(e);
      }
    }
    return found;
  }
}
