package org.edition.publish.html;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.edition.load.TeiDocument;
import org.edition.publish.StagedOutput;
import org.edition.transform.StylesheetException;
import org.edition.transform.StylesheetMessage;
import org.edition.transform.Stylesheets;

/**
 * The copy of a text's TEI the website publishes for download (tei/ID.xml), written from the
 * tree the build read, before normalisation (html/tei-copy.xsl), rather than copied byte for byte: a browser opens it as
 * a document of the site, so what would run there (an XHTML script, an SVG onload, an XSLT
 * stylesheet) is taken out, and nothing of the editors' machine (a DOCTYPE's files, xml:base)
 * goes with it.
 */
final class TeiCopy {
  static final String XSL = "html/tei-copy.xsl";

  private TeiCopy() {}

  /** Writes the copy of {@code text} to {@code to}, a new file. */
  static void write(Stylesheets stylesheets, URI stylesheet, TeiDocument text, Path to, Consumer<StylesheetMessage> said)
      throws StylesheetException, IOException {
    try (java.io.OutputStream out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(StagedOutput.freshFile(to)))) {
      write(stylesheets, stylesheet, text, out, said);
    }
  }

  /** Writes the copy of {@code text} to {@code to} (a stream, which stays open). */
  static void write(Stylesheets stylesheets, URI stylesheet, TeiDocument text, java.io.OutputStream to,
      Consumer<StylesheetMessage> said) throws StylesheetException, IOException {
    XdmNode tree = text.source();
    try {
      Xslt30Transformer transformer = org.edition.transform.Transformations.load(
          stylesheets.get(stylesheet), stylesheet, Map.of(), tree, said);
      transformer.applyTemplates(tree, transformer.newSerializer(to));
    } catch (SaxonApiException e) {
      throw new StylesheetException("cannot write the TEI copy of " + text.path() + ": " + StylesheetException.describe(e), e);
    }
  }
}
