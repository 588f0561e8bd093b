package org.edition.publish.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A font's ToUnicode map as the text layer reads its glyphs, and the codes it added (another
 * reading of a glyph) drawing the glyph they were added for, at its width.
 */
final class ToUnicodeMaps {
  private ToUnicodeMaps() {}

  /**
   * Writes a font's ToUnicode map, and for the codes added their glyph (CIDToGIDMap) and width.
   *
   * @param text what each code reads as
   * @param added for a glyph's code, each other reading and the code added for it
   * @param glyphs how many glyphs the subset has (the codes FOP gave them: 0 to glyphs - 1)
   * @param next the code after the last one added
   */
  static void write(PDDocument document, COSDictionary type0, Map<Integer, String> text,
      Map<Integer, Map<String, Integer>> added, int glyphs, int next) throws IOException {
    Map<Integer, String> all = new TreeMap<>(text);
    Map<Integer, Integer> glyphOfCode = new TreeMap<>();
    for (Map.Entry<Integer, Map<String, Integer>> glyph : added.entrySet()) {
      for (Map.Entry<String, Integer> code : glyph.getValue().entrySet()) {
        all.put(code.getValue(), code.getKey());
        glyphOfCode.put(code.getValue(), glyph.getKey());
      }
    }
    COSStream toUnicode = document.getDocument().createCOSStream();
    try (OutputStream out = toUnicode.createOutputStream(COSName.FLATE_DECODE)) {
      out.write(cmap(all).getBytes(StandardCharsets.US_ASCII));
    }
    type0.setItem(COSName.TO_UNICODE, toUnicode);
    if (glyphOfCode.isEmpty()) {
      return;
    }
    COSDictionary descendant = (COSDictionary) ((COSArray) type0.getDictionaryObject(COSName.DESCENDANT_FONTS)).getObject(0);
    // the codes added draw the glyph of the code they were added for (the subset's glyphs
    // are numbered as FOP's codes: CIDToGIDMap Identity until now)
    ByteArrayOutputStream map = new ByteArrayOutputStream();
    for (int cid = 0; cid < next; cid++) {
      int glyph = glyphOfCode.getOrDefault(cid, cid);
      map.write(glyph >> 8);
      map.write(glyph);
    }
    COSStream cidToGid = document.getDocument().createCOSStream();
    try (OutputStream out = cidToGid.createOutputStream(COSName.FLATE_DECODE)) {
      map.writeTo(out);
    }
    descendant.setItem(COSName.CID_TO_GID_MAP, cidToGid);
    COSArray widths = (COSArray) descendant.getDictionaryObject(COSName.W);
    if (widths == null) {
      widths = new COSArray();
      descendant.setItem(COSName.W, widths);
    }
    int[] width = widthsByCode(widths, glyphs);
    for (Map.Entry<Integer, Integer> code : glyphOfCode.entrySet()) {
      int w = code.getValue() < width.length ? width[code.getValue()] : -1;
      if (w >= 0) {
        widths.add(COSInteger.get(code.getKey()));
        COSArray one = new COSArray();
        one.add(COSInteger.get(w));
        widths.add(one);
      }
    }
  }

  private static int[] widthsByCode(COSArray w, int glyphs) {
    int[] width = new int[glyphs];
    java.util.Arrays.fill(width, -1);
    for (int i = 0; i < w.size(); ) {
      int first = ((org.apache.pdfbox.cos.COSNumber) w.getObject(i)).intValue();
      COSBase second = w.getObject(i + 1);
      if (second instanceof COSArray list) {
        for (int k = 0; k < list.size(); k++) {
          set(width, first + k, ((org.apache.pdfbox.cos.COSNumber) list.getObject(k)).intValue());
        }
        i += 2;
      } else {
        int last = ((org.apache.pdfbox.cos.COSNumber) second).intValue();
        int value = ((org.apache.pdfbox.cos.COSNumber) w.getObject(i + 2)).intValue();
        for (int c = first; c <= last; c++) {
          set(width, c, value);
        }
        i += 3;
      }
    }
    return width;
  }

  private static void set(int[] width, int at, int value) {
    if (at >= 0 && at < width.length) {
      width[at] = value;
    }
  }

  /** A ToUnicode CMap: each code (two bytes) and the UTF-16 of what it reads as. */
  static String cmap(Map<Integer, String> text) {
    StringBuilder cmap = new StringBuilder("""
        /CIDInit /ProcSet findresource begin
        12 dict begin
        begincmap
        /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
        /CMapName /Adobe-Identity-UCS def
        /CMapType 2 def
        1 begincodespacerange
        <0000> <FFFF>
        endcodespacerange
        """);
    List<Map.Entry<Integer, String>> entries = new ArrayList<>(text.entrySet());
    for (int from = 0; from < entries.size(); from += 100) {
      List<Map.Entry<Integer, String>> block = entries.subList(from, Math.min(entries.size(), from + 100));
      cmap.append(block.size()).append(" beginbfchar\n");
      for (Map.Entry<Integer, String> entry : block) {
        cmap.append(String.format("<%04X> <", entry.getKey()));
        for (char c : entry.getValue().toCharArray()) {
          cmap.append(String.format("%04X", (int) c));
        }
        cmap.append(">\n");
      }
      cmap.append("endbfchar\n");
    }
    return cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
  }
}
