package org.edition.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.edition.Cli;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The stylesheets' names, strictly as xslTNG has them: each prefix bound to one namespace in
 * every file, and each kind of name in its own pair of namespaces (functions f: and fp:, named
 * templates t: and tp:, modes m: and mp:), the public one an override point, the private one not.
 */
@Tag("fast")
class StylesheetNamesTest {
  private static final Map<String, String> PREFIXES = Map.of(
      "f", "urn:x-edition:function", "fp", "urn:x-edition:private",
      "t", "urn:x-edition:template", "tp", "urn:x-edition:template-private",
      "m", "urn:x-edition:mode", "mp", "urn:x-edition:mode-private");
  private static final Pattern DECLARATION = Pattern.compile("xmlns:(\\w+)=\"([^\"]*)\"");
  private static final Pattern FUNCTION = Pattern.compile("<xsl:function\\s+name=\"(\\w+):");
  private static final Pattern TEMPLATE = Pattern.compile("<xsl:(?:template|call-template)\\s[^>]*?name=\"(\\w+):");
  private static final Pattern MODE = Pattern.compile("(?<![\\w-])mode=\"([^\"]+)\"|<xsl:mode\\s+name=\"([^\"]+)\"");

  private static List<Path> stylesheets() throws IOException {
    try (Stream<Path> files = Files.walk(Cli.root().resolve("xslt"))) {
      return files.filter(f -> f.toString().endsWith(".xsl")).sorted().toList();
    }
  }

  @Test
  void everyPrefixNamesOneNamespaceAndEveryNameItsKind() throws IOException {
    List<String> wrong = new ArrayList<>();
    List<Path> files = stylesheets();
    for (Path file : files) {
      String xsl = Files.readString(file);
      String name = Cli.root().resolve("xslt").relativize(file).toString();
      Matcher d = DECLARATION.matcher(xsl);
      while (d.find()) {
        String expected = PREFIXES.get(d.group(1));
        if (expected != null && !expected.equals(d.group(2))) {
          wrong.add(name + ": xmlns:" + d.group(1) + " is " + d.group(2) + ", not " + expected);
        }
      }
      check(FUNCTION.matcher(xsl), List.of("f", "fp"), name, "function", wrong);
      check(TEMPLATE.matcher(xsl), List.of("t", "tp"), name, "named template", wrong);
      Matcher m = MODE.matcher(xsl);
      while (m.find()) {
        String modes = m.group(1) != null ? m.group(1) : m.group(2);
        for (String mode : modes.trim().split("\\s+")) {
          if (!mode.startsWith("#") && !(mode.startsWith("m:") || mode.startsWith("mp:"))) {
            wrong.add(name + ": mode " + mode + " is neither m: nor mp:");
          }
        }
      }
    }
    assertTrue(files.size() > 50, "the stylesheets are read: " + files.size());
    assertEquals(List.of(), wrong);
  }

  private static void check(Matcher names, List<String> allowed, String file, String kind, List<String> wrong) {
    while (names.find()) {
      if (!allowed.contains(names.group(1))) {
        wrong.add(file + ": " + kind + " in " + names.group(1) + ": (" + String.join(": or ", allowed) + ": only)");
      }
    }
  }
}
