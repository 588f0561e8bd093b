package org.edition.transform;

import java.net.URI;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;

/**
 * The normalisation pass (xslt/transforms/normalize.xsl: the passes of xslt/transforms/, in order), run once on each text and register before any format
 * renders it: every format is handed the same normalised tree, so what a mention is, how notes,
 * paragraphs and lines are numbered, heading levels and the styles a {@code @rend} asks for are
 * decided once.
 */
public final class Normalization {
  private static final QName ENTRY = new QName("normalize");

  private final Stylesheets stylesheets;
  private final URI stylesheet;
  private final Supplier<Map<QName, XdmValue>> parameters;
  private final Consumer<StylesheetMessage> said;

  /**
   * @param stylesheet transforms/normalize.xsl, or the edition's xslt/custom/normalize.xsl
   * @param parameters those of every format (the registers, for the mentions' entries), asked
   *     for when the first text is normalised
   */
  public Normalization(Stylesheets stylesheets, URI stylesheet, Supplier<Map<QName, XdmValue>> parameters,
      Consumer<StylesheetMessage> said) {
    this.stylesheets = stylesheets;
    this.stylesheet = stylesheet;
    this.parameters = parameters;
    this.said = said;
  }

  /** The normalised copy of a document; it keeps the document's address as its base URI. */
  public XdmNode apply(XdmNode document) throws StylesheetException {
    try {
      Xslt30Transformer transformer = Transformations.load(
          stylesheets.get(stylesheet), stylesheet, parameters.get(), document, said);
      XdmDestination result = new XdmDestination();
      if (document.getBaseURI() != null) {
        result.setBaseURI(document.getBaseURI());
      }
      transformer.callTemplate(ENTRY, result);
      return result.getXdmNode();
    } catch (SaxonApiException e) {
      throw new StylesheetException("cannot normalise " + document.getBaseURI() + ": " + StylesheetException.describe(e), e);
    }
  }
}
