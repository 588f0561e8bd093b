package org.edition.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.edition.BuiltSite;
import org.edition.Cli;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The Distributed Text Services (DTS 1.0) as static files: every answer a client reaches by
 * expanding the URI templates the files give (RFC 6570) is a file of the site, of the shapes the
 * specification's tables and examples give; the JSON-LD expands with the specification's context
 * (its file, src/test/resources/reuse/dts-context-v1.0.json, from
 * distributed-text-services/specifications, CC BY 4.0); a passage is TEI with the unit in
 * dts:wrapper. On the flagship (an essay in sections and paragraphs), a DraCor play (acts and
 * scenes) and a Schnitzler letter (its writing session and its paragraphs).
 */
class DtsTest {
  private static final String TEI = "http://www.tei-c.org/ns/1.0";
  private static final String DTS = "https://w3id.org/api/dts#";

  @Test
  void theEntryAndTheCollectionsLeadToEveryText() throws Exception {
    Path html = BuiltSite.html();
    JsonObject entry = json(html, "/dts/index.json");
    assertEquals("EntryPoint", entry.getString("@type"));
    assertEquals("1.0", entry.getString("dtsVersion"));
    assertEquals("https://dtsapi.org/context/v1.0.json", entry.getString("@context"));
    assertExpands(entry, "https://dtsapi.org/v1.0#EntryPoint");
    JsonObject edition = json(html, expand(entry.getString("collection"), Map.of()));
    assertEquals(edition, json(html, expand(entry.getString("collection"), Map.of("id", "edition"))));
    assertEquals("Collection", edition.getString("@type"));
    assertEquals(0, edition.getInt("totalParents"));
    JsonArray members = edition.getJsonArray("member");
    assertEquals(edition.getInt("totalChildren"), members.size());
    Set<String> resources = new HashSet<>();
    for (JsonObject member : members.getValuesAs(JsonObject.class)) {
      // the flagship's two texts are of one kind: its members are the texts
      assertEquals("Resource", member.getString("@type"), member.toString());
      resources.add(member.getString("@id"));
      JsonObject resource = json(html, expand(member.getString("collection"), Map.of()));
      assertEquals(member.getString("@id"), resource.getString("@id"));
      JsonObject parents = json(html, expand(member.getString("collection"), Map.of("nav", "parents")));
      assertEquals("edition", parents.getJsonArray("member").getJsonObject(0).getString("@id"));
      assertTrue(Files.isRegularFile(file(html, member.getString("download"))), member.getString("download"));
    }
    assertEquals(Set.of("leylavergne-travail", "forum-fil"), resources);
  }

  @Test
  void theEssaysTreeIsNavigableFromItsTopAndFromEachUnit() throws Exception {
    Path html = BuiltSite.html();
    JsonObject resource = json(html, "/dts/collection/leylavergne-travail.json");
    assertEquals("Resource", resource.getString("@type"));
    assertExpands(resource, "https://dtsapi.org/v1.0#Resource");
    JsonArray trees = resource.getJsonArray("citationTrees");
    assertEquals(1, trees.size());
    assertFalse(trees.getJsonObject(0).containsKey("identifier"), "the default tree has no identifier");
    String navigation = resource.getString("navigation");

    JsonObject top = json(html, expand(navigation, Map.of("down", "1")));
    assertEquals("Navigation", top.getString("@type"));
    assertExpands(top, "https://dtsapi.org/v1.0#Navigation");
    List<JsonObject> level1 = top.getJsonArray("member").getValuesAs(JsonObject.class);
    assertFalse(level1.isEmpty());
    for (JsonObject unit : level1) {
      assertEquals(1, unit.getInt("level"));
      assertEquals(JsonValue.NULL, unit.get("parent"), "a unit at the top has a null parent");
    }

    List<JsonObject> all = json(html, expand(navigation, Map.of("down", "-1"))).getJsonArray("member").getValuesAs(JsonObject.class);
    assertTrue(all.size() > level1.size());
    Set<String> seen = new HashSet<>();
    for (JsonObject unit : all) {
      assertEquals("CitableUnit", unit.getString("@type"));
      String parent = unit.isNull("parent") ? null : unit.getString("parent");
      assertTrue(parent == null || seen.contains(parent), "in document order, a unit after its parent: " + unit);
      assertTrue(seen.add(unit.getString("identifier")), "identifiers are unique: " + unit);
    }
    // the essay's paragraphs, numbered as every format numbers them, are the last level
    assertTrue(all.stream().anyMatch(u -> u.getString("identifier").equals("p-1") && u.getString("citeType").equals("paragraph")), all.toString());

    JsonObject section = all.stream().filter(u -> all.stream().anyMatch(c -> !c.isNull("parent")
        && c.getString("parent").equals(u.getString("identifier")))).findFirst().orElseThrow();
    String id = section.getString("identifier");
    JsonObject alone = json(html, expand(navigation, Map.of("ref", id)));
    assertEquals(id, alone.getJsonObject("ref").getString("identifier"));
    assertFalse(alone.containsKey("member"), "no down: the unit alone, no member");
    JsonObject children = json(html, expand(navigation, Map.of("ref", id, "down", "1")));
    for (JsonObject child : children.getJsonArray("member").getValuesAs(JsonObject.class)) {
      assertEquals(id, child.getString("parent"));
    }
    JsonObject siblings = json(html, expand(navigation, Map.of("ref", id, "down", "0")));
    assertTrue(siblings.getJsonArray("member").getValuesAs(JsonObject.class).stream()
        .anyMatch(u -> u.getString("identifier").equals(id)), "down=0: its siblings with itself");
    for (JsonObject unit : all) {
      // every unit answers a ref query, and a leaf's subtree is itself
      JsonObject whole = json(html, expand(navigation, Map.of("ref", unit.getString("identifier"), "down", "-1")));
      assertFalse(whole.getJsonArray("member").isEmpty(), unit.toString());
    }

    // the passage of the section: the TEI root, its header, the section in dts:wrapper
    Element tei = xml(file(html, expand(resource.getString("document"), Map.of("ref", id))));
    assertEquals("TEI", tei.getLocalName());
    assertEquals(TEI, tei.getNamespaceURI());
    assertEquals(1, tei.getElementsByTagNameNS(TEI, "teiHeader").getLength());
    Element wrapper = (Element) tei.getElementsByTagNameNS(DTS, "wrapper").item(0);
    Element div = firstElement(wrapper);
    assertEquals("div", div.getLocalName());
    String heading = section.getJsonObject("dublinCore").getJsonArray("title").getJsonObject(0).getString("value");
    assertEquals(heading, div.getElementsByTagNameNS(TEI, "head").item(0).getTextContent().replaceAll("\\s+", " ").strip());
    Element paragraph = firstElement((Element) xml(file(html, expand(resource.getString("document"), Map.of("ref", "p-1"))))
        .getElementsByTagNameNS(DTS, "wrapper").item(0));
    assertEquals("p", paragraph.getLocalName());
    // the whole document is the text's TEI copy, as written (not the normalised tree the pages are made from)
    assertEquals("/tei/leylavergne-travail.xml", expand(resource.getString("document"), Map.of()));
    Element whole = xml(file(html, expand(resource.getString("document"), Map.of())));
    assertEquals(0, whole.getElementsByTagNameNS(DTS, "wrapper").getLength());
    assertEquals(0, whole.getElementsByTagNameNS("urn:x-edition:normalized", "*").getLength());
  }

  @Test
  void aPlayIsCitedByActsAndScenesAndALetterByItsParagraphs() throws Exception {
    Path html = BuiltSite.corpus().resolve("html");
    JsonObject play = json(html, "/dts/collection/rus000054.json");
    // its acts holding its scenes (beside the paragraphs of its front matter)
    JsonObject shape = play.getJsonArray("citationTrees").getJsonObject(0).getJsonArray("citeStructure")
        .getValuesAs(JsonObject.class).stream().filter(s -> s.getString("citeType").equals("act")).findFirst().orElseThrow();
    assertEquals("scene", shape.getJsonArray("citeStructure").getJsonObject(0).getString("citeType"), play.toString());
    List<JsonObject> acts = json(html, expand(play.getString("navigation"), Map.of("down", "1"))).getJsonArray("member")
        .getValuesAs(JsonObject.class);
    assertEquals(5, acts.stream().filter(a -> a.getString("citeType").equals("act")).count(), acts.toString());
    Element scene = firstElement((Element) xml(file(html, expand(play.getString("document"),
        Map.of("ref", json(html, expand(play.getString("navigation"), Map.of("ref", acts.get(acts.size() - 1).getString("identifier"), "down", "1")))
            .getJsonArray("member").getJsonObject(0).getString("identifier"))))).getElementsByTagNameNS(DTS, "wrapper").item(0));
    assertEquals("div", scene.getLocalName());
    assertEquals("scene", scene.getAttribute("type"));

    JsonObject letter = json(html, "/dts/collection/L03090.json");
    List<JsonObject> paragraphs = json(html, expand(letter.getString("navigation"), Map.of("down", "-1"))).getJsonArray("member")
        .getValuesAs(JsonObject.class);
    // its writing session (a div numbered 1), and in it its paragraphs
    assertEquals("writingSession", paragraphs.get(0).getString("citeType"), paragraphs.toString());
    assertTrue(paragraphs.size() > 1 && paragraphs.subList(1, paragraphs.size()).stream().allMatch(p ->
        p.getString("citeType").equals("paragraph") && p.getString("parent").equals(paragraphs.get(0).getString("identifier"))),
        paragraphs.toString());

    // the edition of many kinds: its collection holds a collection per kind
    JsonObject edition = json(html, "/dts/collection.json");
    assertTrue(edition.getJsonArray("member").getValuesAs(JsonObject.class).stream()
        .allMatch(m -> m.getString("@type").equals("Collection")), edition.toString());
    int texts = 0;
    for (JsonObject kind : edition.getJsonArray("member").getValuesAs(JsonObject.class)) {
      JsonObject collection = json(html, expand(kind.getString("collection"), Map.of()));
      assertEquals(collection.getInt("totalChildren"), collection.getJsonArray("member").size());
      texts += collection.getInt("totalChildren");
    }
    Matcher built = Pattern.compile("html: \\d+ pages from (\\d+) texts").matcher(BuiltSite.runOf(BuiltSite.corpus()).out());
    assertTrue(built.find(), BuiltSite.runOf(BuiltSite.corpus()).out());
    assertEquals(Integer.parseInt(built.group(1)), texts, "every text of the edition in one kind's collection");
  }

  // ---- RFC 6570, the operators DTS's templates use: {var}, {/var,...}, {;var,...}

  private static final Pattern EXPRESSION = Pattern.compile("\\{([/;?&]?)([^}]*)\\}");

  static String expand(String template, Map<String, String> values) {
    Matcher m = EXPRESSION.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      StringBuilder part = new StringBuilder();
      for (String name : m.group(2).split(",")) {
        String value = values.get(name);
        if (value == null) {
          continue;
        }
        switch (m.group(1)) {
          case "/" -> part.append('/').append(encode(value));
          case ";" -> part.append(';').append(name).append('=').append(encode(value));
          case "" -> part.append(encode(value));
          default -> throw new IllegalArgumentException("operator " + m.group(1) + " in " + template);
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(part.toString()));
    }
    return m.appendTail(out).toString();
  }

  private static String encode(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (Character.isLetterOrDigit(c) && c < 128 || "-._~".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append(String.format("%%%02X", b & 0xff));
      }
    }
    return out.toString();
  }

  /** The file a static host serves for this address of the site (its path decoded, as hosts do). */
  private static Path file(Path html, String address) {
    assertTrue(address.startsWith("/"), "without --base-url the addresses are from the site's root: " + address);
    return html.resolve(URLDecoder.decode(address.substring(1), StandardCharsets.UTF_8));
  }

  private static JsonObject json(Path html, String address) throws Exception {
    Path file = file(html, address);
    assertTrue(Files.isRegularFile(file), "no file for " + address);
    try (var reader = Json.createReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))) {
      return reader.readObject();
    }
  }

  /** The object expanded as JSON-LD with DTS's own context: its type is DTS's. */
  private static void assertExpands(JsonObject object, String type) throws Exception {
    String context = Files.readString(Cli.root().resolve("src/test/resources/reuse/dts-context-v1.0.json"));
    DocumentLoader offline = (url, options) -> {
      assertEquals("https://dtsapi.org/context/v1.0.json", url.toString());
      return JsonDocument.of(new StringReader(context));
    };
    JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(object.toString()))).loader(offline).get();
    assertEquals(type, expanded.getJsonObject(0).getJsonArray("@type").getString(0), expanded.toString());
    assertTrue(expanded.getJsonObject(0).containsKey("https://dtsapi.org/v1.0#dtsVersion"), expanded.toString());
  }

  private static Element xml(Path file) throws Exception {
    assertTrue(Files.isRegularFile(file), "no file " + file);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
  }

  private static Element firstElement(Element parent) {
    for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        return e;
      }
    }
    throw new AssertionError("nothing in " + parent.getTagName());
  }
}
