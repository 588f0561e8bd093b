package org.edition.publish.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of a rendering, for a critical apparatus keyed by line: FOP neither numbers lines nor
 * says where one falls. Read from a rendering: the lines of running text on each page (text of
 * the body's size; notes, apparatus and running heads are smaller) and, for each lemma's
 * destination (apx__TEXT__LEMMA), its page and the number of its line on that page. Then every
 * fifth line of the pages that carry an apparatus is numbered in the margin, as an artifact (not
 * a word of the text for a screen reader).
 */
final class ApparatusLines {
  static final String PREFIX = "apx__";
  /** A note call's destination in a text with an apparatus: the apparatus goes below the notes. */
  static final String NOTE_PREFIX = "apn__";
  /** Running text is set at 10 pt (fo/book.xsl); notes and apparatus at 8 or 8.5. */
  private static final float BODY_SIZE = 9.5f;

  private ApparatusLines() {}

  /** A line of running text: its baseline from the page's top, and where it starts. */
  record Line(float baseline, float left) {}

  /** What a rendering says: each lemma's place ("PAGE LINE"), and the running lines of each page. */
  record Placed(Map<String, String> lemmata, Map<Integer, List<Line>> lines) {
    boolean any() {
      return !lemmata.isEmpty();
    }
  }

  static Placed read(PDDocument document) throws IOException {
    Map<String, int[]> destinations = new TreeMap<>();
    Map<String, Float> tops = new HashMap<>();
    Map<String, Float> lefts = new HashMap<>();
    Map<String, float[]> calls = new TreeMap<>();
    PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
    if (names == null || names.getDests() == null) {
      return new Placed(Map.of(), Map.of());
    }
    collect(names.getDests(), destinations, tops, lefts, calls);
    if (destinations.isEmpty()) {
      return new Placed(Map.of(), Map.of());
    }
    Map<Integer, List<Line>> lines = new TreeMap<>();
    for (int[] d : destinations.values()) {
      lines.computeIfAbsent(d[0], page -> linesOf(document, page));
    }
    // the pages between the first lemma and the last are numbered too
    TreeSet<Integer> pages = new TreeSet<>(lines.keySet());
    for (int page = pages.first(); page <= pages.last(); page++) {
      lines.computeIfAbsent(page, p -> linesOf(document, p));
    }
    Map<String, String> lemmata = new TreeMap<>();
    destinations.forEach((key, d) -> {
      PDPage page = document.getPage(d[0]);
      float fromTop = page.getMediaBox().getHeight() - tops.get(key);
      List<Line> onPage = lines.get(d[0]);
      int number = onPage.size();
      for (int i = 0; i < onPage.size(); i++) {
        if (onPage.get(i).baseline() >= fromTop - 0.5f) {
          number = i + 1;
          break;
        }
      }
      lemmata.put(key, d[0] + " " + Math.max(1, number));
    });
    // a page whose last call is a note's ("page N" to "note KEY"): its entries go after that note
    Map<Integer, float[]> lastLemma = new HashMap<>();
    destinations.forEach((key, d) -> {
      float[] at = {tops.get(key), lefts.get(key)};
      lastLemma.merge(d[0], at, (a, b) -> later(b, a) ? b : a);
    });
    Map<Integer, String> lastNote = new HashMap<>();
    Map<Integer, float[]> lastNoteAt = new HashMap<>();
    calls.forEach((key, at) -> {
      int page = (int) at[0];
      float[] here = {at[1], at[2]};
      if (!lastNoteAt.containsKey(page) || later(here, lastNoteAt.get(page))) {
        lastNoteAt.put(page, here);
        lastNote.put(page, key);
      }
    });
    lastNote.forEach((page, key) -> {
      if (lastLemma.containsKey(page) && later(lastNoteAt.get(page), lastLemma.get(page))) {
        lemmata.put("page " + page, "note " + key);
      }
    });
    return new Placed(lemmata, lines);
  }

  /** Numbers every fifth running line of the pages an apparatus is on, in the left margin. */
  static void number(PDDocument document, Placed placed) throws IOException {
    if (!placed.any()) {
      return;
    }
    PDType0Font font;
    try (InputStream in = ApparatusLines.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSerif.ttf")) {
      if (in == null) {
        return;
      }
      font = PDType0Font.load(document, in, true);
    }
    for (Map.Entry<Integer, List<Line>> page : placed.lines().entrySet()) {
      List<Line> lines = page.getValue();
      if (lines.size() < 5) {
        continue;
      }
      PDPage pdfPage = document.getPage(page.getKey());
      float height = pdfPage.getMediaBox().getHeight();
      float left = (float) lines.stream().mapToDouble(Line::left).min().orElse(0);
      try (PDPageContentStream out = new PDPageContentStream(document, pdfPage, PDPageContentStream.AppendMode.APPEND, true, true)) {
        out.beginMarkedContent(COSName.ARTIFACT);
        for (int i = 5; i <= lines.size(); i += 5) {
          String number = String.valueOf(i);
          float width = font.getStringWidth(number) / 1000 * 7;
          out.beginText();
          out.setFont(font, 7);
          out.newLineAtOffset(left - 9 - width, height - lines.get(i - 1).baseline());
          out.showText(number);
          out.endText();
        }
        out.endMarkedContent();
      }
    }
  }

  /** Whether a place (PDF top, left) comes after another in reading order: lower, or on the line and further right. */
  private static boolean later(float[] a, float[] b) {
    return a[0] < b[0] - 2 || Math.abs(a[0] - b[0]) <= 2 && a[1] > b[1];
  }

  private static void collect(PDNameTreeNode<PDPageDestination> node, Map<String, int[]> destinations, Map<String, Float> tops,
      Map<String, Float> lefts, Map<String, float[]> calls) throws IOException {
    Map<String, PDPageDestination> here = node.getNames();
    if (here != null) {
      for (Map.Entry<String, PDPageDestination> named : here.entrySet()) {
        if (named.getValue() instanceof PDPageXYZDestination xyz) {
          int page = xyz.retrievePageNumber();
          if (page < 0) {
            continue;
          }
          if (named.getKey().startsWith(PREFIX)) {
            String key = named.getKey().substring(PREFIX.length());
            destinations.put(key, new int[] {page});
            tops.put(key, (float) xyz.getTop());
            lefts.put(key, (float) xyz.getLeft());
          } else if (named.getKey().startsWith(NOTE_PREFIX)) {
            calls.put(named.getKey().substring(NOTE_PREFIX.length()), new float[] {page, xyz.getTop(), xyz.getLeft()});
          }
        }
      }
    }
    if (node.getKids() != null) {
      for (PDNameTreeNode<PDPageDestination> kid : node.getKids()) {
        collect(kid, destinations, tops, lefts, calls);
      }
    }
  }

  /** The running lines of a page, top to bottom. */
  private static List<Line> linesOf(PDDocument document, int page) {
    TreeMap<Integer, float[]> byBaseline = new TreeMap<>();
    try {
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          for (TextPosition p : positions) {
            if (p.getFontSizeInPt() >= BODY_SIZE && !p.getUnicode().isBlank()) {
              int key = Math.round(p.getYDirAdj() * 2);
              float[] line = byBaseline.computeIfAbsent(key, k -> new float[] {p.getYDirAdj(), p.getXDirAdj()});
              line[1] = Math.min(line[1], p.getXDirAdj());
            }
          }
        }
      };
      stripper.setStartPage(page + 1);
      stripper.setEndPage(page + 1);
      stripper.getText(document);
    } catch (IOException e) {
      return List.of();
    }
    // glyphs of one line set a hair apart (a raised note call is smaller and not counted) are one line
    List<Line> lines = new ArrayList<>();
    for (float[] line : byBaseline.values()) {
      if (!lines.isEmpty() && line[0] - lines.get(lines.size() - 1).baseline() < 4) {
        Line last = lines.remove(lines.size() - 1);
        lines.add(new Line(last.baseline(), Math.min(last.left(), line[1])));
      } else {
        lines.add(new Line(line[0], line[1]));
      }
    }
    return lines;
  }
}
