package org.edition.check;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the bytes of a file before any parser sees them: bytes that are not UTF-8, and files
 * whose XML declaration names another encoding than the one they are written in, which a parser
 * would otherwise read without complaint and turn into garbled text.
 */
final class EncodingCheck {
  private static final Pattern DECLARED =
      Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

  private EncodingCheck() {}

  /** Reports to {@code sink}; returns false when the file cannot be parsed meaningfully. */
  static boolean check(byte[] bytes, DiagnosticSink sink) {
    String wide = wideEncoding(bytes);
    if (wide != null) {
      sink.error(1, 1, "the file is " + wide + ": save it as UTF-8");
      return false;
    }
    if (isUtf16(bytes)) {
      sink.warning(1, 1, "the file is UTF-16: the edition's files should be UTF-8");
      return true;
    }
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    String prolog =
        new String(bytes, start, Math.min(bytes.length - start, 256), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED.matcher(prolog);
    String declared = m.find() ? m.group(1) : "UTF-8";
    boolean declaredUtf8 = declared.toUpperCase(Locale.ROOT).replace("_", "-").matches("UTF-?8");
    int[] badByte = firstMalformedUtf8(bytes, start);
    if (declaredUtf8) {
      if (badByte != null) {
        sink.error(
            badByte[0],
            badByte[1],
            String.format(
                "the file is not UTF-8: byte 0x%02X cannot be read as UTF-8; save the file as"
                    + " UTF-8 (or declare its real encoding in <?xml encoding=...?>)",
                bytes[badByte[2]] & 0xFF));
        return false;
      }
      return true;
    }
    if (badByte == null && hasNonAscii(bytes, start)) {
      sink.error(
          1,
          1,
          "the XML declaration says encoding=\""
              + declared
              + "\" but the file is written in UTF-8: its accented letters would be read wrongly;"
              + " declare encoding=\"UTF-8\"");
      return false;
    }
    sink.warning(
        1, 1, "the file is declared as " + declared + ": the edition's files should be UTF-8");
    return true;
  }

  /**
   * The encoding of a file written in two or four bytes a character that the parser cannot read
   * as it is, known by its first four bytes (XML 1.0, appendix F: those of "&lt;?xml" or of the
   * root's "&lt;"): UTF-32, which XML parsers need not read and Xerces does not, or UTF-16
   * without the byte order mark XML requires of it (taken for UTF-8, its zero bytes and accented
   * letters made the message speak of bytes that are not UTF-8). Null for any other file.
   */
  static String wideEncoding(byte[] b) {
    if (b.length < 4) {
      return null;
    }
    int b0 = b[0] & 0xFF;
    int b1 = b[1] & 0xFF;
    int b2 = b[2] & 0xFF;
    int b3 = b[3] & 0xFF;
    if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF || b0 == 0 && b1 == 0 && b2 == 0 && b3 != 0) {
      return "UTF-32 (big-endian), which XML parsers need not read (edition does not)";
    }
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0 || b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0) {
      return "UTF-32 (little-endian), which XML parsers need not read (edition does not)";
    }
    if (b0 == 0 && b1 != 0 && b2 == 0 && b3 != 0) {
      return "UTF-16 (big-endian) without the byte order mark that XML requires of UTF-16";
    }
    if (b0 != 0 && b1 == 0 && b2 != 0 && b3 == 0 && !isUtf16(b)) {
      return "UTF-16 (little-endian) without the byte order mark that XML requires of UTF-16";
    }
    return null;
  }

  private static boolean isUtf16(byte[] b) {
    return b.length >= 2
        && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
            || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE));
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
  }

  private static boolean hasNonAscii(byte[] bytes, int start) {
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] < 0) {
        return true;
      }
    }
    return false;
  }

  /** Line, column and offset of the first byte that is not UTF-8, or null if all are. */
  private static int[] firstMalformedUtf8(byte[] bytes, int start) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(8192);
    int line = 1;
    int column = 1;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      out.flip();
      while (out.hasRemaining()) {
        char c = out.get();
        if (c == '\n') {
          line++;
          column = 1;
        } else if (!Character.isLowSurrogate(c)) {
          column++;
        }
      }
      out.clear();
      if (result.isError()) {
        return new int[] {line, column, in.position()};
      }
      if (result.isUnderflow()) {
        return null;
      }
    }
  }
}
