package org.edition.publish.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;

/** A word's glyphs drawn again, each where it was, in another order, in spans of their own. */
final class GlyphOrder {
  private GlyphOrder() {}

  /**
   * A word's glyphs drawn again, each where it was, in groups: a right-to-left word's letters
   * first and its glyphs that read as nothing (the dots of a Noto Naskh letter, drawn by FOP
   * before their letter) after them, in spans of no text (PDFBox reads a glyph mapped to
   * nothing as U+0000, and sets a space where a dot drawn ahead of its letter leaves a gap; a
   * span of several right-to-left characters Poppler 22 reads turned around); a left-to-right
   * letter with its marks in a span of their text, the letter first, its marks from right to
   * left, the letter again in text rendering mode 3 (which paints nothing): PDFBox gives the
   * span's text to its first glyph and sets a space where a glyph starts well after the one
   * before ends, Poppler sets the text from where the first glyph starts to where the last
   * ends, so each glyph starts left of where the one before ends and the last ends where the
   * letter does (a mark past the letter's end after the letter again, unseen, ending at the
   * mark). The pages look the same. Only where each glyph is shown alone, placed by Td, and no
   * text is drawn on after the word from where its last glyph ends.
   */
  static List<Object> redraw(List<Object> tokens, Redraw word) {
    Map<COSString, Integer> at = new IdentityHashMap<>();
    for (int t = 0; t < tokens.size(); t++) {
      if (tokens.get(t) instanceof COSString string) {
        at.put(string, t);
      } else if (tokens.get(t) instanceof COSArray array && array.size() == 1 && array.get(0) instanceof COSString string) {
        at.put(string, t);
      }
    }
    if (!at.keySet().containsAll(word.strings())) {
      return tokens;
    }
    int first = at.get(word.strings().get(0));
    int last = at.get(word.strings().get(word.strings().size() - 1)) + 1;
    // from the Td that places the first glyph
    while (first >= 3 && tokens.get(first - 1) instanceof Operator td && "Td".equals(td.getName())) {
      first -= 3;
    }
    List<double[]> place = new ArrayList<>();
    List<List<Object>> glyphs = new ArrayList<>();
    double x = 0;
    double y = 0;
    List<Object> operands = new ArrayList<>();
    for (int k = first; k <= last; k++) {
      if (!(tokens.get(k) instanceof Operator op)) {
        operands.add(tokens.get(k));
        continue;
      }
      if ("Td".equals(op.getName()) && operands.size() == 2 && operands.get(0) instanceof org.apache.pdfbox.cos.COSNumber dx
          && operands.get(1) instanceof org.apache.pdfbox.cos.COSNumber dy) {
        x += dx.floatValue();
        y += dy.floatValue();
      } else if (("Tj".equals(op.getName()) || "TJ".equals(op.getName())) && operands.size() == 1 && oneGlyph(operands.get(0))) {
        COSString string = operands.get(0) instanceof COSString s ? s : (COSString) ((COSArray) operands.get(0)).get(0);
        if (glyphs.size() >= word.strings().size() || word.strings().get(glyphs.size()) != string) {
          return tokens;
        }
        place.add(new double[] {x, y});
        glyphs.add(List.of(operands.get(0), op));
      } else {
        return tokens;
      }
      operands.clear();
    }
    if (!operands.isEmpty() || glyphs.size() != word.strings().size() || drawsOn(tokens, last + 1)) {
      return tokens;
    }
    List<Object> out = new ArrayList<>(tokens.subList(0, first));
    double cx = 0;
    double cy = 0;
    for (Group group : word.groups()) {
      if (group.text() != null) {
        COSDictionary properties = new COSDictionary();
        properties.setItem(COSName.ACTUAL_TEXT, new COSString(group.text()));
        out.add(COSName.getPDFName("Span"));
        out.add(properties);
        out.add(Operator.getOperator("BDC"));
      }
      List<double[]> draws = new ArrayList<>();
      if (group.letter() < 0) {
        for (int g : group.glyphs()) {
          draws.add(new double[] {g, place.get(g)[0], place.get(g)[1], 0});
        }
      } else {
        // the letter, its marks from right to left, the letter again (unseen): each glyph
        // starts left of where the one before ends, and the last ends where the letter does;
        // a mark right of the letter's end after the letter again (unseen), ending at the mark
        int letter = group.letter();
        double[] origin = place.get(letter);
        draws.add(new double[] {letter, origin[0], origin[1], 0});
        List<Integer> marks = new ArrayList<>(group.glyphs().subList(1, group.glyphs().size()));
        marks.sort((a, b) -> Double.compare(place.get(b)[0], place.get(a)[0]));
        double advance = group.advance() / 1000 * fontSize(tokens, first);
        double right = place.get(marks.get(0))[0];
        if (advance > 0 && right > origin[0] + advance) {
          draws.add(new double[] {letter, right - advance, origin[1], 1});
        }
        for (int g : marks) {
          draws.add(new double[] {g, place.get(g)[0], place.get(g)[1], 0});
        }
        draws.add(new double[] {letter, origin[0], origin[1], 1});
      }
      for (double[] draw : draws) {
        int g = (int) draw[0];
        move(out, draw[1] - cx, draw[2] - cy);
        cx = draw[1];
        cy = draw[2];
        if (draw[3] == 0) {
          out.addAll(glyphs.get(g));
        } else {
          out.add(COSInteger.THREE);
          out.add(Operator.getOperator("Tr"));
          out.add(new COSString(word.strings().get(g).getBytes()));
          out.add(Operator.getOperator("Tj"));
          out.add(COSInteger.get(renderingMode(tokens, first)));
          out.add(Operator.getOperator("Tr"));
        }
      }
      if (group.text() != null) {
        out.add(Operator.getOperator("EMC"));
      }
    }
    move(out, x - cx, y - cy);
    out.addAll(tokens.subList(last + 1, tokens.size()));
    return out;
  }

  /** The font size (Tf) in effect before a token. */
  private static float fontSize(List<Object> tokens, int before) {
    for (int t = before - 1; t >= 2; t--) {
      if (tokens.get(t) instanceof Operator op && "Tf".equals(op.getName())
          && tokens.get(t - 1) instanceof org.apache.pdfbox.cos.COSNumber size) {
        return size.floatValue();
      }
    }
    return 0;
  }

  /** The text rendering mode (Tr) in effect before a token. */
  private static int renderingMode(List<Object> tokens, int before) {
    Deque<Integer> saved = new ArrayDeque<>();
    int mode = 0;
    for (int t = 0; t < before; t++) {
      if (tokens.get(t) instanceof Operator op) {
        switch (op.getName()) {
          case "q" -> saved.push(mode);
          case "Q" -> mode = saved.isEmpty() ? 0 : saved.pop();
          case "Tr" -> mode = t >= 1 && tokens.get(t - 1) instanceof org.apache.pdfbox.cos.COSNumber n ? n.intValue() : mode;
          default -> { }
        }
      }
    }
    return mode;
  }

  private static boolean oneGlyph(Object operand) {
    if (operand instanceof COSString string) {
      return string.getBytes().length == 2;
    }
    return operand instanceof COSArray array && array.size() == 1 && array.get(0) instanceof COSString string
        && string.getBytes().length == 2;
  }

  /** Whether text is shown after a place before anything sets where it starts (after a span, when the last glyph's advance counts). */
  private static boolean drawsOn(List<Object> tokens, int from) {
    for (int k = from; k < tokens.size(); k++) {
      if (tokens.get(k) instanceof Operator op) {
        switch (op.getName()) {
          case "Tj", "TJ", "'", "\"" -> {
            return true;
          }
          case "ET", "Td", "TD", "Tm", "T*", "BT" -> {
            return false;
          }
          default -> { }
        }
      }
    }
    return false;
  }

  private static void move(List<Object> out, double dx, double dy) {
    if (Math.abs(dx) > 1e-6 || Math.abs(dy) > 1e-6) {
      out.add(new org.apache.pdfbox.cos.COSFloat((float) dx));
      out.add(new org.apache.pdfbox.cos.COSFloat((float) dy));
      out.add(Operator.getOperator("Td"));
    }
  }

  /** A word's glyphs drawn again: its strings (each a glyph), in the order of the page, and the groups to draw them in. */
  record Redraw(List<COSString> strings, List<Group> groups) {}

  /**
   * Glyphs of a word drawn one after the other (places in its strings), in a span of a text or
   * not (null); for a letter with its marks, the letter's place (-1: none), drawn first, again
   * (unseen) last, and how far it advances, in thousandths of the font size.
   */
  record Group(List<Integer> glyphs, String text, int letter, float advance) {}
}
