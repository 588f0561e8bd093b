package org.edition.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/** A build knows every file a stylesheet is made of, however its imports and doc() calls are quoted. */
@Tag("fast")
class StylesheetFilesTest {
  @TempDir Path dir;

  @Test
  void importsIncludesAndLiteralDocCallsAreFollowedInEitherQuote() throws Exception {
    Files.createDirectories(dir.resolve("modules"));
    Files.writeString(dir.resolve("main.xsl"), """
        <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
          <xsl:import href='modules/a.xsl'/>
          <xsl:include href="modules/b.xsl"/>
          <xsl:variable name="one" select="doc('labels/one.xml')"/>
          <xsl:variable name="two" select='doc("labels/two.xml")'/>
          <xsl:variable name="three" select="doc(&quot;labels/three.xml&quot;)"/>
          <xsl:variable name="four">{doc(&apos;labels/four.xml&apos;)}</xsl:variable>
        </xsl:stylesheet>
        """);
    Files.writeString(dir.resolve("modules/a.xsl"), """
        <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
          <xsl:include href="../shared.xsl"/>
        </xsl:stylesheet>
        """);
    Files.writeString(dir.resolve("modules/b.xsl"), """
        <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
          <xsl:import href="a.xsl"/>
        </xsl:stylesheet>
        """);
    Files.writeString(dir.resolve("shared.xsl"), "<xsl:stylesheet version=\"3.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"/>");
    Set<URI> files = StylesheetFiles.closure(List.of(dir.resolve("main.xsl").toUri()));
    Set<String> names = new TreeSet<>();
    files.forEach(u -> names.add(dir.toUri().relativize(u).toString()));
    assertEquals(new TreeSet<>(List.of("main.xsl", "modules/a.xsl", "modules/b.xsl", "shared.xsl", "labels/one.xml",
        "labels/two.xml", "labels/three.xml", "labels/four.xml")), names);
    assertEquals(8, files.size(), "each file once");
  }
}
