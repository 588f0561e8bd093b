package org.edition.publish.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.xml.transform.dom.DOMSource;
import net.sf.saxon.expr.XPathContext;
import net.sf.saxon.lib.ExtensionFunctionCall;
import net.sf.saxon.lib.ExtensionFunctionDefinition;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.om.Sequence;
import net.sf.saxon.om.StructuredQName;
import net.sf.saxon.trans.XPathException;
import net.sf.saxon.tree.iter.AxisIterator;
import net.sf.saxon.type.Type;
import net.sf.saxon.value.EmptySequence;
import net.sf.saxon.value.SequenceType;
import net.sourceforge.jeuclid.MutableLayoutContext;
import net.sourceforge.jeuclid.context.LayoutContextImpl;
import net.sourceforge.jeuclid.context.Parameter;
import net.sourceforge.jeuclid.converter.Converter;
import net.sourceforge.jeuclid.converter.ConverterPlugin;
import org.w3c.dom.Element;

/**
 * {@code j:mathml-svg($math)}: a MathML formula laid out by JEuclid and drawn as SVG, which FOP
 * embeds as vector graphics (FOP has no MathML of its own). The formula is set at 10 points in
 * DejaVu, the text's fonts, registered with Java's font system from the jar so that no machine's
 * own fonts are used; its letters become outlines, so the PDF needs no further font. The root
 * {@code svg} carries {@code j:descent}, how far the formula reaches below its baseline, in
 * points, so that the stylesheet can set it on the line's baseline. The stylesheet hands over
 * MathML already cleaned (common/mathml.xsl): nothing of another namespace reaches JEuclid.
 */
public final class MathmlDrawing extends ExtensionFunctionDefinition {
  private static final String NAMESPACE = org.edition.publish.Format.FUNCTIONS_NAMESPACE;
  static final float SIZE = 10f;

  private static final MutableLayoutContext LAYOUT = layout();

  private static MutableLayoutContext layout() {
    registerFonts();
    MutableLayoutContext layout = new LayoutContextImpl(LayoutContextImpl.getDefaultLayoutContext());
    layout.setParameter(Parameter.MATHSIZE, SIZE);
    layout.setParameter(Parameter.FONTS_SERIF, List.of("DejaVu Serif"));
    layout.setParameter(Parameter.FONTS_SANSSERIF, List.of("DejaVu Sans"));
    layout.setParameter(Parameter.FONTS_MONOSPACED, List.of("DejaVu Sans Mono"));
    layout.setParameter(Parameter.FONTS_SCRIPT, List.of("DejaVu Serif"));
    layout.setParameter(Parameter.FONTS_FRAKTUR, List.of("DejaVu Serif"));
    layout.setParameter(Parameter.FONTS_DOUBLESTRUCK, List.of("DejaVu Sans"));
    return layout;
  }

  private static void registerFonts() {
    GraphicsEnvironment fonts = GraphicsEnvironment.getLocalGraphicsEnvironment();
    for (String file : List.of("DejaVuSerif.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-Bold.ttf",
        "DejaVuSerif-BoldItalic.ttf", "DejaVuSans.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-Bold.ttf",
        "DejaVuSansMono.ttf")) {
      try (InputStream in = MathmlDrawing.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + file)) {
        if (in != null) {
          fonts.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
        }
      } catch (IOException | FontFormatException e) {
        // a face Java cannot read is drawn in the next one JEuclid finds
      }
    }
  }

  /** The formula as a DOM of its own: JEuclid copies its input with an identity transform. */
  private static org.w3c.dom.Document dom(NodeInfo math) throws XPathException {
    try {
      javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      String xml = net.sf.saxon.query.QueryResult.serialize(math);
      return factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
    } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException | IOException e) {
      throw new XPathException("cannot read the formula for drawing: " + e.getMessage());
    }
  }

  @Override
  public StructuredQName getFunctionQName() {
    return new StructuredQName("j", NAMESPACE, "mathml-svg");
  }

  @Override
  public SequenceType[] getArgumentTypes() {
    return new SequenceType[] {SequenceType.SINGLE_NODE};
  }

  @Override
  public SequenceType getResultType(SequenceType[] suppliedArgumentTypes) {
    return SequenceType.OPTIONAL_NODE;
  }

  @Override
  public ExtensionFunctionCall makeCallExpression() {
    return new ExtensionFunctionCall() {
      @Override
      public Sequence call(XPathContext context, Sequence[] arguments) throws XPathException {
        NodeInfo math = (NodeInfo) arguments[0].head();
        ConverterPlugin.DocumentWithDimension drawn;
        synchronized (LAYOUT) {
          // JEuclid's converter keeps state per call but shares its font cache: one at a time.
          drawn = Converter.getInstance().convert(dom(math), "image/svg+xml", LAYOUT);
        }
        if (drawn == null || drawn.getDocument() == null) {
          return EmptySequence.getInstance();
        }
        Element svg = drawn.getDocument().getDocumentElement();
        svg.setAttributeNS(NAMESPACE, "j:descent", Float.toString(drawn.getBaseline()));
        NodeInfo tree = context.getConfiguration().buildDocumentTree(new DOMSource(drawn.getDocument())).getRootNode();
        AxisIterator children = tree.iterateAxis(net.sf.saxon.om.AxisInfo.CHILD, n -> n.getNodeKind() == Type.ELEMENT);
        NodeInfo root = children.next();
        return root == null ? EmptySequence.getInstance() : root;
      }
    };
  }
}
