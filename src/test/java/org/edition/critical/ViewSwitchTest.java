package org.edition.critical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.edition.Chromium;
import org.edition.Cli;
import org.edition.TeiFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * One switch for the page: the edited text (the correction, the regularised spelling, the
 * expansion, additions kept, deletions dropped, supplied words in brackets) or the diplomatic one
 * (the source's error, spelling and abbreviation, the deletion struck, the addition marked,
 * nothing supplied); the about page explains both.
 */
class ViewSwitchTest {
  @TempDir Path dir;

  @Test
  void theSwitchTurnsEachEditedReadingIntoTheSourcesAndBack() throws Exception {
    Path texts = dir.resolve("texts");
    TeiFixture.write(texts, "letter", "A letter", "en",
        "<p>I <choice><sic>recieved</sic><corr>received</corr></choice> your <choice><orig>lettre</orig><reg>letter</reg></choice>"
            + " of <choice><abbr>Jan.</abbr><expan>January</expan></choice>, <del>alas</del> <add>and</add> read it"
            + " <supplied>twice</supplied>.</p>");
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("build", "--html", "-o", out.toString(), texts.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    WebDriver driver = Chromium.start();
    try {
      driver.get(out.resolve("html/letter.html").toUri().toString());
      JavascriptExecutor js = (JavascriptExecutor) driver;
      String shown = "return document.querySelector('article.text .tei-text').innerText.replace(/\\u00AD/g, '').replace(/\\s+/g, ' ').trim()";
      String edited = (String) js.executeScript(shown);
      // the brackets and marks are the stylesheet's (generated content, not in innerText)
      String before = "return getComputedStyle(document.querySelector(arguments[0]), '::before').content";
      assertTrue(edited.contains("I received your letter of January, and read it twice."), edited);
      assertEquals("\"[\"", js.executeScript(before, "article.text .tei-supplied"), "supplied words in brackets");
      assertEquals("none", js.executeScript(before, "article.text .tei-add"), "an addition unmarked");
      WebElement button = driver.findElement(By.cssSelector("button.source-switch"));
      assertEquals("Diplomatic text", button.getText());
      button.click();
      String diplomatic = (String) js.executeScript(shown);
      assertTrue(diplomatic.contains("I recieved your lettre of Jan., alas and read it ."), diplomatic);
      assertEquals("\"⟨\"", js.executeScript(before, "article.text .tei-add"), "the addition marked");
      assertEquals("line-through", js.executeScript(
          "return getComputedStyle(document.querySelector('article.text .tei-del')).textDecorationLine"), "the deletion struck");
      assertEquals("Edited text", button.getText());
      button.click();
      assertEquals(edited, js.executeScript(shown));
      driver.get(out.resolve("html/about.html").toUri().toString());
      String about = driver.findElement(By.id("about-views")).getText();
      assertTrue(about.contains("The diplomatic text") && about.contains("deletions are struck through"), about);
      assertFalse(about.contains("apparatus"), "no apparatus in this edition: " + about);
    } finally {
      driver.quit();
    }
  }
}
