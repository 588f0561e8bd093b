package org.edition.check;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.Xslt30Transformer;

/**
 * Schematron, compiled to XSLT by SchXslt2 once per run and run on Saxon-HE. The SVRL report gives
 * an XPath for each finding; evaluated on the line-numbered tree, it gives the line and column an
 * editor needs.
 */
public final class SchematronCheck implements SchemaCheck {
  private static final String SCHXSLT = "http://dmaus.name/ns/2023/schxslt";
  private static final String SVRL = "http://purl.oclc.org/dsdl/svrl";

  /**
   * How long the rules a document names itself may run on it before they are stopped: 30 s, or
   * the system property edition.document-rules-seconds.
   */
  static java.time.Duration documentRulesTime() {
    return java.time.Duration.ofSeconds(Long.getLong("edition.document-rules-seconds", 30));
  }

  private final URI schemaUri;
  private final XsltExecutable validation;
  private final Processor processor;
  private final SharedDocuments documents;
  private final boolean sandboxed;

  private SchematronCheck(URI schemaUri, XsltExecutable validation, Processor processor,
      java.util.List<java.nio.file.Path> readable, boolean sandboxed) {
    this.schemaUri = schemaUri;
    this.validation = validation;
    this.processor = processor;
    this.documents = new SharedDocuments(readable);
    this.sandboxed = sandboxed;
  }

  /** Opens documents from the run's pool (see SharedDocuments). */
  void usePool(org.edition.load.DocumentPool pool) {
    documents.usePool(pool);
  }

  /**
   * Loads rules the edition chose (the project's, or --schema): they open only the files inside
   * {@code readable} with {@code doc()}.
   */
  static SchematronCheck load(URI schemaUri, Processor processor, java.nio.file.Path transpiled,
      java.util.List<java.nio.file.Path> readable) throws SchemaLoadException {
    return load(schemaUri, processor, transpiled, readable, false);
  }

  /**
   * Loads rules a document names itself: they are compiled and run in a {@link RuleSandbox} that
   * reads nothing but the files of {@code edition} (and, as they are compiled, of the schema's
   * own folder), and are stopped after {@link #documentRulesTime()}.
   */
  static SchematronCheck loadFromDocument(URI schemaUri, java.nio.file.Path edition, java.nio.file.Path transpiled,
      Processor trees) throws SchemaLoadException {
    java.util.List<java.nio.file.Path> readable = new java.util.ArrayList<>(java.util.List.of(edition));
    if ("file".equals(schemaUri.getScheme())) {
      readable.add(java.nio.file.Path.of(schemaUri).getParent());
    }
    return load(schemaUri, RuleSandbox.processor(readable, trees), transpiled, java.util.List.of(edition), true);
  }

  /**
   * Loads the rules, reusing the XSLT that SchXslt2 made of the same schema in an earlier run when
   * {@code transpiled} (a folder) has it: transpiling costs more than compiling the result.
   */
  private static SchematronCheck load(URI schemaUri, Processor processor, java.nio.file.Path transpiled,
      java.util.List<java.nio.file.Path> readable, boolean sandboxed) throws SchemaLoadException {
    try {
      java.nio.file.Path cached = transpiled == null ? null : TranspiledRules.cachedCopy(schemaUri, transpiled);
      if (cached != null && java.nio.file.Files.isRegularFile(cached)) {
        return new SchematronCheck(schemaUri, compileRules(processor, processor.newDocumentBuilder().build(cached.toFile())),
            processor, readable, sandboxed);
      }
      XsltCompiler compiler = processor.newXsltCompiler();
      compiler.setParameter(new QName(SCHXSLT, "compact-report"), new XdmAtomicValue(true));
      URL transpileXsl = SchematronCheck.class.getResource("/content/transpile.xsl");
      if (transpileXsl == null) {
        throw new IOException("SchXslt2 (content/transpile.xsl) is not on the class path");
      }
      compiler.setErrorReporter(e -> {});
      XsltExecutable transpiler;
      try (InputStream in = transpileXsl.openStream()) {
        transpiler = compiler.compile(new StreamSource(in, transpileXsl.toString()));
      }
      XdmDestination stylesheet = new XdmDestination();
      Xslt30Transformer transpile = transpiler.load30();
      transpile.setErrorReporter(e -> {});
      transpile.setMessageHandler(m -> {});
      if (sandboxed) {
        transpile.setResultDocumentHandler(RESULT_REFUSED);
      }
      transpile.transform(new StreamSource(schemaUri.toString()), stylesheet);
      XdmNode xslt = stylesheet.getXdmNode();
      XsltExecutable validation = compileRules(processor, xslt);
      if (cached != null) {
        TranspiledRules.keep(xslt, cached);
      }
      return new SchematronCheck(schemaUri, validation, processor, readable, sandboxed);
    } catch (SaxonApiException | IOException e) {
      throw new SchemaLoadException(schemaUri, e);
    }
  }

  private static XsltExecutable compileRules(Processor processor, XdmNode xslt) throws SaxonApiException {
    XsltCompiler validationCompiler = processor.newXsltCompiler();
    List<String> compileErrors = new ArrayList<>();
    validationCompiler.setErrorReporter(e -> compileErrors.add(e.getMessage()));
    try {
      return validationCompiler.compile(xslt.asSource());
    } catch (SaxonApiException e) {
      throw new SaxonApiException(
          "the rules do not compile: " + String.join("; ", compileErrors), e);
    }
  }

  @Override
  public String name() {
    return "schematron";
  }

  @Override
  public URI schema() {
    return schemaUri;
  }

  /** Rules may report, not write files. */
  private static final java.util.function.Function<URI, net.sf.saxon.s9api.Destination> RESULT_REFUSED = uri -> {
    throw new net.sf.saxon.s9api.SaxonApiUncheckedException(
        new SaxonApiException("Schematron rules may not write files (xsl:result-document " + uri + ")"));
  };

  private XdmNode report(ParsedFile file) throws SaxonApiException {
    Xslt30Transformer transformer = validation.load30();
    transformer.setResourceResolver(documents);
    net.sf.saxon.Controller controller = transformer.getUnderlyingController();
    controller.setCollectionFinder(documents.collections(controller.getCollectionFinder()));
    transformer.setGlobalContextItem(file.tree());
    if (sandboxed) {
      transformer.setResultDocumentHandler(RESULT_REFUSED);
    }
    // What the rules say as they fail (SchXslt2 stops with a message) goes into the diagnostic.
    List<String> said = new ArrayList<>();
    transformer.setMessageHandler(message -> said.add(message.getStringValue().strip()));
    transformer.setErrorReporter(e -> {});
    XdmDestination svrl = new XdmDestination();
    try {
      transformer.applyTemplates(file.tree(), svrl);
    } catch (SaxonApiException e) {
      throw said.isEmpty() ? e : new SaxonApiException(String.join("; ", said), e);
    }
    return svrl.getXdmNode();
  }

  /** The report of rules a document names itself, on a thread that is stopped past their time. */
  private XdmNode withinTime(ParsedFile file) throws SaxonApiException, java.util.concurrent.TimeoutException {
    try {
      return org.edition.load.DeepStack.run("document rules", documentRulesTime(), () -> report(file));
    } catch (SaxonApiException | java.util.concurrent.TimeoutException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void check(ParsedFile file, DiagnosticSink sink) {
    XdmNode report;
    try {
      report = sandboxed ? withinTime(file) : report(file);
    } catch (java.util.concurrent.TimeoutException e) {
      int[] at = namedAt(file);
      sink.error(at[0], at[1], "the Schematron rules " + schemaUri + " named by this document ran for more than "
          + documentRulesTime().toSeconds() + " s and were stopped");
      return;
    } catch (OutOfMemoryError e) {
      if (!sandboxed) {
        throw e;
      }
      // The rules ran on a thread of their own, now ended: what they held is free again, and the
      // other documents are checked and published as if they had not run.
      int[] at = namedAt(file);
      sink.error(at[0], at[1], "the Schematron rules " + schemaUri + " named by this document were stopped: they"
          + " needed more memory than the run has (" + (Runtime.getRuntime().maxMemory() >> 20) + " MB)");
      return;
    } catch (SaxonApiException | net.sf.saxon.s9api.SaxonApiUncheckedException e) {
      sink.error(0, 0, "the Schematron rules could not run: " + e.getMessage());
      return;
    }
    XPathCompiler xpath = processor.newXPathCompiler();
    xpath.declareNamespace("svrl", SVRL);
    try {
      for (XdmItem item : xpath.evaluate("//(svrl:failed-assert | svrl:successful-report)", report)) {
        XdmNode finding = (XdmNode) item;
        String role = finding.attribute("role");
        String message =
            xpath.evaluateSingle("normalize-space(svrl:text)", finding).getStringValue();
        XdmNode where = locate(finding.attribute("location"), file.tree(), xpath);
        int line = where == null ? 0 : Math.max(where.getLineNumber(), 0);
        int column = where == null ? 0 : Math.max(where.getColumnNumber(), 0);
        if ("warning".equals(role) || "info".equals(role)) {
          sink.warning(line, column, message);
        } else {
          sink.error(line, column, message);
        }
      }
    } catch (SaxonApiException e) {
      sink.error(0, 0, "the Schematron report could not be read: " + e.getMessage());
    }
  }

  /** Where the document names these rules (its xml-model), as line and column; 0, 0 if not found. */
  private int[] namedAt(ParsedFile file) {
    for (org.edition.load.XmlModel model : org.edition.load.XmlModel.of(file.tree())) {
      try {
        if (file.path().toUri().resolve(model.href().replace(" ", "%20")).normalize().equals(schemaUri.normalize())) {
          return new int[] {Math.max(model.line(), 0), Math.max(model.column(), 0)};
        }
      } catch (IllegalArgumentException notAnAddress) {
        // another instruction
      }
    }
    return new int[] {0, 0};
  }

  /** The element an SVRL location path points at (an attribute's parent element). */
  private static XdmNode locate(String location, XdmNode tree, XPathCompiler xpath) {
    if (location == null || location.isBlank()) {
      return null;
    }
    try {
      XdmItem found = xpath.evaluateSingle(location, tree);
      if (!(found instanceof XdmNode node)) {
        return null;
      }
      return node.getNodeKind() == XdmNodeKind.ATTRIBUTE ? node.getParent() : node;
    } catch (SaxonApiException e) {
      return null;
    }
  }
}
