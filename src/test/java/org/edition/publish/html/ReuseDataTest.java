package org.edition.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.edition.Cli;
import org.edition.engine.IncrementalBuildTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * The site's data for others to reuse, on the flagship and on a real letter of Schnitzler's
 * correspondence (its registers in its back, with GND, GeoNames and Wikidata numbers): schema.org
 * JSON-LD read as JSON-LD, the texts' plain text and JSON records, the registers' JSON, CSV and
 * BEACON files, and the sitemap valid against the protocol.
 */
class ReuseDataTest {
  private static final String BASE = "https://edition.example.org/noir-et-rouge/";
  @TempDir static Path dir;
  static Path site;
  static Path letters;

  @BeforeAll
  static void build() throws Exception {
    Path project = dir.resolve("flagship");
    for (String folder : new String[] {"tei", "schemas"}) {
      IncrementalBuildTest.copyTree(Cli.root().resolve(folder), project.resolve(folder));
    }
    Cli.Run run = Cli.run("build", "-q", "--html", "--base-url", BASE, "--project", project.toString(),
        "-o", dir.resolve("out").toString(), project.resolve("tei").toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    site = dir.resolve("out/html");
    Path letter = Files.createDirectories(dir.resolve("letters/tei"));
    Files.copy(Cli.shared().resolve("corpus/docs/schnitzler-briefe/L03090.xml"), letter.resolve("L03090.xml"));
    run = Cli.run("build", "-q", "--html", "--base-url", "https://letters.example.org", "--project", dir.resolve("letters").toString(),
        "-o", dir.resolve("letters-out").toString(), letter.toString());
    assertTrue(run.exitCode() <= 1, run.out() + run.err());
    letters = dir.resolve("letters-out/html");
  }

  /** A page's JSON-LD, one block, expanded by a JSON-LD processor (schema.org's context given offline). */
  private static JsonArray jsonLd(Path page) throws Exception {
    Document html = Jsoup.parse(page.toFile(), "UTF-8");
    List<Element> blocks = html.select("head script[type=\"application/ld+json\"]");
    assertEquals(1, blocks.size(), page + ": one JSON-LD block");
    String json = blocks.get(0).data();
    // the schema.org context, as its published file declares its vocabulary (no network in tests)
    DocumentLoader schemaOrg = (url, options) -> JsonDocument.of(new StringReader(
        "{\"@context\": {\"@vocab\": \"http://schema.org/\", \"sameAs\": {\"@type\": \"@id\"},"
            + " \"url\": {\"@type\": \"@id\"}, \"contentUrl\": {\"@type\": \"@id\"}}}"));
    return JsonLd.expand(JsonDocument.of(new StringReader(json))).loader(schemaOrg).get();
  }

  private static List<String> values(JsonObject node, String property) {
    JsonArray values = node.getJsonArray("http://schema.org/" + property);
    if (values == null) {
      return List.of();
    }
    return values.stream().map(v -> v.asJsonObject().containsKey("@value")
        ? v.asJsonObject().get("@value").toString().replaceAll("^\"|\"$", "")
        : v.asJsonObject().getString("@id", "")).toList();
  }

  @Test
  void aTextPageCarriesItsRecordAsSchemaOrgJsonLd() throws Exception {
    JsonArray expanded = jsonLd(site.resolve("leylavergne-travail.html"));
    assertEquals(1, expanded.size());
    JsonObject text = expanded.getJsonObject(0);
    assertEquals("[\"http://schema.org/CreativeWork\"]", text.get("@type").toString());
    assertEquals(BASE + "leylavergne-travail.html", text.getString("@id"));
    assertTrue(values(text, "name").get(0).startsWith("Travail et crise du conflit politique"), text.toString());
    assertEquals(List.of("fr"), values(text, "inLanguage"));
    JsonObject author = text.getJsonArray("http://schema.org/author").getJsonObject(0);
    assertTrue(values(author, "name").toString().contains("Leylavergne"), author.toString());
    Set<String> downloads = text.getJsonArray("http://schema.org/encoding").stream()
        .flatMap(e -> values(e.asJsonObject(), "contentUrl").stream()).collect(Collectors.toSet());
    assertEquals(Set.of(BASE + "tei/leylavergne-travail.xml", BASE + "text/leylavergne-travail.txt",
        BASE + "data/texts/leylavergne-travail.json"), downloads);
    // what it names, with the register's pages
    JsonArray mentions = text.getJsonArray("http://schema.org/mentions");
    assertTrue(mentions != null && mentions.stream().anyMatch(m -> values(m.asJsonObject(), "url").stream()
        .anyMatch(u -> u.startsWith(BASE + "persons.html#"))), String.valueOf(mentions));
  }

  @Test
  void aLetterIsAMessageWithItsCorrespondentsAndTheirAuthorities() throws Exception {
    JsonObject letter = jsonLd(letters.resolve("L03090.html")).getJsonObject(0);
    assertEquals("[\"http://schema.org/Message\"]", letter.get("@type").toString());
    assertEquals(List.of("1901-11-09"), values(letter, "dateSent"));
    JsonObject sender = letter.getJsonArray("http://schema.org/sender").getJsonObject(0);
    assertTrue(values(sender, "name").get(0).contains("Goldmann"), sender.toString());
    assertEquals(List.of("https://letters.example.org/persons.html#pmb11485"), values(sender, "url"), "his register entry");
    JsonObject recipient = letter.getJsonArray("http://schema.org/recipient").getJsonObject(0);
    assertEquals(List.of("https://d-nb.info/gnd/118609807"), values(recipient, "sameAs").stream()
        .filter(u -> u.contains("d-nb")).toList(), "Schnitzler's GND number, its address made canonical");
    JsonArray mentions = letter.getJsonArray("http://schema.org/mentions");
    assertTrue(mentions.stream().anyMatch(m -> m.asJsonObject().get("@type").toString().contains("Place")
        && values(m.asJsonObject(), "url").contains("https://letters.example.org/places.html#pmb168")), mentions.toString());
  }

  @Test
  void aTextHasItsPlainReadingTextAndItsJsonRecord() throws Exception {
    String text = Files.readString(site.resolve("text/forum-fil.txt"), StandardCharsets.UTF_8);
    assertTrue(text.contains("Regardez ce robot"), text);
    assertFalse(text.contains("<") || text.contains("\u00ad"), "no markup, no soft hyphens");
    assertTrue(text.contains("\n\n"), "a paragraph a block");
    JsonObject record = Json.createReader(new StringReader(Files.readString(site.resolve("data/texts/leylavergne-travail.json"))))
        .readObject();
    assertEquals("leylavergne-travail", record.getString("id"));
    assertEquals(BASE + "leylavergne-travail.html", record.getString("url"));
    assertTrue(record.getString("title").startsWith("Travail et crise"));
    assertFalse(record.getJsonArray("divisions").isEmpty(), "its divisions");
    JsonObject division = record.getJsonArray("divisions").getJsonObject(0);
    assertTrue(division.getString("url").startsWith(BASE + "leylavergne-travail.html#"), division.toString());
    assertTrue(record.getJsonArray("entities").stream().map(JsonValue::asJsonObject)
        .anyMatch(e -> e.getString("kind").equals("persons") && e.getInt("mentions") >= 1), record.toString());
    // the page offers both
    Document page = Jsoup.parse(site.resolve("leylavergne-travail.html").toFile(), "UTF-8");
    assertEquals(1, page.select("nav.downloads a[href=text/leylavergne-travail.txt]").size());
    assertEquals(1, page.select("nav.downloads a[href=data/texts/leylavergne-travail.json]").size());
  }

  @Test
  void aTextsNotesFollowItsReadingTextNumbered() throws Exception {
    String text = Files.readString(site.resolve("text/leylavergne-travail.txt"), StandardCharsets.UTF_8);
    int firstNote = text.indexOf("\n\n[1] ");
    assertTrue(firstNote > 0, "the notes, numbered as on the page");
    assertFalse(text.substring(0, firstNote).contains("\n\n[1] "));
  }

  @Test
  void theRegistersAreDataWithTheirAuthoritiesAndBeaconFiles() throws Exception {
    JsonArray persons = Json.createReader(new StringReader(Files.readString(letters.resolve("data/registers/persons.json")))).readArray();
    JsonObject schnitzler = persons.stream().map(JsonValue::asJsonObject).filter(p -> p.getString("id").equals("pmb2121")).findFirst().orElseThrow();
    assertEquals("https://d-nb.info/gnd/118609807", schnitzler.getJsonObject("authorities").getString("gnd"));
    assertEquals("[\"L03090\"]", schnitzler.getJsonArray("texts").toString());
    JsonArray places = Json.createReader(new StringReader(Files.readString(letters.resolve("data/registers/places.json")))).readArray();
    JsonObject berlin = places.stream().map(JsonValue::asJsonObject).filter(p -> p.getString("id").equals("pmb168")).findFirst().orElseThrow();
    assertFalse(berlin.containsKey("authorities"), "the numbers of the place of a firm in Berlin are not Berlin's own");
    List<String> csv = Files.readAllLines(letters.resolve("data/registers/persons.csv"));
    assertEquals("id,name,url,gnd,viaf,wikidata,geonames,texts", csv.get(0));
    assertTrue(csv.stream().anyMatch(l -> l.startsWith("pmb2121,") && l.contains(",https://d-nb.info/gnd/118609807,,,,L03090")), csv.toString());
    List<String> beacon = Files.readAllLines(letters.resolve("data/beacon-gnd.txt"));
    assertEquals("#FORMAT: BEACON", beacon.get(0));
    assertEquals("#PREFIX: https://d-nb.info/gnd/", beacon.get(1));
    assertTrue(beacon.contains("118609807||https://letters.example.org/persons.html#pmb2121"), beacon.toString());
    assertTrue(beacon.stream().filter(l -> !l.startsWith("#")).allMatch(l -> l.matches("[0-9X-]+\\|\\|https://letters\\.example\\.org/\\S+")),
        beacon.toString());
  }

  @Test
  void theSitemapListsEveryPageAndIsValid() throws Exception {
    Path sitemap = site.resolve("sitemap.xml");
    PropertyMapBuilder properties = new PropertyMapBuilder();
    StringBuilder errors = new StringBuilder();
    properties.put(ValidateProperty.ERROR_HANDLER, new org.xml.sax.helpers.DefaultHandler() {
      @Override public void error(org.xml.sax.SAXParseException e) {
        errors.append(e.getLineNumber()).append(": ").append(e.getMessage()).append('\n');
      }
    });
    ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
    assertTrue(driver.loadSchema(new InputSource(ReuseDataTest.class.getResource("/reuse/sitemap-0.9.rnc").toString())));
    assertTrue(driver.validate(new InputSource(sitemap.toUri().toString())), errors.toString());
    String xml = Files.readString(sitemap);
    long pages;
    try (Stream<Path> files = Files.walk(site)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).count();
    }
    assertEquals(pages, xml.split("<loc>", -1).length - 1, "every page");
    assertTrue(xml.contains("<loc>" + BASE + "index.html</loc>") && xml.contains("<loc>" + BASE + "forum-fil.html</loc>"), xml);
  }
}
