package org.edition.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.edition.Cli;
import org.edition.engine.BuildOptions;
import org.edition.load.ProjectLayout;
import org.edition.serve.EditionPreview;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The TEI copies the site publishes (tei/ID.xml) are documents of the site's origin when a
 * browser opens them: a text carrying an XHTML script, an entity that expands to one, an SVG
 * onload, a MathML event attribute, a javascript: link, a frame (scripted.xml), or that is an
 * XSLT stylesheet of itself (styled.xml; src/test/resources/hostile-copies) runs nothing in Chromium, whether the copy is opened from
 * disk, from `edition serve`, or by a click on the text's own link to it; and the copy keeps the
 * text's words.
 */
class TeiCopiesTest {
  private static final Path FIXTURE = Path.of("src/test/resources/hostile-copies");
  private static WebDriver driver;
  private static Path out;

  @BeforeAll
  static void buildAndStartBrowser() throws Exception {
    out = Files.createTempDirectory("edition-copies-");
    Cli.Run run = Cli.run("build", "--html", "-o", out.toString(), FIXTURE.toString());
    assertTrue(Files.isRegularFile(out.resolve("html/tei/scripted.xml")), run.out() + run.err());
    driver = org.edition.Chromium.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  private static final List<String> COPIES = List.of("scripted", "styled");

  /** With a copy open: every element clicked, hovered and sent the events a payload waits for. */
  private static void assertNothingRan(String id, String how) throws InterruptedException {
    String copy = id + " " + how;
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("tei/" + id + ".xml"));
    Thread.sleep(1000);
    for (WebElement e : driver.findElements(By.xpath("//*"))) {
      try {
        new Actions(driver).moveToElement(e).click().perform();
      } catch (RuntimeException notInteractable) {
        // hidden or zero-sized: events are sent below
      }
    }
    js("document.querySelectorAll('*').forEach(e => ['click', 'mouseover', 'focus', 'load', 'error', 'begin']"
        + ".forEach(t => e.dispatchEvent(new Event(t, {bubbles: true}))))");
    Thread.sleep(500);
    assertTrue(driver.getCurrentUrl().endsWith("tei/" + id + ".xml"), "still on the copy: " + driver.getCurrentUrl());
    assertNull(js("return document.documentElement ? document.documentElement.getAttribute('data-pwned')"
        + " : 'the document was replaced (by its own stylesheet)'"), "a script of the document ran in " + copy);
    // (a copy with no MathML has nothing a browser renders: Chromium shows its tree, in XHTML of its own)
    assertEquals(0L, js("return document.documentElement.namespaceURI !== 'http://www.tei-c.org/ns/1.0' ? 0"
        + " : Array.from(document.querySelectorAll('*')).filter(e =>"
        + " e.namespaceURI === 'http://www.w3.org/1999/xhtml' || e.namespaceURI === 'http://www.w3.org/2000/svg').length"),
        "no XHTML or SVG element in " + copy);
    assertTrue(String.valueOf(js("return document.documentElement.textContent")).contains("Les mots du texte restent"),
        "the copy is the text: " + copy);
  }

  @Test
  void theCopyRunsNothingFromDisk() throws Exception {
    for (String id : COPIES) {
      driver.get(out.resolve("html/tei/" + id + ".xml").toUri().toString());
      assertNothingRan(id, "opened from disk");
    }
  }

  @Test
  void theTextsOwnLinkToItsCopyLeadsToNothingThatRuns() throws Exception {
    driver.get(out.resolve("html/scripted.html").toUri().toString());
    driver.findElement(By.cssSelector("article a.tei-ref[href='tei/scripted.xml']")).click();
    assertNothingRan("scripted", "reached by the text's link");
  }

  @Test
  void theCopyRunsNothingWhenServed() throws Exception {
    Path project = Files.createTempDirectory("edition-copies-serve-");
    for (String id : COPIES) {
      Files.copy(FIXTURE.resolve(id + ".xml"), project.resolve(id + ".xml"));
    }
    BuildOptions options = new BuildOptions(List.of(project), project.resolve("output"), ProjectLayout.at(project),
        Set.of("html"), null, null, null, 2, false, false);
    try (EditionPreview preview = new EditionPreview(options, new PrintWriter(new StringWriter(), true))) {
      String address = preview.start(0);
      // the copy is served with a policy that forbids script whatever it holds
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(address + "tei/scripted.xml")).build(), HttpResponse.BodyHandlers.ofString());
      String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(policy.contains("script-src 'none'") && policy.contains("sandbox"), policy);
      driver.get(address + "scripted.html");
      driver.findElement(By.cssSelector("article a.tei-ref[href='tei/scripted.xml']")).click();
      assertNothingRan("scripted", "served by edition serve");
      driver.get(address + "tei/styled.xml");
      assertNothingRan("styled", "served by edition serve");
    }
  }

  /** What the copies hold: the text, its formula, and nothing of a vocabulary a browser runs. */
  @Test
  void theCopyKeepsTheTextAndDropsWhatABrowserRuns() throws Exception {
    for (String id : COPIES) {
      String written = Files.readString(out.resolve("html/tei/" + id + ".xml"));
      assertFalse(written.contains("<!DOCTYPE") || written.contains("<?xml-stylesheet") || written.contains(":version="), written);
      assertNoLiveMarkup(out.resolve("html/tei/" + id + ".xml"));
    }
    Document doc = assertNoLiveMarkup(out.resolve("html/tei/scripted.xml"));
    String text = doc.getDocumentElement().getTextContent();
    for (String words : List.of("Les mots du texte restent", "mot du lien", "mot du dessin", "fin.")) {
      assertTrue(text.contains(words), words);
    }
    assertFalse(text.contains("setAttribute"), "the scripts' code is gone with them");
    assertEquals(1, doc.getElementsByTagNameNS("http://www.w3.org/1998/Math/MathML", "math").getLength(), "the formula is kept");
    assertEquals("scripted", doc.getDocumentElement().getAttributeNS("http://www.w3.org/XML/1998/namespace", "id"));
  }

  /** No element of XHTML, SVG, XSLT or XInclude, no event attribute, no xml:base, nothing that links or styles MathML. */
  private static Document assertNoLiveMarkup(Path copy) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(copy.toFile());
    NodeList all = doc.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      assertFalse(Set.of("http://www.w3.org/1999/xhtml", "http://www.w3.org/2000/svg", "http://www.w3.org/1999/XSL/Transform",
          "http://www.w3.org/2001/XInclude").contains(e.getNamespaceURI()), copy.getFileName() + ": " + e.getTagName());
      for (int a = 0; a < e.getAttributes().getLength(); a++) {
        org.w3c.dom.Node attribute = e.getAttributes().item(a);
        String name = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
        boolean mathml = "http://www.w3.org/1998/Math/MathML".equals(e.getNamespaceURI());
        assertFalse(name.toLowerCase().startsWith("on") || name.equals("base") || mathml && (name.equals("href") || name.equals("style"))
            || "http://www.w3.org/1999/xlink".equals(attribute.getNamespaceURI())
            || "http://www.w3.org/1999/XSL/Transform".equals(attribute.getNamespaceURI()),
            copy.getFileName() + ": " + e.getTagName() + " @" + attribute.getNodeName());
      }
    }
    return doc;
  }
}
