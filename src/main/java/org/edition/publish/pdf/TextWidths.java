package org.edition.publish.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import net.sf.saxon.expr.XPathContext;
import net.sf.saxon.lib.ExtensionFunctionCall;
import net.sf.saxon.lib.ExtensionFunctionDefinition;
import net.sf.saxon.om.Sequence;
import net.sf.saxon.om.StructuredQName;
import net.sf.saxon.trans.XPathException;
import net.sf.saxon.value.DoubleValue;
import net.sf.saxon.value.SequenceType;

/**
 * {@code j:text-width($text, $points)}: how wide a line of words is in the print's faces at that
 * size, in points: each character in the first of the book face, DejaVu Serif and DejaVu Sans
 * that has it, as FOP falls back (else as half an em). FOP sizes no table column by its content and sets no
 * apparatus run on: the stylesheet measures words for the cast list's columns and the room of a
 * page's apparatus (fo/modules/blocks.xsl, apparatus.xsl).
 */
public final class TextWidths extends ExtensionFunctionDefinition {
  private static final String NAMESPACE = org.edition.publish.Format.FUNCTIONS_NAMESPACE;
  private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

  /** The fonts, read from the jar when a book first measures words (a book without needs none). */
  private static final class Fonts {
    static final java.util.List<Font> CHAIN = java.util.stream.Stream.of(
            org.edition.publish.BundledFonts.BOOK_FACES.get(0),
            org.edition.publish.BundledFonts.SERIF_FACES.get(0),
            org.edition.publish.BundledFonts.SANS_FACES.get(0))
        .map(TextWidths::font).filter(java.util.Objects::nonNull).toList();
  }

  private static Font font(org.edition.publish.BundledFonts.Face face) {
    try (InputStream in = new java.io.ByteArrayInputStream(org.edition.publish.BundledFonts.bytes(face))) {
      return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(1000f);
    } catch (IOException | FontFormatException e) {
      return null;
    }
  }

  /** The width of a text at a size, in points. */
  static double width(String text, double points) {
    double thousandths = 0;
    StringBuilder run = new StringBuilder();
    Font current = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      Font font = Fonts.CHAIN.stream().filter(f -> f.canDisplay(c)).findFirst().orElse(null);
      if (font != current && run.length() > 0) {
        thousandths += measure(current, run);
        run.setLength(0);
      }
      current = font;
      run.appendCodePoint(c);
    }
    thousandths += measure(current, run);
    return thousandths * points / 1000;
  }

  private static double measure(Font font, CharSequence run) {
    if (run.length() == 0) {
      return 0;
    }
    if (font == null) {
      return 500.0 * run.codePoints().count();
    }
    return font.getStringBounds(run.toString(), CONTEXT).getWidth();
  }

  @Override
  public StructuredQName getFunctionQName() {
    return new StructuredQName("j", NAMESPACE, "text-width");
  }

  @Override
  public SequenceType[] getArgumentTypes() {
    return new SequenceType[] {SequenceType.SINGLE_STRING, SequenceType.SINGLE_DOUBLE};
  }

  @Override
  public SequenceType getResultType(SequenceType[] suppliedArgumentTypes) {
    return SequenceType.SINGLE_DOUBLE;
  }

  @Override
  public ExtensionFunctionCall makeCallExpression() {
    return new ExtensionFunctionCall() {
      @Override
      public Sequence call(XPathContext context, Sequence[] arguments) throws XPathException {
        String text = arguments[0].head().getStringValue();
        double points = ((net.sf.saxon.value.NumericValue) arguments[1].head()).getDoubleValue();
        return new DoubleValue(width(text, points));
      }
    };
  }
}
