package org.edition.transform;

import java.util.Map;
import java.util.function.Consumer;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * How every publisher sets up a transformation: its parameters, its global context item, and
 * where what the stylesheet says goes (its warnings and messages reach the build's diagnostics
 * rather than nowhere, or a terminal nobody reads).
 */
public final class Transformations {
  private Transformations() {}

  /**
   * @param main the stylesheet's address, for what it says without a location of its own
   */
  public static Xslt30Transformer load(XsltExecutable stylesheet, java.net.URI main, Map<QName, XdmValue> parameters,
      XdmItem context, Consumer<StylesheetMessage> said) throws SaxonApiException {
    Xslt30Transformer transformer = stylesheet.load30();
    transformer.setErrorReporter(error -> {
      if (error.isWarning()) {
        said.accept(new StylesheetMessage(where(error.getLocation(), main),
            error.getLocation() == null ? 0 : Math.max(error.getLocation().getLineNumber(), 0),
            error.getMessage().strip()));
      }
    });
    transformer.setMessageHandler(message -> {
      if (!message.isTerminate()) {
        said.accept(new StylesheetMessage(where(message.getLocation(), main),
            message.getLocation() == null ? 0 : Math.max(message.getLocation().getLineNumber(), 0),
            message.getStringValue().strip()));
      }
    });
    transformer.setStylesheetParameters(parameters);
    if (context != null) {
      transformer.setGlobalContextItem(context);
    }
    return transformer;
  }

  private static String where(javax.xml.transform.SourceLocator location, java.net.URI main) {
    return location == null || location.getSystemId() == null ? main.toString() : location.getSystemId();
  }
}
