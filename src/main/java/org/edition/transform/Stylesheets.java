package org.edition.transform;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;

/** The stylesheets of a run, each compiled once and shared by every document and thread. */
public final class Stylesheets {
  private final Processor processor;
  private final Map<URI, XsltExecutable> compiled = new ConcurrentHashMap<>();

  public Stylesheets(Processor processor) {
    this.processor = processor;
  }

  public Processor processor() {
    return processor;
  }

  /**
   * The compiled stylesheet at {@code uri}.
   *
   * @throws StylesheetException with every compile error, file and line, if it does not compile
   */
  public XsltExecutable get(URI uri) throws StylesheetException {
    XsltExecutable executable = compiled.get(uri);
    if (executable != null) {
      return executable;
    }
    synchronized (this) {
      executable = compiled.get(uri);
      if (executable == null) {
        executable = compile(uri);
        compiled.put(uri, executable);
      }
      return executable;
    }
  }

  private XsltExecutable compile(URI uri) throws StylesheetException {
    XsltCompiler compiler = processor.newXsltCompiler();
    List<String> errors = new ArrayList<>();
    compiler.setErrorReporter(
        e -> {
          if (!e.isWarning()) {
            String where =
                e.getLocation() == null
                    ? ""
                    : e.getLocation().getSystemId() + ":" + e.getLocation().getLineNumber() + ": ";
            errors.add(where + e.getMessage());
          }
        });
    try {
      return compiler.compile(new StreamSource(uri.toString()));
    } catch (SaxonApiException e) {
      throw new StylesheetException(
          "the stylesheet " + uri + " does not compile: "
              + (errors.isEmpty() ? e.getMessage() : String.join("; ", errors)),
          e);
    }
  }
}
