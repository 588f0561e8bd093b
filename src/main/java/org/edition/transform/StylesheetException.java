package org.edition.transform;

/** A stylesheet that does not compile or fails while running. */
public final class StylesheetException extends Exception {
  public StylesheetException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A transform error with the stylesheet line where it happened. */
  public static String describe(net.sf.saxon.s9api.SaxonApiException e) {
    String where =
        e.getSystemId() == null ? "" : " (" + e.getSystemId() + ":" + e.getLineNumber() + ")";
    return e.getMessage() + where;
  }
}
