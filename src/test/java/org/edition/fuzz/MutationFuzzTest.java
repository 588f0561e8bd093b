package org.edition.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.edition.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mutation fuzzer of our own, driven by JUnit: real TEI files, mutated at random (bytes cut,
 * repeated, swapped; markup, entities, DOCTYPEs, includes and odd characters inserted; attributes
 * hundreds of kilobytes long, elements nested thousands deep, entities blown up), are fed to
 * validation and to the HTML build. Every outcome must be a result or a diagnostic: exit code 0
 * or 1, no stack trace, no hang. The CI run is short; for a long run:
 * {@code mvn test -Dtest=MutationFuzzTest -Dfuzz.iterations=20000 -Dfuzz.seed=1}.
 */
class MutationFuzzTest {
  private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 80);
  private static final long SEED = Long.getLong("fuzz.seed", 20261125L);
  /** Every how many mutants one also goes through the HTML build. */
  private static final int BUILD_EVERY = 6;
  private static final String[] INSERTS = {
    "<", ">", "&", "&amp;", "&unknown;", "&#0;", "&#x110000;", "]]>", "<![CDATA[", "<!--", "-->", "<?pi x?>",
    "<hi>", "</hi>", "</p>", "<p>", "<note>", "</note>", "<choice><sic>a</sic></choice>", "<div><head>x</head></div>",
    "xml:id=\"p-1\"", " xml:lang=\"he\"", " ref=\"javascript:alert(1)\"", " target=\"#nowhere\"",
    "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"/etc/passwd\" parse=\"text\"/>",
    "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"fuzz.xml\"/>",
    "<!DOCTYPE TEI [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", "\u0000", "\uFFFE", "\uD800", "\u202E", "שלום",
    "<m:math xmlns:m=\"http://www.w3.org/1998/Math/MathML\"><m:mi>x</m:mi></m:math>", "<foreign xmlns=\"urn:x\">y</foreign>",
    "<list><item>a</item><label>b</label></list>", "<table><row><cell cols=\"-1\">c</cell></row></table>",
    "<pb n=\"\"/>", "<lb break=\"no\"/>", "<app><rdg wit=\"#A\">r</rdg></app>", "<graphic url=\"data:text/html,x\"/>"
  };

  @TempDir Path dir;

  private static List<Path> seeds() {
    Path shared = Cli.shared().resolve("corpus/docs");
    return List.of(
        Cli.root().resolve("tei/leylavergne-travail.xml"),
        Cli.root().resolve("tei/forum-fil.xml"),
        Cli.root().resolve("tei/registers.xml"),
        shared.resolve("tei-stylesheets-tests/testapp2.xml"),
        shared.resolve("tei-publisher/CIDTC-3823-cortez.xml"),
        shared.resolve("isicily-epidoc/ISic000001.xml"));
  }

  @Test
  void everyMutantGetsAResultOrADiagnostic() throws Exception {
    Random random = new Random(SEED);
    List<byte[]> seeds = new ArrayList<>();
    for (Path seed : seeds()) {
      seeds.add(Files.readAllBytes(seed));
    }
    for (int i = 0; i < ITERATIONS; i++) {
      byte[] mutant = mutate(seeds.get(random.nextInt(seeds.size())), random);
      Path file = dir.resolve("fuzz.xml");
      Files.write(file, mutant);
      boolean build = i % BUILD_EVERY == 0;
      int iteration = i;
      Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> build
          ? Cli.run("build", "--html", "-o", dir.resolve("out").toString(), file.toString())
          : Cli.run("validate", file.toString()),
          () -> "mutant " + iteration + " (seed " + SEED + ") hangs");
      String what = "mutant " + iteration + " (seed " + SEED + "), " + (build ? "build" : "validate") + ":\n"
          + run.out() + run.err();
      assertTrue(run.exitCode() == 0 || run.exitCode() == 1, what);
      assertFalse((run.out() + run.err()).contains("\tat "), "stack trace for " + what);
      assertFalse(run.err().contains("Exception in thread"), what);
    }
  }

  private static byte[] mutate(byte[] seed, Random random) {
    String text = new String(seed, StandardCharsets.UTF_8);
    int mutations = 1 + random.nextInt(4);
    for (int m = 0; m < mutations && !text.isEmpty(); m++) {
      int at = random.nextInt(text.length());
      int length = Math.min(text.length() - at, 1 + random.nextInt(200));
      switch (random.nextInt(9)) {
        case 0 -> text = text.substring(0, at) + text.substring(at + length); // cut
        case 1 -> text = text.substring(0, at) + text.substring(at, at + length) + text.substring(at); // repeat
        case 2 -> text = text.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)] + text.substring(at);
        case 3 -> text = text.substring(0, at); // truncated
        case 4 -> { // swap two spans
          int other = random.nextInt(text.length());
          int a = Math.min(at, other);
          int b = Math.max(at, other);
          if (b + length <= text.length() && a + length <= b) {
            text = text.substring(0, a) + text.substring(b, b + length) + text.substring(a + length, b)
                + text.substring(a, a + length) + text.substring(b + length);
          }
        }
        case 6 -> { // an attribute of a length from ordinary to pathological, on some start tag
          int tag = text.indexOf("<p", at);
          if (tag > 0 && tag + 2 < text.length() && (text.charAt(tag + 2) == '>' || text.charAt(tag + 2) == ' ')) {
            int n = new int[] {100, 5_000, 40_000, 300_000}[random.nextInt(4)];
            text = text.substring(0, tag + 2) + " rend=\"" + "r".repeat(n) + "\"" + text.substring(tag + 2);
          }
        }
        case 7 -> { // elements nested from a few to far too deep
          int depth = new int[] {10, 300, 900, 2_500}[random.nextInt(4)];
          int p = text.indexOf("<p>", at);
          if (p > 0) {
            text = text.substring(0, p + 3) + "<hi>".repeat(depth) + "profond" + "</hi>".repeat(depth) + text.substring(p + 3);
          }
        }
        case 8 -> { // an internal entity, small or large, used a few or thousands of times
          int root = text.indexOf("<TEI");
          int p = text.indexOf("<p>", at);
          if (root >= 0 && p > root && !text.contains("<!DOCTYPE")) {
            int size = new int[] {10, 1_000, 100_000}[random.nextInt(3)];
            int uses = new int[] {1, 50, 5_000}[random.nextInt(3)];
            text = text.substring(0, root) + "<!DOCTYPE TEI [<!ENTITY fz \"" + "e".repeat(size) + "\">]>\n"
                + text.substring(root, p + 3) + "&fz;".repeat(uses) + text.substring(p + 3);
          }
        }
        default -> { // a random byte
          byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
          bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
          return bytes;
        }
      }
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
