package org.edition.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.edition.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every script is printed and shown: Arabic, Hebrew, Chinese and Japanese in the Noto fonts the
 * toolkit ships, polytonic Greek in the book face (EB Garamond), Old Church Slavonic and a German
 * u with an e above in Noto Serif (behind it and DejaVu Serif); the build reports no missing glyph.
 * An EPUB carries the Arabic and Hebrew fonts whole where it has their letters (joined by GSUB,
 * points placed by GPOS), the 15 MB CJK font and Noto Serif cut down to the book's characters that
 * the faces before it lack (and the letters those marks sit on); the website the same, as WOFF.
 */
class ScriptFontsTest {
  @TempDir Path dir;

  @Test
  void arabicHebrewChineseJapaneseAndGreekArePrintedAndShown() throws Exception {
    Path texts = dir.resolve("texts");
    org.edition.TeiFixture.write(texts, "scripts", "Scripts", "en", """
        <p>Arabic: <foreign xml:lang="ar">بسم الله الرحمن الرحيم</foreign>.</p>
        <p>Hebrew: <foreign xml:lang="he">בְּרֵאשִׁית בָּרָא אֱלֹהִים</foreign>.</p>
        <p>Chinese: <foreign xml:lang="zh">學而時習之，不亦說乎</foreign>.</p>
        <p>Japanese: <foreign xml:lang="ja">いろはにほへと</foreign>.</p>
        <p>Greek: <foreign xml:lang="grc">μῆνιν ἄειδε θεὰ Πηληϊάδεω Ἀχιλῆος</foreign>.</p>
        <p>Slavonic: <foreign xml:lang="cu">ᲂубити ст꙯ааго, блꙋдомѫ</foreign>; German: <foreign xml:lang="de">Unmuͤndigkeit</foreign>.</p>
        """);
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("build", "-o", out.toString(), texts.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertFalse((run.out() + run.err()).contains("no glyph"), run.out() + run.err());
    try (PDDocument pdf = Loader.loadPDF(out.resolve("pdf/scripts.pdf").toFile())) {
      Set<String> fonts = new TreeSet<>();
      for (PDPage page : pdf.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          fonts.add(page.getResources().getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
        }
      }
      for (String font : java.util.List.of("NotoNaskhArabic-Regular", "NotoSerifHebrew-Regular", "NotoSerifSC-Regular",
          "NotoSerif-Italic", "EBGaramondEdition-Italic")) {
        assertTrue(fonts.contains(font), font + " in " + fonts);
      }
      // Shaped letters are extracted in presentation forms and points apart from their letters:
      // compared on the letters alone.
      String text = Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
      for (String word : java.util.List.of("الله", "אלהים", "學而時習之", "いろはにほへと", "μηνιν", "ᲂубити", "блꙋдомѫ", "Unmundigkeit")) {
        String letters = Normalizer.normalize(word, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        assertTrue(text.contains(letters), word + " in " + text);
      }
    }
    try (java.util.zip.ZipFile epub = new java.util.zip.ZipFile(out.resolve("epub/scripts.epub").toFile())) {
      for (String whole : java.util.List.of("NotoSerifHebrew-Regular.ttf", "NotoNaskhArabic-Regular.ttf")) {
        try (org.apache.fontbox.ttf.TrueTypeFont font = font(epub, whole)) {
          assertTrue(font.getTableMap().keySet().containsAll(java.util.List.of("GSUB", "GPOS")), whole + " keeps its shaping");
        }
      }
      long cjk = epub.getEntry("OEBPS/fonts/NotoSerifSC-Regular.ttf").getSize();
      assertTrue(cjk < 30_000, "the CJK font cut down to the book's characters: " + cjk + " bytes");
      try (org.apache.fontbox.ttf.TrueTypeFont font = font(epub, "NotoSerifSC-Regular.ttf")) {
        org.apache.fontbox.ttf.CmapLookup cmap = font.getUnicodeCmapLookup();
        "學而時習之不亦說乎いろはにほへと".codePoints().forEach(c ->
            assertTrue(cmap.getGlyphId(c) != 0, "no glyph for " + Character.toString(c)));
      }
      // a foreign word is in italics
      try (org.apache.fontbox.ttf.TrueTypeFont font = font(epub, "NotoSerif-Italic.ttf")) {
        org.apache.fontbox.ttf.CmapLookup cmap = font.getUnicodeCmapLookup();
        // what the book face and DejaVu lack, and the u the e above sits on (one face draws the pair)
        "\u1C82\uA64B\uA66F\u0364u".codePoints().forEach(c ->
            assertTrue(cmap.getGlyphId(c) != 0, "Noto Serif has no glyph for U+" + Integer.toHexString(c)));
        assertTrue(cmap.getGlyphId('z') == 0, "Noto Serif carries only what the faces before it lack");
      }

    }
    // the website ships the same faces, cut down and as WOFF, and every page links them
    Path fonts = out.resolve("html/assets/fonts");
    for (String face : java.util.List.of("EBGaramondEdition-Regular.woff", "EBGaramondEdition-Italic.woff", "NotoSerif-Italic.woff", "NotoSerifHebrew-Regular.woff",
        "NotoNaskhArabic-Regular.woff", "NotoSerifSC-Regular.woff")) {
      assertTrue(Files.exists(fonts.resolve(face)), face);
    }
    assertTrue(Files.readString(out.resolve("html/scripts.html")).contains("assets/fonts.css"));
    assertEquals(java.util.Map.of(), org.edition.reader.Glyphs.missing(out.resolve("html/scripts.html"),
        org.jsoup.Jsoup.parse(out.resolve("html/scripts.html").toFile(), "UTF-8").text()));
  }

  private static org.apache.fontbox.ttf.TrueTypeFont font(java.util.zip.ZipFile epub, String file) throws java.io.IOException {
    return new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(
        epub.getInputStream(epub.getEntry("OEBPS/fonts/" + file)).readAllBytes()));
  }
}
