package org.edition.check;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.edition.load.XmlModel;
import org.edition.load.XmlParsing;

/**
 * Runs every check on every file: encoding, well-formedness, DOCTYPE, TEI root, then each schema
 * (RELAX NG, XSD, Schematron) the run or the document asks for. Files are checked in parallel;
 * the diagnostics come back in file order.
 */
public final class EditionValidator {
  private final XmlParsing parsing;
  private final SchemaSet schemas;
  private final Path sandbox;

  /**
   * @param sandbox the folder files may be read from: a symbolic link or an xi:include that leads
   *     outside it is refused
   */
  public EditionValidator(XmlParsing parsing, SchemaSet schemas, Path sandbox) {
    this.parsing = parsing;
    this.schemas = schemas;
    this.sandbox = org.edition.load.Sandbox.realPath(sandbox);
  }

  /** Every file's diagnostics; each file's tree is let go as soon as it is checked. */
  public ValidationResult validate(List<Path> files) {
    List<Diagnostic> all = files.parallelStream()
        .flatMap(f -> check(f).diagnostics().stream())
        .sorted(Diagnostic.IN_FILE_ORDER)
        .toList();
    return new ValidationResult(files.size(), all);
  }

  /**
   * One file's diagnostics, the file itself if it is TEI, and the local schemas its {@code
   * <?xml-model?>} instructions added to the project's.
   */
  public record Checked(List<Diagnostic> diagnostics, ParsedFile tei, List<URI> ownSchemas) {
    Checked(List<Diagnostic> diagnostics, ParsedFile tei) {
      this(diagnostics, tei, List.of());
    }
  }

  /** Every check on one file; its tree is kept in the result only if it is TEI. */
  public Checked check(Path file) {
    List<Diagnostic> found = new ArrayList<>();
    ParsedFile parsed = parse(file, found);
    if (parsed == null) {
      return new Checked(found, null);
    }
    DiagnosticSink tei = new DiagnosticSink(file, "tei");
    boolean isTei = TeiRootCheck.check(parsed.tree(), tei);
    found.addAll(tei.diagnostics());
    if (!isTei) {
      return new Checked(found, null);
    }
    List<SchemaCheck> own = schemas.onlyDefaults() ? List.of() : xmlModelSchemas(parsed, found);
    List<SchemaCheck> checks = new ArrayList<>(own);
    // A text is checked against the grammar it names; one that names none it can be checked
    // against (or only Schematron rules) gets the edition's schemas, else tei_all.
    if (own.stream().noneMatch(c -> c instanceof StreamingCheck)) {
      schemas.defaults().stream()
          .filter(d -> checks.stream().noneMatch(c -> c.schema().normalize().equals(d.schema().normalize())))
          .forEach(checks::add);
    }
    // The grammars (RELAX NG, XSD) listen to one parse of the file together; the rules
    // (Schematron) run on its tree.
    List<StreamingCheck> streaming = new ArrayList<>();
    List<DiagnosticSink> streamingSinks = new ArrayList<>();
    List<DiagnosticSink> sinks = new ArrayList<>();
    for (SchemaCheck check : checks) {
      DiagnosticSink sink = new DiagnosticSink(file, check.name());
      sinks.add(sink);
      if (check instanceof StreamingCheck s) {
        streaming.add(s);
        streamingSinks.add(sink);
        continue;
      }
      try {
        check.check(parsed, sink);
      } catch (IOException e) {
        sink.error(0, 0, "cannot read the file: " + e.getMessage());
      }
    }
    if (!streaming.isEmpty()) {
      try {
        StreamingChecks.run(parsed, streaming, streamingSinks);
      } catch (IOException e) {
        streamingSinks.get(0).error(0, 0, "cannot read the file: " + e.getMessage());
      }
    }
    sinks.forEach(sink -> found.addAll(sink.diagnostics()));
    return new Checked(found, parsed, own.stream().map(SchemaCheck::schema).toList());
  }

  /**
   * Reads and parses a file, reporting encoding, DOCTYPE and well-formedness problems.
   *
   * @return the parsed file, or null when it cannot be parsed
   */
  public ParsedFile parse(Path file, List<Diagnostic> found) {
    DiagnosticSink xml = new DiagnosticSink(file, "well-formed");
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        xml.error(0, 0, "is a folder, not a TEI file");
        found.addAll(xml.diagnostics());
        return null;
      }
      if (!org.edition.load.Sandbox.containsFile(sandbox, file)) {
        DiagnosticSink security = new DiagnosticSink(file, "security");
        security.error(0, 0, "this file leads outside " + sandbox + " (a symbolic link?): it is not read");
        found.addAll(security.diagnostics());
        return null;
      }
      if (!Files.isRegularFile(file)) {
        // A FIFO or a device would block the run or never end: it is not a document.
        found.add(Diagnostic.warning(file, 0, 0, "well-formed",
            "is not a regular file (a FIFO, socket or device): skipped"));
        return null;
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      xml.error(0, 0, "cannot read the file: " + e.getMessage());
      found.addAll(xml.diagnostics());
      return null;
    }
    if (bytes.length == 0 || new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
      xml.error(1, 1, "the file is empty: a TEI document needs at least a <TEI> element");
      found.addAll(xml.diagnostics());
      return null;
    }
    DiagnosticSink encoding = new DiagnosticSink(file, "encoding");
    boolean readable = EncodingCheck.check(bytes, encoding);
    found.addAll(encoding.diagnostics());
    if (!readable) {
      return null;
    }
    DiagnosticSink doctype = new DiagnosticSink(file, "doctype");
    DoctypeScan.check(bytes, file, doctype);
    found.addAll(doctype.diagnostics());
    List<org.edition.load.IncludeProblem> includes = new ArrayList<>();
    org.xml.sax.ErrorHandler errors = new org.xml.sax.ErrorHandler() {
      @Override public void warning(org.xml.sax.SAXParseException e) {
        xml.warning(e);
      }

      @Override public void error(org.xml.sax.SAXParseException e) {
        if (e instanceof org.edition.load.IncludeProblem p) {
          includes.add(p);
        } else {
          xml.error(e);
        }
      }

      @Override public void fatalError(org.xml.sax.SAXParseException e) {
        xml.fatalError(e);
      }
    };
    try {
      XdmNode tree = parsing.tree(file, sandbox, errors);
      found.addAll(xml.diagnostics());
      if (!includes.isEmpty()) {
        found.addAll(includeProblems(file, includes));
      }
      return new ParsedFile(file, tree);
    } catch (SaxonApiException e) {
      if (!xml.hasErrors()) {
        // A bound crossed (see load.InputBounds) stops the parse from inside: its position is
        // that of the exception, not of a report to the error handler.
        org.xml.sax.SAXParseException at = parseException(e);
        if (at != null) {
          xml.error(Math.max(at.getLineNumber(), 0), Math.max(at.getColumnNumber(), 0), MessageText.of(at));
          found.addAll(xml.diagnostics());
          return null;
        }
        xml.error(0, 0, MessageText.of(e));
      }
    }
    // An include that failed (missing, refused, a cycle) is reported; the document is then read
    // as written, its xi:include elements left unresolved, so that it is still checked and built.
    DiagnosticSink plain = new DiagnosticSink(file, "well-formed");
    try {
      XdmNode tree = parsing.tree(file, null, plain);
      DiagnosticSink xinclude = new DiagnosticSink(file, "xinclude");
      for (Diagnostic d : xml.diagnostics()) {
        String message = d.message().replaceFirst("^org\\.xml\\.sax\\.SAXException: ", "");
        XdmNode include = d.line() > 0 ? null : includeNamedIn(tree, message);
        xinclude.error(
            include == null ? d.line() : include.getLineNumber(),
            include == null ? d.column() : include.getColumnNumber(),
            message);
      }
      found.addAll(xinclude.diagnostics());
      found.addAll(plain.diagnostics());
      return new ParsedFile(file, tree);
    } catch (SaxonApiException e) {
      found.addAll(xml.diagnostics());
      return null;
    }
  }

  /** The includes that failed, each at its xi:include (found in the document as written). */
  private List<Diagnostic> includeProblems(Path file, List<org.edition.load.IncludeProblem> problems) {
    XdmNode written;
    try {
      written = parsing.tree(file, null, XmlParsing.SILENT);
    } catch (SaxonApiException e) {
      written = null;
    }
    DiagnosticSink xinclude = new DiagnosticSink(file, "xinclude");
    for (org.edition.load.IncludeProblem p : problems) {
      XdmNode include = written == null ? null : includeNamedIn(written, p.getMessage());
      xinclude.error(include == null ? 0 : include.getLineNumber(), include == null ? 0 : include.getColumnNumber(),
          p.getMessage());
    }
    return xinclude.diagnostics();
  }

  private static org.xml.sax.SAXParseException parseException(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.xml.sax.SAXParseException p) {
        return p;
      }
    }
    return null;
  }

  /** The xi:include a message speaks of (by its address), else the document's first one. */
  private static XdmNode includeNamedIn(XdmNode tree, String message) {
    List<XdmNode> includes =
        tree.select(net.sf.saxon.s9api.streams.Steps.descendant("http://www.w3.org/2001/XInclude", "include")).toList();
    for (XdmNode include : includes) {
      String href = include.attribute("href");
      if (href != null && !href.isEmpty() && message.contains(href.replaceFirst("^.*/", ""))) {
        return include;
      }
    }
    return includes.isEmpty() ? null : includes.get(0);
  }

  /** What a text is checked against instead of a schema it names that cannot be read. */
  private String fallbackSaid() {
    List<String> names = schemas.defaults().stream()
        .map(d -> org.edition.load.ProjectLayout.fileOf(d.schema()).getFileName().toString())
        .toList();
    return names.isEmpty() ? "it is left out" : "the text is checked against " + String.join(", ", names);
  }

  private List<SchemaCheck> xmlModelSchemas(ParsedFile parsed, List<Diagnostic> found) {
    List<SchemaCheck> extra = new ArrayList<>();
    Path file = parsed.path();
    java.util.Set<String> named = new java.util.HashSet<>();
    for (XmlModel model : XmlModel.of(parsed.tree())) {
      if (!named.add(model.href())) {
        // The same file named again (a RELAX NG grammar with Schematron inside, named for each).
        continue;
      }
      URI uri;
      try {
        uri = file.toUri().resolve(model.href().replace(" ", "%20"));
      } catch (IllegalArgumentException e) {
        found.add(
            Diagnostic.warning(
                file, model.line(), model.column(), "xml-model",
                "the schema reference \"" + model.href() + "\" is not a valid URI"));
        continue;
      }
      if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
        found.add(
            Diagnostic.warning(
                file, model.line(), model.column(), "xml-model",
                "the schema reference \"" + model.href() + "\" has a "
                    + (uri.getRawQuery() != null ? "?query" : "#fragment") + ": it is ignored, the file is used as it is"));
        uri = uri.resolve(uri.getRawPath() == null ? "" : uri.getRawPath());
      }
      boolean fromCatalog = false;
      if (!"file".equals(uri.getScheme()) || uri.getRawAuthority() != null) {
        java.util.Optional<SchemaCatalog.Mapping> mapped = schemas.catalog().lookup(uri.toString());
        if (mapped.isPresent() && !mapped.get().exists()) {
          found.add(
              Diagnostic.warning(
                  file, model.line(), model.column(), "xml-model",
                  "a catalog maps the schema " + model.href() + " to " + mapped.get().target()
                      + ", which does not exist: " + fallbackSaid()));
          continue;
        }
        if (mapped.isEmpty()) {
          found.add(
              Diagnostic.warning(
                  file, model.line(), model.column(), "xml-model",
                  "the schema " + model.href() + " is not fetched from the network and no catalog maps it to a"
                      + " local copy: " + fallbackSaid()));
          continue;
        }
        uri = mapped.get().target();
        fromCatalog = true;
      }
      if (fromCatalog) {
        SchemaSet.Loaded loaded = schemas.load(uri);
        if (loaded.failure() != null) {
          found.add(Diagnostic.warning(file, model.line(), model.column(), "xml-model", loaded.failure().getMessage()));
        } else if (extra.stream().noneMatch(c -> c.schema().equals(loaded.check().schema()))) {
          extra.add(loaded.check());
        }
        continue;
      }
      if (!Files.isRegularFile(Path.of(uri))) {
        found.add(
            Diagnostic.warning(
                file, model.line(), model.column(), "xml-model",
                "the schema " + model.href() + " named by <?xml-model?> does not exist: " + fallbackSaid()));
        continue;
      }
      if (schemas.isDefault(uri)) {
        continue;
      }
      SchemaSet.Loaded loaded = schemas.loadFromDocument(uri);
      if (loaded.failure() != null) {
        found.add(
            Diagnostic.warning(
                file, model.line(), model.column(), "xml-model", loaded.failure().getMessage()));
      } else if (extra.stream().noneMatch(c -> c.schema().equals(loaded.check().schema()))) {
        extra.add(loaded.check());
      }
    }
    return extra;
  }
}
