package org.edition.transform;

/** A stylesheet that does not compile or fails while running. */
public final class StylesheetException extends Exception {
  private final boolean notCompiled;

  public StylesheetException(String message, Throwable cause) {
    this(message, cause, false);
  }

  private StylesheetException(String message, Throwable cause, boolean notCompiled) {
    super(message, cause);
    this.notCompiled = notCompiled;
  }

  /** A stylesheet that does not compile: no document can be published with it. */
  public static StylesheetException notCompiled(String message, Throwable cause) {
    return new StylesheetException(message, cause, true);
  }

  /**
   * Whether the failure is the stylesheet's, whatever the document: it does not compile, or it
   * stopped itself ({@code xsl:message terminate="yes"}), which asks for the whole run to stop.
   */
  public boolean stopsTheRun() {
    if (notCompiled) {
      return true;
    }
    for (Throwable t = getCause(); t != null; t = t.getCause()) {
      if (t instanceof net.sf.saxon.trans.XPathException x && x.getErrorCodeQName() != null
          && x.getErrorCodeQName().getLocalPart().equals("XTMM9000")) {
        return true;
      }
      if (t instanceof net.sf.saxon.s9api.SaxonApiException s && s.getErrorCode() != null
          && "XTMM9000".equals(s.getErrorCode().getLocalName())) {
        return true;
      }
    }
    return false;
  }

  /** A transform error with the stylesheet line where it happened. */
  public static String describe(net.sf.saxon.s9api.SaxonApiException e) {
    String where =
        e.getSystemId() == null ? "" : " (" + e.getSystemId() + ":" + e.getLineNumber() + ")";
    return e.getMessage() + where + messageOf(e);
  }

  /** What a stylesheet said as it stopped itself (xsl:message terminate="yes"), if it did. */
  private static String messageOf(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof net.sf.saxon.trans.XPathException x && x.getErrorObject() != null) {
        try {
          net.sf.saxon.om.Item first = x.getErrorObject().head();
          String said = first == null ? "" : first.getStringValue().trim();
          return said.isEmpty() ? "" : ": " + said;
        } catch (net.sf.saxon.trans.XPathException unreadable) {
          return "";
        }
      }
    }
    return "";
  }
}
