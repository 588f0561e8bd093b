package org.edition.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.edition.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.junit.jupiter.api.Tag;

/**
 * Proves, element by element, that the project's customisation only allows what TEI P5 allows:
 * every element it declares exists in tei_all.rng, and may there contain every child element and
 * carry every attribute our schema lets it have. (Order and cardinality are covered by validating
 * documents against both schemas, in the other tests.)
 */
@Tag("fast")
class SchemaSubsetTest {
  private static final String RNG = "http://relaxng.org/ns/structure/1.0";
  private static Map<String, Model> ours;
  private static Map<String, Model> tei;

  /** What an element may contain and carry, as names {ns}local; "*" is any name. */
  record Model(Set<String> children, Set<String> attributes) {}

  @BeforeAll
  static void readGrammars() throws Exception {
    ours = models(Cli.root().resolve("schemas/edition.rng"));
    tei = models(Cli.teiAll());
  }

  @Test
  void declaresATeiLiteSizedSetOfElements() {
    assertTrue(ours.size() >= 90 && ours.size() <= 200, "element count " + ours.size());
  }

  @Test
  void everyElementIsATeiElement() {
    Set<String> unknown = new TreeSet<>(ours.keySet());
    unknown.removeAll(tei.keySet());
    assertTrue(unknown.isEmpty(), "not in tei_all: " + unknown);
  }

  @Test
  void everyChildIsAllowedByTei() {
    List<String> problems = new ArrayList<>();
    ours.forEach(
        (name, model) -> {
          Model official = tei.get(name);
          if (official != null && !official.children().contains("*")) {
            for (String child : model.children()) {
              if (!official.children().contains(child)) {
                problems.add(name + " may not contain " + child);
              }
            }
          }
        });
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void everyAttributeIsAllowedByTei() {
    List<String> problems = new ArrayList<>();
    ours.forEach(
        (name, model) -> {
          Model official = tei.get(name);
          if (official != null) {
            for (String attribute : model.attributes()) {
              if (!official.attributes().contains(attribute)) {
                problems.add(name + " has no attribute " + attribute + " in TEI");
              }
            }
          }
        });
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  private static Map<String, Model> models(Path grammar) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(grammar.toFile());
    Map<String, List<Element>> defines = new HashMap<>();
    List<Element> elements = new ArrayList<>();
    collect(doc.getDocumentElement(), defines, elements);
    Map<String, Model> models = new HashMap<>();
    for (Element element : elements) {
      String name = elementName(element);
      Model model = models.computeIfAbsent(name, n -> new Model(new HashSet<>(), new HashSet<>()));
      for (Element child : children(element)) {
        if (!isNameClass(child)) {
          walk(child, defines, model, new HashSet<>());
        }
      }
    }
    return models;
  }

  private static void collect(Element node, Map<String, List<Element>> defines, List<Element> elements) {
    if (RNG.equals(node.getNamespaceURI())) {
      if (node.getLocalName().equals("define")) {
        defines.computeIfAbsent(node.getAttribute("name"), n -> new ArrayList<>()).add(node);
      } else if (node.getLocalName().equals("element")) {
        elements.add(node);
      }
    }
    for (Element child : children(node)) {
      collect(child, defines, elements);
    }
  }

  private static void walk(Element node, Map<String, List<Element>> defines, Model model, Set<String> seen) {
    if (!RNG.equals(node.getNamespaceURI())) {
      return; // annotations
    }
    switch (node.getLocalName()) {
      case "element" -> model.children().add(elementName(node));
      case "attribute" -> model.attributes().add(attributeName(node));
      case "ref" -> {
        String ref = node.getAttribute("name");
        if (seen.add(ref)) {
          for (Element define : defines.getOrDefault(ref, List.of())) {
            for (Element child : children(define)) {
              walk(child, defines, model, seen);
            }
          }
        }
      }
      default -> {
        for (Element child : children(node)) {
          walk(child, defines, model, seen);
        }
      }
    }
  }

  private static boolean isNameClass(Element e) {
    return switch (e.getLocalName()) {
      case "name", "anyName", "nsName", "choice" ->
          e.getLocalName().equals("choice") ? e.getElementsByTagNameNS(RNG, "name").getLength() > 0
              && children(e).stream().allMatch(SchemaSubsetTest::isNameClass) : true;
      default -> false;
    };
  }

  private static String elementName(Element element) {
    if (element.hasAttribute("name")) {
      return qualified(element, element.getAttribute("name"), inheritedNs(element));
    }
    Element nameClass = children(element).get(0);
    if (nameClass.getLocalName().equals("name")) {
      return qualified(nameClass, nameClass.getTextContent().strip(), inheritedNs(nameClass));
    }
    return "*";
  }

  private static String attributeName(Element attribute) {
    String ns = attribute.hasAttribute("ns") ? attribute.getAttribute("ns") : "";
    if (attribute.hasAttribute("name")) {
      return qualified(attribute, attribute.getAttribute("name"), ns);
    }
    Element nameClass = children(attribute).get(0);
    if (nameClass.getLocalName().equals("name")) {
      String nameNs = nameClass.hasAttribute("ns") ? nameClass.getAttribute("ns") : ns;
      return qualified(nameClass, nameClass.getTextContent().strip(), nameNs);
    }
    return "*";
  }

  private static String qualified(Element context, String name, String defaultNs) {
    int colon = name.indexOf(':');
    if (colon < 0) {
      return "{" + defaultNs + "}" + name;
    }
    String prefix = name.substring(0, colon);
    String ns = prefix.equals("xml") ? "http://www.w3.org/XML/1998/namespace" : context.lookupNamespaceURI(prefix);
    return "{" + ns + "}" + name.substring(colon + 1);
  }

  private static String inheritedNs(Element e) {
    for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
      if (el.hasAttribute("ns")) {
        return el.getAttribute("ns");
      }
    }
    return "";
  }

  private static List<Element> children(Node node) {
    List<Element> list = new ArrayList<>();
    for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e) {
        list.add(e);
      }
    }
    return list;
  }
}
