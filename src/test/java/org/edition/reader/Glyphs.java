package org.edition.reader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Which characters of what a page paints no font the page loads can draw: the question a reader's
 * eye asks of a page ("a box, a question mark, a letter from some font of the machine"), asked
 * of the fonts alone. For a built website page or an EPUB content document: the fonts are those
 * of the {@code @font-face} rules of the stylesheets it links (and of its own {@code <style>}),
 * their {@code src} addresses read relative to the stylesheet, each font's character map read
 * with FontBox (TrueType, or WOFF 1.0 as the website ships them), limited by the rule's
 * {@code unicode-range}. A character is drawn when one such font has it; a font of the machine
 * does not count (the page must look the same everywhere).
 *
 * <p>Not asked of: white space, controls, and the characters that are never drawn themselves
 * (format characters such as U+00AD soft hyphen, U+200C/U+200D, bidi marks, U+2060 word joiner;
 * variation selectors).
 *
 * <pre>
 * Map&lt;Integer, String&gt; missing = Glyphs.missing(Path.of("out/html/text.html"), paintedText);
 * assertEquals(Map.of(), missing);   // or: {57344=U+E000 PRIVATE USE AREA E000}
 * </pre>
 */
public final class Glyphs {
  private Glyphs() {}

  /** A font a page loads: its file and the characters its rule lets it draw (null: all). */
  public record Font(String family, Path file, List<int[]> range) {
    /** Whether this font draws the character. */
    public boolean draws(int codePoint) {
      if (range != null && range.stream().noneMatch(r -> codePoint >= r[0] && codePoint <= r[1])) {
        return false;
      }
      return cmap(file).getGlyphId(codePoint) > 0;
    }
  }

  /**
   * The characters of {@code paintedText} that no font {@code page} loads draws, in order, each
   * with its code point and name ("U+0364 COMBINING LATIN SMALL LETTER E"); empty when every
   * character has a glyph.
   */
  public static Map<Integer, String> missing(Path page, String paintedText) {
    List<Font> fonts = fonts(page);
    Map<Integer, String> missing = new TreeMap<>();
    paintedText.codePoints().distinct().filter(c -> !neverDrawn(c)).forEach(c -> {
      if (fonts.stream().noneMatch(f -> f.draws(c))) {
        missing.put(c, describe(c));
      }
    });
    return missing;
  }

  /** "U+0364 COMBINING LATIN SMALL LETTER E" (an unassigned code point: "U+0378 unassigned"). */
  public static String describe(int codePoint) {
    String name = Character.getName(codePoint);
    return String.format("U+%04X %s", codePoint, name == null ? "unassigned" : name);
  }

  /** Whether a character is never drawn by a glyph of its own, so never asked about. */
  public static boolean neverDrawn(int c) {
    int type = Character.getType(c);
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL
        || type == Character.FORMAT || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF)
        || c == 0x034F;
  }

  /** The fonts a page loads, in the order of its stylesheets. */
  public static List<Font> fonts(Path page) {
    Document html;
    try {
      html = Jsoup.parse(page.toFile(), "UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Font> fonts = new ArrayList<>();
    for (Element link : html.select("link[href]")) {
      if (!link.attr("rel").toLowerCase(java.util.Locale.ROOT).contains("stylesheet")) {
        continue;
      }
      Path css = resolve(page, link.attr("href"));
      if (css != null && Files.isRegularFile(css)) {
        try {
          fonts.addAll(fontFaces(Files.readString(css, StandardCharsets.UTF_8), css));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    for (Element style : html.select("style")) {
      fonts.addAll(fontFaces(style.data(), page));
    }
    return fonts;
  }

  private static final Pattern FONT_FACE = Pattern.compile("@font-face\\s*\\{([^}]*)\\}");
  private static final Pattern FAMILY = Pattern.compile("font-family\\s*:\\s*([^;]+)");
  private static final Pattern SRC = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)");
  private static final Pattern RANGE = Pattern.compile("unicode-range\\s*:\\s*([^;]+)");

  /** The {@code @font-face} rules of a stylesheet, their addresses relative to {@code base}. */
  static List<Font> fontFaces(String css, Path base) {
    List<Font> fonts = new ArrayList<>();
    Matcher rule = FONT_FACE.matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
    while (rule.find()) {
      String body = rule.group(1);
      Matcher family = FAMILY.matcher(body);
      Matcher range = RANGE.matcher(body);
      List<int[]> ranges = range.find() ? ranges(range.group(1)) : null;
      int src = body.indexOf("src");
      Matcher url = SRC.matcher(src < 0 ? "" : body.substring(src));
      // the first source the page can read (a browser takes the first it can use)
      while (url.find()) {
        Path file = resolve(base, url.group(2));
        if (file != null && Files.isRegularFile(file)) {
          fonts.add(new Font(family.find() ? family.group(1).trim().replaceAll("^[\"']|[\"']$", "") : "", file, ranges));
          break;
        }
      }
    }
    return fonts;
  }

  /** "U+20-7E, U+A0, U+4??" as ranges of code points. */
  static List<int[]> ranges(String value) {
    List<int[]> ranges = new ArrayList<>();
    for (String part : value.split(",")) {
      String p = part.trim().toUpperCase(java.util.Locale.ROOT).replaceFirst("^U\\+", "");
      if (p.isEmpty()) {
        continue;
      }
      if (p.contains("?")) {
        ranges.add(new int[] {Integer.parseInt(p.replace('?', '0'), 16), Integer.parseInt(p.replace('?', 'F'), 16)});
      } else if (p.contains("-")) {
        String[] ends = p.split("-");
        ranges.add(new int[] {Integer.parseInt(ends[0], 16), Integer.parseInt(ends[1].replaceFirst("^U\\+", ""), 16)});
      } else {
        int c = Integer.parseInt(p, 16);
        ranges.add(new int[] {c, c});
      }
    }
    return ranges;
  }

  /** An address of a page or stylesheet as a file, or null (a remote address, data:). */
  private static Path resolve(Path from, String address) {
    try {
      URI uri = from.toUri().resolve(new URI(null, null, address.replaceFirst("[?#].*$", ""), null));
      return "file".equals(uri.getScheme()) ? Path.of(uri) : null;
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private static final Map<Path, CmapLookup> CMAPS = new ConcurrentHashMap<>();

  private static CmapLookup cmap(Path file) {
    return CMAPS.computeIfAbsent(file.toAbsolutePath().normalize(), f -> {
      try {
        byte[] bytes = Files.readAllBytes(f);
        if (bytes.length > 4 && ByteBuffer.wrap(bytes).getInt(0) == 0x774F4646) {
          bytes = sfnt(bytes);
        }
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes)).getUnicodeCmapLookup();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the font " + f, e);
      }
    });
  }

  /** A WOFF 1.0 file as the TrueType font it wraps. */
  static byte[] sfnt(byte[] woff) throws IOException {
    ByteBuffer in = ByteBuffer.wrap(woff);
    int flavor = in.getInt(4);
    int count = in.getShort(12) & 0xFFFF;
    List<byte[]> data = new ArrayList<>();
    List<int[]> entries = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int d = 44 + 20 * i;
      int tag = in.getInt(d);
      int offset = in.getInt(d + 4);
      int compressed = in.getInt(d + 8);
      int length = in.getInt(d + 12);
      int checksum = in.getInt(d + 16);
      byte[] table = java.util.Arrays.copyOfRange(woff, offset, offset + compressed);
      if (compressed < length) {
        Inflater inflater = new Inflater();
        inflater.setInput(table);
        byte[] out = new byte[length];
        try {
          int n = 0;
          while (n < length && !inflater.finished()) {
            n += inflater.inflate(out, n, length - n);
          }
        } catch (java.util.zip.DataFormatException e) {
          throw new IOException("a damaged WOFF table", e);
        } finally {
          inflater.end();
        }
        table = out;
      }
      data.add(table);
      entries.add(new int[] {tag, checksum, length});
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteBuffer header = ByteBuffer.allocate(12 + 16 * count);
    int power = Integer.highestOneBit(Math.max(count, 1));
    header.putInt(flavor).putShort((short) count).putShort((short) (power * 16))
        .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (count * 16 - power * 16));
    int offset = 12 + 16 * count;
    for (int i = 0; i < count; i++) {
      int[] e = entries.get(i);
      header.putInt(e[0]).putInt(e[1]).putInt(offset).putInt(e[2]);
      offset += (e[2] + 3) & ~3;
    }
    out.writeBytes(header.array());
    for (byte[] table : data) {
      out.writeBytes(table);
      for (int pad = table.length; pad % 4 != 0; pad++) {
        out.write(0);
      }
    }
    return out.toByteArray();
  }
}
