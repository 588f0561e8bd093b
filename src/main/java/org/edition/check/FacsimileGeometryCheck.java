package org.edition.check;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.streams.Steps;

/**
 * Where a page's surfaces, zones and lines say they are ({@code @ulx @uly @lrx @lry}, {@code
 * @points}): each a finite number within reach of any picture, a box wider and taller than
 * nothing. "INF", "NaN", 1e308 or a box drawn backwards stopped the page's rendering or made a
 * IIIF canvas no viewer opens; such a value is an error at its element, and the stylesheets
 * leave that geometry out (common/functions.xsl, f:box), the text itself being published.
 */
final class FacsimileGeometryCheck {
  /** The largest coordinate taken, in the page's units: pictures are bounded far below it. */
  static final double MAX_COORDINATE = 1_000_000;
  private static final String TEI = TeiRootCheck.TEI_NS;
  private static final String[] CORNERS = {"ulx", "uly", "lrx", "lry"};

  private FacsimileGeometryCheck() {}

  static void check(Path file, XdmNode document, Consumer<Diagnostic> out) {
    document.select(Steps.descendant(TEI, "facsimile").cat(Steps.descendant(TEI, "sourceDoc")))
        .flatMap(part -> part.select(Steps.descendantOrSelf()))
        .filter(e -> e.getNodeKind() == XdmNodeKind.ELEMENT)
        .forEach(e -> element(file, e, out));
  }

  private static void element(Path file, XdmNode e, Consumer<Diagnostic> out) {
    String name = "<" + e.getNodeName().getLocalName() + ">";
    double[] corners = new double[4];
    int given = 0;
    boolean sound = true;
    for (int i = 0; i < 4; i++) {
      String written = e.attribute(CORNERS[i]);
      if (written == null) {
        continue;
      }
      given++;
      corners[i] = coordinate(written);
      if (Double.isNaN(corners[i])) {
        sound = false;
        error(file, e, out, "@" + CORNERS[i] + "=\"" + shorten(written) + "\" on " + name + " is not a coordinate"
            + " (a number from -1,000,000 to 1,000,000): the element's place on the page is left out");
      }
    }
    if (sound && given == 4 && (corners[2] <= corners[0] || corners[3] <= corners[1])) {
      error(file, e, out, name + " is drawn backwards or flat (ulx " + number(corners[0]) + ", uly " + number(corners[1])
          + ", lrx " + number(corners[2]) + ", lry " + number(corners[3]) + "): lrx must be larger than ulx, lry than"
          + " uly; the element's place on the page is left out");
    }
    String points = e.attribute("points");
    if (points != null) {
      for (String point : points.strip().split("[\\s,]+")) {
        if (!point.isEmpty() && Double.isNaN(coordinate(point))) {
          error(file, e, out, "@points on " + name + " holds \"" + shorten(point) + "\", not a coordinate (a number"
              + " from -1,000,000 to 1,000,000): the element's outline is left out");
          break;
        }
      }
    }
  }

  /** A coordinate as written, or NaN when it is not one (INF, NaN, 1e308, a word). */
  private static double coordinate(String written) {
    String s = written.strip();
    // XML Schema's lexical forms only: Java would read "Infinity", "0x1p3" or "1d" too
    if (!s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
      return Double.NaN;
    }
    double value = Double.parseDouble(s);
    return Math.abs(value) <= MAX_COORDINATE ? value : Double.NaN;
  }

  private static String number(double n) {
    return n == Math.rint(n) ? String.valueOf((long) n) : String.format(Locale.ROOT, "%s", n);
  }

  private static String shorten(String s) {
    return s.length() > 30 ? s.substring(0, 30) + "…" : s;
  }

  private static void error(Path file, XdmNode e, Consumer<Diagnostic> out, String message) {
    out.accept(Diagnostic.error(FacsimileCheck.fileOf(file, e), e.getLineNumber(), e.getColumnNumber(),
        FacsimileCheck.NAME, message));
  }
}
