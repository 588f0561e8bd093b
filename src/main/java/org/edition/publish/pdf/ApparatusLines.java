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
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of a rendering, for a critical apparatus keyed by line: FOP neither numbers lines nor
 * says where one falls. Read from a rendering: the lines of running text on each page (text of
 * the body's size; notes, apparatus and running heads are smaller) and, for each lemma's
 * destination (apx__TEXT__LEMMA), its page and the number of its line on that page; for each
 * entry's (ape__TEXT__LEMMA), whether it was printed on its lemma's page. Then every fifth line of
 * the pages that carry an apparatus is numbered in the margin, as an artifact (not a word of the
 * text for a screen reader). A witness's page break, a bar in the line (apf__TEXT__N__LABEL, its
 * siglum and folio in the name), has its siglum and folio set in the outer margin of its line
 * the same way: the bar may stand inside a word, the folio never does.
 */
final class ApparatusLines {
  static final String PREFIX = "apx__";
  /** An apparatus entry's destination: where it was printed. */
  static final String ENTRY_PREFIX = "ape__";
  /** The call of the footnote that keeps the room of a lemma's entries. */
  static final String CALL_PREFIX = "aph__";
  /** A note call's destination in a text with an apparatus: its note is set at the foot with the entries. */
  static final String NOTE_PREFIX = "apn__";
  /** A witness's page break: its bar's destination, its label's code points joined by "-". */
  static final String FOLIO_PREFIX = "apf__";
  /** Running text is set at 10 pt (fo/book.xsl); notes and apparatus at 8 or 8.5. */
  private static final float BODY_SIZE = 9.5f;

  private ApparatusLines() {}

  /** A line of running text: its baseline from the page's top, and where it starts and ends. */
  record Line(float baseline, float left, float right) {}

  /** A witness's page break: its page, its top in the PDF's coordinates, its siglum and folio. */
  record Folio(int page, float top, String label) {}

  /**
   * What a rendering says: each lemma's place ("TEXT__LEMMA" to "PAGE LINE"), the page each note
   * is called on ("note TEXT__NOTE" to "PAGE"), each page's first footnote ("first PAGE" to "apx
   * TEXT__LEMMA" or "note TEXT__NOTE": where the page's notes and entries are set from), the
   * running lines of each page, and the entries printed on another page than their lemma's.
   */
  record Placed(Map<String, String> lemmata, Map<Integer, List<Line>> lines, List<String> astray, List<Folio> folios) {
    boolean any() {
      return !lemmata.isEmpty();
    }
  }

  /** Where a destination is: its page, and its top and left in the PDF's coordinates. */
  private record Place(int page, float top, float left) {
    /** Whether it comes after another in reading order: lower, or on the same line and further right. */
    boolean after(Place other) {
      return top < other.top - 2 || Math.abs(top - other.top) <= 2 && left > other.left;
    }
  }

  /** @param named the rendering's named destinations (NamedDestinations) */
  static Placed read(PDDocument document, Map<String, PDPageDestination> named) throws IOException {
    Map<String, Place> lemmaPlaces = new TreeMap<>();
    Map<String, Place> entryPlaces = new TreeMap<>();
    Map<String, Place> roomCalls = new TreeMap<>();
    Map<String, Place> callPlaces = new TreeMap<>();
    List<Folio> folios = new ArrayList<>();
    for (Map.Entry<String, PDPageDestination> name : named.entrySet()) {
      if (!(name.getValue() instanceof PDPageXYZDestination xyz) || xyz.retrievePageNumber() < 0) {
        continue;
      }
      Place place = new Place(xyz.retrievePageNumber(), xyz.getTop(), xyz.getLeft());
      if (name.getKey().startsWith(PREFIX)) {
        lemmaPlaces.put(name.getKey().substring(PREFIX.length()), place);
      } else if (name.getKey().startsWith(ENTRY_PREFIX)) {
        entryPlaces.put(name.getKey().substring(ENTRY_PREFIX.length()), place);
      } else if (name.getKey().startsWith(CALL_PREFIX)) {
        roomCalls.put(name.getKey().substring(CALL_PREFIX.length()), place);
      } else if (name.getKey().startsWith(NOTE_PREFIX)) {
        callPlaces.put(name.getKey().substring(NOTE_PREFIX.length()), place);
      } else if (name.getKey().startsWith(FOLIO_PREFIX)) {
        folios.add(new Folio(place.page(), place.top(), folioLabel(name.getKey())));
      }
    }
    Map<Integer, List<Line>> lines = new TreeMap<>();
    for (Folio folio : folios) {
      lines.computeIfAbsent(folio.page(), page -> linesOf(document, page));
    }
    if (lemmaPlaces.isEmpty()) {
      return new Placed(Map.of(), lines, List.of(), folios);
    }
    // the pages between the first lemma and the last are numbered too
    TreeSet<Integer> pages = new TreeSet<>();
    lemmaPlaces.values().forEach(p -> pages.add(p.page()));
    for (int page = pages.first(); page <= pages.last(); page++) {
      lines.computeIfAbsent(page, p -> linesOf(document, p));
    }
    Map<String, String> lemmata = new TreeMap<>();
    lemmaPlaces.forEach((key, place) -> {
      float fromTop = document.getPage(place.page()).getMediaBox().getHeight() - place.top();
      List<Line> onPage = lines.get(place.page());
      int number = onPage.size();
      for (int i = 0; i < onPage.size(); i++) {
        if (onPage.get(i).baseline() >= fromTop - 0.5f) {
          number = i + 1;
          break;
        }
      }
      lemmata.put(key, place.page() + " " + Math.max(1, number));
    });
    // each page's first footnote, a lemma's or a note's: the page's foot is set from it
    Map<Integer, Map.Entry<String, Place>> firstCall = new HashMap<>();
    roomCalls.forEach((key, place) -> firstCall.merge(place.page(), Map.entry("apx " + key, place),
        (a, b) -> b.getValue().after(a.getValue()) ? a : b));
    callPlaces.forEach((key, place) -> {
      lemmata.put("note " + key, String.valueOf(place.page()));
      firstCall.merge(place.page(), Map.entry("note " + key, place), (a, b) -> b.getValue().after(a.getValue()) ? a : b);
    });
    firstCall.forEach((page, call) -> lemmata.put("first " + page, call.getKey()));
    List<String> astray = new ArrayList<>();
    entryPlaces.forEach((key, place) -> {
      Place lemma = lemmaPlaces.get(key);
      if (lemma != null && lemma.page() != place.page()) {
        astray.add(key);
      }
    });
    return new Placed(lemmata, lines, astray, folios);
  }

  /** The label a folio's destination carries: "apf__TEXT__N__86-32-49-50-51-118" is "V 123v". */
  static String folioLabel(String name) {
    String code = name.substring(name.lastIndexOf("__") + 2);
    StringBuilder label = new StringBuilder();
    for (String point : code.split("-")) {
      if (point.matches("[0-9]{1,7}")) {
        label.appendCodePoint(Integer.parseInt(point));
      }
    }
    return label.toString();
  }

  /** Numbers every fifth running line of the pages an apparatus is on, in the left margin; sets
   * each witness's folio in the right margin of its bar's line. */
  static void number(PDDocument document, Placed placed) throws IOException {
    if (!placed.any() && placed.folios().isEmpty()) {
      return;
    }
    PDType0Font font;
    // the book face, whose figures are old-style as the text's
    try (InputStream in = new java.io.ByteArrayInputStream(org.edition.publish.BundledFonts.bytes(
        org.edition.publish.BundledFonts.BOOK_FACES.get(0)))) {
      font = PDType0Font.load(document, in, true);
    }
    for (Map.Entry<Integer, List<Line>> page : placed.lines().entrySet()) {
      List<Line> lines = page.getValue();
      PDPage pdfPage = document.getPage(page.getKey());
      float height = pdfPage.getMediaBox().getHeight();
      float left = (float) lines.stream().mapToDouble(Line::left).min().orElse(0);
      float right = (float) lines.stream().mapToDouble(Line::right).max().orElse(pdfPage.getMediaBox().getWidth() - left);
      List<Folio> folios = placed.folios().stream().filter(f -> f.page() == page.getKey()).toList();
      try (PDPageContentStream out = new PDPageContentStream(document, pdfPage, PDPageContentStream.AppendMode.APPEND, true, true)) {
        out.beginMarkedContent(COSName.ARTIFACT);
        // a witness's folio in the outer margin, on the line of its bar (two on a line, one under the other)
        Map<Integer, Integer> onLine = new HashMap<>();
        for (Folio folio : folios) {
          float fromTop = height - folio.top();
          float baseline = fromTop + 7;
          int line = -1;
          for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).baseline() >= fromTop - 0.5f) {
              baseline = lines.get(i).baseline();
              line = i;
              break;
            }
          }
          int before = onLine.merge(line, 1, Integer::sum) - 1;
          out.beginText();
          out.setFont(font, 7);
          out.newLineAtOffset(right + 8, height - baseline - before * 8);
          out.showText(shown(font, folio.label()));
          out.endText();
        }
        if (lines.size() < 5) {
          out.endMarkedContent();
          continue;
        }
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

  /** A label as the margin's font can draw it: a character it has no glyph for left out. */
  private static String shown(PDType0Font font, String label) {
    StringBuilder shown = new StringBuilder();
    label.codePoints().forEach(c -> {
      String character = new String(Character.toChars(c));
      try {
        font.encode(character);
        shown.append(character);
      } catch (IOException | IllegalArgumentException e) {
        // a character the font has no glyph for is left out
      }
    });
    return shown.toString();
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
              float[] line = byBaseline.computeIfAbsent(key, k -> new float[] {p.getYDirAdj(), p.getXDirAdj(), 0});
              line[1] = Math.min(line[1], p.getXDirAdj());
              line[2] = Math.max(line[2], p.getXDirAdj() + p.getWidthDirAdj());
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
        lines.add(new Line(last.baseline(), Math.min(last.left(), line[1]), Math.max(last.right(), line[2])));
      } else {
        lines.add(new Line(line[0], line[1], line[2]));
      }
    }
    return lines;
  }
}
