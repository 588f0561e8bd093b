package org.edition.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.edition.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Tag;

/**
 * edition.rng (Jing) and edition.xsd (Xerces) say the same thing: both accept the edition and
 * valid variants of it, both reject each broken variant; and what they accept tei_all accepts.
 */
@Tag("fast")
class SchemaAgreementTest {
  private static RelaxNgCheck rng;
  private static XsdCheck xsd;
  private static RelaxNgCheck teiAll;
  private static String article;

  @TempDir static Path dir;

  @BeforeAll
  static void load() throws Exception {
    DiagnosticSink ignored = new DiagnosticSink(Path.of("schema"), "schema");
    rng = RelaxNgCheck.load(Cli.root().resolve("schemas/edition.rng").toUri(), ignored);
    xsd = XsdCheck.load(Cli.root().resolve("schemas/edition.xsd").toUri(), ignored);
    teiAll = RelaxNgCheck.load(Cli.teiAll().toUri(), ignored);
    article = Files.readString(Cli.root().resolve("tei/leylavergne-travail.xml"));
  }

  private static boolean valid(SchemaCheck check, Path file) throws Exception {
    DiagnosticSink sink = new DiagnosticSink(file, check.name());
    check.check(new ParsedFile(file, null), sink);
    return !sink.hasErrors();
  }

  private static Path variant(String name, String from, String to) throws Exception {
    assertTrue(article.contains(from), "the article has no «" + from + "»");
    Path file = dir.resolve(name + ".xml");
    Files.writeString(file, article.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    return file;
  }

  static Stream<Arguments> invalidVariants() {
    return Stream.of(
        Arguments.of("no-title", "<title type=\"main\">Travail et crise du conflit politique dans les sociétés occidentales</title>\n        <title type=\"sub\">Ne plus perdre sa vie à la gagner</title>", ""),
        Arguments.of("unknown-attribute", "<p>Le travail tel que", "<p colour=\"red\">Le travail tel que"),
        Arguments.of("div-in-p", "Absurdité constitutive.</p>", "Absurdité constitutive.<div><p>x</p></div></p>"),
        Arguments.of("renamed-closer", "<closer>", "<closing>"),
        Arguments.of("choice-without-corr", "<choice><sic>bureaucrate</sic><corr>bureaucratie</corr></choice>", "<choice><sic>bureaucrate</sic></choice>"),
        Arguments.of("head-after-p", "<head>L’âge du travail programmé</head>", "<p>avant</p><head>L’âge du travail programmé</head>"),
        Arguments.of("bad-level", "<title level=\"j\" ref=\"registers.xml#work-travail\">", "<title level=\"journal\" ref=\"registers.xml#work-travail\">"),
        Arguments.of("no-body", "<body>", "<bodyx>"),
        Arguments.of("bad-when", "<date when=\"1960\">", "<date when=\"vers 1960\">"),
        Arguments.of("id-twice", "xml:id=\"note-2\"", "xml:id=\"note-1\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidVariants")
  void bothRejectABrokenVariant(String name, String from, String to) throws Exception {
    Path file = variant(name, from, to);
    assertFalse(valid(rng, file), "edition.rng accepts " + name);
    assertFalse(valid(xsd, file), "edition.xsd accepts " + name);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"leylavergne-travail.xml", "forum-fil.xml", "registers.xml"})
  void allThreeAcceptTheEdition(String file) throws Exception {
    Path tei = Cli.root().resolve("tei").resolve(file);
    assertTrue(valid(rng, tei));
    assertTrue(valid(xsd, tei));
    assertTrue(valid(teiAll, tei));
  }

  static Stream<Arguments> validVariants() {
    return Stream.of(
        Arguments.of("no-encodingDesc", "<encodingDesc>", "<encodingDesc><p>Voir ci-dessous.</p>"),
        Arguments.of("verse", "<p>Cette remise en chantier", "<lg type=\"stanza\"><l n=\"1\">Un vers</l><l n=\"2\">Un autre</l></lg><p>Cette remise en chantier"),
        Arguments.of("table", "<p>Cette remise en chantier", "<table><row role=\"label\"><cell>A</cell><cell>B</cell></row><row><cell>1</cell><cell cols=\"1\">2</cell></row></table><p>Cette remise en chantier"),
        Arguments.of("figure", "<p>Cette remise en chantier", "<figure><graphic url=\"image.png\" width=\"10cm\"/><figDesc>Une image</figDesc></figure><p>Cette remise en chantier"),
        Arguments.of("pb-after-p", "<p>Cette remise en chantier", "<p>Avant</p><pb n=\"12\"/><p>Cette remise en chantier"),
        Arguments.of("abbr", "RMI", "<choice><abbr>RMI</abbr><expan>revenu minimum d’insertion</expan></choice>"),
        Arguments.of("gap-in-p", "Misère !...", "Misère !... <gap reason=\"illegible\" unit=\"word\" quantity=\"2\"/>"),
        Arguments.of("hi", "Absurdité constitutive.", "<hi rend=\"italic bold\">Absurdité</hi> constitutive."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validVariants")
  void whatOurSchemasAcceptTeiAllAccepts(String name, String from, String to) throws Exception {
    Path file = variant(name, from, to);
    boolean byRng = valid(rng, file);
    assertTrue(byRng, "edition.rng rejects " + name);
    assertEquals(byRng, valid(xsd, file), "edition.xsd disagrees on " + name);
    assertTrue(valid(teiAll, file), "tei_all rejects " + name);
  }
}
