package org.edition.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.edition.engine.BuildOptions;
import org.edition.load.ProjectLayout;
import org.edition.publish.html.SiteScripts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every script the site publishes works in `edition serve`, whose policy is narrower than the
 * pages' own: the search (its index is scripts under search/) and a letter's neighbours (nav/),
 * in Chromium, on the letters of src/test/resources/search; and no script of the site lies
 * outside the folders the policy names (SiteScripts).
 */
@org.junit.jupiter.api.parallel.Isolated("a preview server and its rebuilds, timed")
class PreviewScriptsTest {
  private static Path project;
  private static EditionPreview preview;
  private static String address;
  private static WebDriver driver;

  @BeforeAll
  static void serve() throws Exception {
    project = Files.createTempDirectory("edition-preview-scripts-");
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/search"))) {
      for (Path f : files.toList()) {
        Files.copy(f, project.resolve(f.getFileName()));
      }
    }
    BuildOptions options = new BuildOptions(List.of(project), project.resolve("output"), ProjectLayout.at(project),
        Set.of("html"), null, null, null, 2, false, false);
    preview = new EditionPreview(options, new PrintWriter(new StringWriter(), true));
    address = preview.start(0);
    driver = org.edition.Chromium.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    preview.close();
  }

  @Test
  void theSearchWorksInThePreview() {
    driver.get(address + "search.html?q=" + URLEncoder.encode("societes", StandardCharsets.UTF_8));
    WebElement results = new WebDriverWait(driver, Duration.ofSeconds(20)).until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-page-results[data-files]")));
    assertEquals(List.of("Lettre de mars 1898"),
        results.findElements(By.cssSelector("ol.results > li > a.result-title")).stream().map(WebElement::getText).toList());
    // the box of every page answers as one types
    driver.get(address + "l5.html");
    WebElement input = new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.id("search-input")));
    input.sendKeys("polon");
    WebElement box = new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("search-results")));
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> box.getText().contains("Lettre de novembre 1898"));
  }

  @Test
  void aLettersNeighboursShowInThePreview() {
    driver.get(address + "l3.html");
    WebElement before = new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".letter-edition-previous a")));
    assertEquals("l1.html", before.getAttribute("href").replaceFirst("^.*/", ""));
    // and the preview's own script is there too, under the same policy
    assertEquals(Boolean.TRUE, ((JavascriptExecutor) driver).executeScript(
        "return Array.from(document.scripts).some(s => s.src.endsWith('/_edition/live.js'))"));
  }

  @Test
  void everyScriptOfTheSiteIsInAFolderThePoliciesName() throws Exception {
    Path site = project.resolve("output/html");
    try (Stream<Path> files = Files.walk(site)) {
      List<String> scripts = files.filter(f -> f.toString().endsWith(".js"))
          .map(f -> site.relativize(f).toString().replace('\\', '/')).toList();
      assertTrue(scripts.stream().anyMatch(s -> s.startsWith("nav/")) && scripts.stream().anyMatch(s -> s.startsWith("search/")), scripts.toString());
      for (String script : scripts) {
        assertTrue(SiteScripts.FOLDERS.stream().anyMatch(script::startsWith), script + " is in no folder the policies name");
      }
    }
    String policy = PreviewServer.policy("html", "http://localhost:1");
    for (String folder : SiteScripts.FOLDERS) {
      assertTrue(policy.contains("http://localhost:1/" + folder + " "), policy);
    }
  }
}
