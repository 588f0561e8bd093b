package org.edition.publish.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;

/**
 * Words read as their text: each in a marked-content span whose ActualText is the text
 * (ISO 32000-1, 14.9.4), which PDFBox and Poppler read instead of the glyphs.
 */
final class ActualTextSpans {
  private ActualTextSpans() {}

  /** Where a glyph is shown: the show operator's token, the element of its array, the byte of the string. */
  record Place(int token, int element, int offset) implements Comparable<Place> {
    @Override
    public int compareTo(Place other) {
      return token != other.token ? Integer.compare(token, other.token)
          : element != other.element ? Integer.compare(element, other.element)
          : Integer.compare(offset, other.offset);
    }
  }

  /** A word to be read as its text: from before its first glyph to after its last. */
  record Span(Place first, Place last, String text) {}

  /**
   * The page's tokens with each span's marked-content sequence around its glyphs: a show
   * operator a span begins or ends within is cut there into several (TJ arrays that show the
   * same glyphs at the same places: the character codes are two bytes, to which no word spacing applies).
   */
  static List<Object> span(List<Object> tokens, List<Span> spans) {
    // at each show operator, the places (a glyph's first byte) where a span ends (before it: false) or begins (true)
    Map<Integer, TreeMap<Place, List<Object>>> cuts = new HashMap<>();
    for (Span span : spans) {
      cuts.computeIfAbsent(span.first.token, t -> new TreeMap<>())
          .computeIfAbsent(span.first, p -> new ArrayList<>()).add(span);
      Place after = new Place(span.last.token, span.last.element, span.last.offset + 2);
      cuts.computeIfAbsent(after.token, t -> new TreeMap<>())
          .computeIfAbsent(after, p -> new ArrayList<>()).add(0, Boolean.FALSE);
    }
    List<Object> out = new ArrayList<>(tokens.size() + spans.size() * 8);
    int operandsFrom = 0;
    for (int t = 0; t < tokens.size(); t++) {
      if (!(tokens.get(t) instanceof Operator operator)) {
        continue;
      }
      TreeMap<Place, List<Object>> here = cuts.get(t);
      if (here == null) {
        out.addAll(tokens.subList(operandsFrom, t + 1));
      } else {
        COSArray elements = new COSArray();
        for (Object operand : tokens.subList(operandsFrom, t)) {
          if (operand instanceof COSArray array) {
            for (COSBase item : array) {
              elements.add(item);
            }
          } else if (operand instanceof COSString string) {
            elements.add(string);
          }
        }
        COSArray shown = new COSArray();
        int element = 0;
        int offset = 0;
        for (Map.Entry<Place, List<Object>> cut : here.entrySet()) {
          Place at = cut.getKey();
          for (; element < at.element; element++, offset = 0) {
            add(shown, elements.get(element), offset);
          }
          if (element < elements.size() && elements.get(element) instanceof COSString string && at.offset > offset) {
            byte[] bytes = string.getBytes();
            shown.add(new COSString(java.util.Arrays.copyOfRange(bytes, offset, Math.min(at.offset, bytes.length))));
            offset = at.offset;
          }
          if (shown.size() > 0) {
            out.add(shown);
            out.add(Operator.getOperator("TJ"));
            shown = new COSArray();
          }
          for (Object mark : cut.getValue()) {
            if (mark instanceof Span span) {
              COSDictionary properties = new COSDictionary();
              properties.setItem(COSName.ACTUAL_TEXT, new COSString(span.text));
              out.add(COSName.getPDFName("Span"));
              out.add(properties);
              out.add(Operator.getOperator("BDC"));
            } else {
              out.add(Operator.getOperator("EMC"));
            }
          }
        }
        for (; element < elements.size(); element++, offset = 0) {
          add(shown, elements.get(element), offset);
        }
        if (shown.size() > 0) {
          out.add(shown);
          out.add(Operator.getOperator("TJ"));
        }
      }
      operandsFrom = t + 1;
    }
    out.addAll(tokens.subList(operandsFrom, tokens.size()));
    return out;
  }

  /** An element of a TJ array, a string from a byte on. */
  private static void add(COSArray shown, COSBase element, int offset) {
    if (element instanceof COSString string && offset > 0) {
      byte[] bytes = string.getBytes();
      if (offset < bytes.length) {
        shown.add(new COSString(java.util.Arrays.copyOfRange(bytes, offset, bytes.length)));
      }
    } else {
      shown.add(element);
    }
  }
}
