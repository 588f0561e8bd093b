package org.edition.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.edition.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A place's name is text wherever the map shows it: names that read as markup (an image with an
 * onerror, a link, a meta refresh, escaped in the registers: src/test/resources/hostile-places)
 * are shown as written in the markers' tooltips and popups, in Chromium, and nothing of them
 * runs, loads or navigates.
 */
class MapPlaceNamesTest {
  private static final Path FIXTURE = Path.of("src/test/resources/hostile-places");
  private static WebDriver driver;
  private static Path site;

  @BeforeAll
  static void buildAndStartBrowser() throws Exception {
    Path out = Files.createTempDirectory("edition-places-");
    Cli.Run run = Cli.run("build", "--html", "-o", out.toString(), FIXTURE.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    site = out.resolve("html");
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

  @Test
  void theMarkersTooltipsAndPopupsShowTheNamesAsWritten() throws Exception {
    driver.get(site.resolve("map.html").toUri().toString());
    List<WebElement> markers = new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> {
          List<WebElement> found = d.findElements(By.cssSelector("#map path.leaflet-interactive"));
          return found.size() == 4 ? found : null;
        });
    List<String> tooltips = new ArrayList<>();
    for (WebElement marker : markers) {
      new Actions(driver).moveToElement(marker).perform();
      WebElement tooltip = new WebDriverWait(driver, Duration.ofSeconds(10))
          .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leaflet-tooltip")));
      tooltips.add(tooltip.getText());
      Thread.sleep(300);
      assertEquals(0L, js("return document.querySelectorAll('.leaflet-tooltip *:not(span)').length"),
          "a name became markup: " + js("return document.querySelector('.leaflet-tooltip').innerHTML"));
      new Actions(driver).moveByOffset(0, 300).perform();
    }
    for (WebElement marker : markers) {
      marker.click();
      new WebDriverWait(driver, Duration.ofSeconds(10))
          .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leaflet-popup-content a.place")));
      Thread.sleep(300);
      assertEquals(0L, js("return document.querySelectorAll('.leaflet-popup-content img, .leaflet-popup-content meta,"
          + " .leaflet-popup-content b, #pwned-link').length"), "a name became markup in a popup");
    }
    Thread.sleep(1500);
    assertTrue(driver.getCurrentUrl().endsWith("map.html"), "the page was left: " + driver.getCurrentUrl());
    assertNull(js("return document.documentElement.getAttribute('data-pwned')"), "a name's handler ran");
    assertTrue(tooltips.stream().anyMatch(t -> t.startsWith("<img src=\"x\" onerror=")), tooltips.toString());
    assertTrue(tooltips.contains("<a id=\"pwned-link\" href=\"places.html#pwned-link\">Lien</a>"), tooltips.toString());
    assertTrue(tooltips.stream().anyMatch(t -> t.startsWith("<meta http-equiv=\"refresh\"")), tooltips.toString());
    assertTrue(tooltips.contains("Saint-Jean & <b>gras</b>"), tooltips.toString());
  }
}
