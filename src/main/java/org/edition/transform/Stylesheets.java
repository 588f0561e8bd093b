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
import org.edition.load.LayeredStylesheet;

/**
 * The stylesheets of a run, each compiled once and shared by every document and thread; a warm
 * `edition serve` keeps them from one build to the next.
 */
public final class Stylesheets {
  private final Processor processor;
  private final Map<URI, java.util.concurrent.FutureTask<XsltExecutable>> compiled = new ConcurrentHashMap<>();

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
    // A FutureTask, not a CompletableFuture: waiting on the latter inside a fork-join worker makes
    // the pool start extra workers, and the build would then run more documents at once than asked.
    java.util.concurrent.FutureTask<XsltExecutable> mine = new java.util.concurrent.FutureTask<>(() -> compile(uri));
    java.util.concurrent.FutureTask<XsltExecutable> theirs = compiled.putIfAbsent(uri, mine);
    if (theirs == null) {
      mine.run();
    }
    try {
      return (theirs == null ? mine : theirs).get();
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof StylesheetException s) {
        throw s;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StylesheetException("interrupted while compiling " + uri, e);
    }
  }

  /** Compiles these stylesheets side by side, ahead of their first use; failures wait for it. */
  public void prepare(List<URI> uris) {
    for (URI uri : uris) {
      if (!compiled.containsKey(uri)) {
        Thread compiler = new Thread(() -> {
          try {
            get(uri);
          } catch (StylesheetException | RuntimeException e) {
            // reported to whoever asks for this stylesheet
          }
        }, "compile " + uri);
        compiler.setDaemon(true);
        compiler.start();
      }
    }
  }

  private XsltExecutable compile(URI uri) throws StylesheetException {
    XsltCompiler compiler = processor.newXsltCompiler();
    boolean layered = LayeredStylesheet.is(uri);
    java.util.Set<String> layers = layered
        ? LayeredStylesheet.of(uri).layers().stream().map(URI::toString).collect(java.util.stream.Collectors.toSet())
        : java.util.Set.of();
    // An edition's customisation imports the packaged stylesheets by their edition: URI.
    compiler.setURIResolver((href, base) -> {
      if (href == null || !href.startsWith(org.edition.load.ProjectLayout.PACKAGED_SCHEME + ":")) {
        return null;
      }
      if (layers.contains(base)) {
        // set over the driver and its library, a customisation that imports one of the library's
        // modules again would put that module above the driver's own overrides
        throw new javax.xml.transform.TransformerException(href + ", imported by " + base
            + ": a customisation in xslt/custom/ imports nothing (the build sets it over the stylesheets"
            + " it customises), or imports the driver it replaces (edition:xslt/html/text.xsl, edition:xslt/fo/book.xsl, ...)");
      }
      URI packaged;
      try {
        packaged = org.edition.load.ProjectLayout.packagedResource(href);
      } catch (IllegalStateException missing) {
        packaged = null;
      }
      if (packaged == null) {
        throw new javax.xml.transform.TransformerException(href + ", imported by " + base
            + ", is not a stylesheet packaged with edition (edition:xslt/html/text.xsl, edition:xslt/fo/book.xsl, ...)");
      }
      return new StreamSource(packaged.toString());
    });
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
      return compiler.compile(layered
          ? new StreamSource(new java.io.StringReader(LayeredStylesheet.of(uri).text()), uri.toString())
          : new StreamSource(uri.toString()));
    } catch (SaxonApiException e) {
      throw StylesheetException.notCompiled(
          "the stylesheet " + uri + " does not compile: "
              + (errors.isEmpty() ? e.getMessage() : String.join("; ", errors)),
          e);
    }
  }
}
