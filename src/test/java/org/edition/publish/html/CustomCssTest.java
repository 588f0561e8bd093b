package org.edition.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.edition.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An edition's own CSS (xslt/custom/custom.css) comes after the packaged stylesheet, not instead of it. */
class CustomCssTest {
  @TempDir Path project;

  private Cli.Run build() {
    return Cli.run("build", "--html", "--project", project.toString(), "-o", project.resolve("output").toString(),
        project.resolve("tei").toString());
  }

  @Test
  void anEditionsOwnRulesAreAddedAfterThePackagedOnes() throws Exception {
    Path tei = Files.createDirectories(project.resolve("tei"));
    Files.copy(Cli.root().resolve("tei/forum-fil.xml"), tei.resolve("forum-fil.xml"));
    Files.copy(Cli.root().resolve("tei/registers.xml"), tei.resolve("registers.xml"));
    Files.copy(Cli.root().resolve("tei/leylavergne-travail.xml"), tei.resolve("leylavergne-travail.xml"));
    assertEquals(0, build().exitCode());
    Path page = project.resolve("output/html/forum-fil.html");
    assertFalse(Files.readString(page).contains("custom.css"), "no custom.css link without one");

    Path css = Files.createDirectories(project.resolve("xslt/custom")).resolve("custom.css");
    Files.writeString(css, ".tei-persName { font-variant: small-caps; }\n");
    Cli.Run run = build();
    assertEquals(0, run.exitCode(), run.out() + run.err());
    String html = Files.readString(page);
    assertTrue(html.indexOf("assets/edition.css") < html.indexOf("assets/custom.css") && html.contains("assets/custom.css"), html);
    assertEquals(Files.readString(css), Files.readString(project.resolve("output/html/assets/custom.css")));
    String packaged = Files.readString(project.resolve("output/html/assets/edition.css"));
    assertTrue(packaged.contains(".tei-") || packaged.length() > 1000, "the packaged stylesheet is still there");

    // Editing it copies the assets again and leaves the pages as they are.
    Object before = Files.readAttributes(page, BasicFileAttributes.class).fileKey();
    Files.writeString(css, ".tei-persName { font-variant: small-caps; color: #333; }\n");
    assertEquals(0, build().exitCode());
    assertEquals(before, Files.readAttributes(page, BasicFileAttributes.class).fileKey(), "a page was written again");
    assertTrue(Files.readString(project.resolve("output/html/assets/custom.css")).contains("#333"));
  }
}
