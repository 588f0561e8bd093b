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
  private static final String XINCLUDE = "http://www.w3.org/2001/XInclude";
  private final XmlParsing parsing;
  private final SchemaSet schemas;
  private final Path sandbox;
  private org.edition.load.DocumentPool pool;
  private final PointerTargets pointerTargets;

  /**
   * @param sandbox the folder files may be read from: a symbolic link or an xi:include that leads
   *     outside it is refused
   */
  public EditionValidator(XmlParsing parsing, SchemaSet schemas, Path sandbox) {
    this.parsing = parsing;
    this.schemas = schemas;
    this.sandbox = org.edition.load.Sandbox.realPath(sandbox);
    this.pointerTargets = new PointerTargets(parsing, this.sandbox);
  }

  /** Where the trees parsed go, for the rules' doc() and the publishers. */
  public void keepTreesIn(org.edition.load.DocumentPool pool) {
    this.pool = pool;
    schemas.keepTreesIn(pool);
    pointerTargets.usePool(pool);
  }

  /**
   * The xml:ids of the register entries of every file of the run (see {@link
   * #isRegisterEntry}): a text's local pointer ({@code #id}) may name one of them, as the
   * publishers read it. Set before the rules run.
   */
  public void useRegisterEntries(java.util.Set<String> ids) {
    pointerTargets.useRegisterIds(ids);
  }

  /** Whether an element with an xml:id is a register entry: inside a standOff, a list or a taxonomy. */
  public static boolean isRegisterEntry(XdmNode element) {
    return PointerTargets.isEntry(element);
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

  /**
   * A file parsed and validated by its grammars (RELAX NG, XSD), its rules (Schematron) still to
   * run on its tree. The tree of a TEI file is in the pool (held softly: thousands of files are
   * not all held at once), or here when there is no pool.
   */
  public record Grammared(Path file, List<Diagnostic> diagnostics, boolean isTei, ParsedFile tei,
      List<SchemaCheck> rules, List<URI> ownSchemas) {}

  /** Every check on one file; its tree is kept in the result only if it is TEI. */
  public Checked check(Path file) {
    return applyRules(parseAndValidate(file));
  }

  /** The schemas one file is checked against, chosen from its xml-model instructions. */
  private final class Choice {
    final Path file;
    final List<Diagnostic> said = new ArrayList<>();
    List<SchemaCheck> checks;
    List<SchemaCheck> own = List.of();
    final List<StreamingCheck> streaming = new ArrayList<>();
    final List<DiagnosticSink> streamingSinks = new ArrayList<>();

    Choice(Path file) {
      this.file = file;
    }

    void choose(List<XmlModel> models) {
      own = schemas.onlyDefaults() ? List.of() : xmlModelSchemas(file, models, said);
      List<SchemaCheck> all = new ArrayList<>(own);
      // A text is checked against the grammar it names; one that names none it can be checked
      // against (or only Schematron rules) gets the edition's schemas, else tei_all.
      if (own.stream().noneMatch(c -> c instanceof StreamingCheck)) {
        schemas.defaults().stream()
            .filter(d -> all.stream().noneMatch(c -> c.schema().normalize().equals(d.schema().normalize())))
            .forEach(all::add);
      }
      checks = all;
      for (SchemaCheck check : all) {
        if (check instanceof StreamingCheck g) {
          streaming.add(g);
          streamingSinks.add(new DiagnosticSink(file, check.name()));
        }
      }
    }

    /** The grammars' listeners, joining the parse at a TEI root (nothing to validate in another). */
    org.xml.sax.ContentHandler atRoot(String namespace, String localName, List<XmlModel> models) {
      if (!org.edition.load.TeiDocument.isTeiRoot(namespace, localName)) {
        return null;
      }
      choose(models);
      if (streaming.isEmpty()) {
        return null;
      }
      List<StreamingCheck.Listener> listeners = new ArrayList<>();
      for (int i = 0; i < streaming.size(); i++) {
        listeners.add(streaming.get(i).listener(streamingSinks.get(i)));
      }
      return new SaxTee(listeners);
    }
  }

  /** Parses one file, its grammars listening to the parse; keeps its tree in the pool. */
  public Grammared parseAndValidate(Path file) {
    List<Diagnostic> found = new ArrayList<>();
    Choice choice = new Choice(file);
    boolean[] joined = {false};
    ParsedFile parsed = parse(file, found, (ns, local, models) -> {
      org.xml.sax.ContentHandler listeners = choice.atRoot(ns, local, models);
      joined[0] = listeners != null;
      return listeners;
    });
    if (parsed == null) {
      return new Grammared(file, found, false, null, List.of(), List.of());
    }
    DiagnosticSink tei = new DiagnosticSink(file, "tei");
    boolean isTei = TeiRootCheck.check(parsed.tree(), tei);
    found.addAll(tei.diagnostics());
    if (!isTei) {
      return new Grammared(file, found, false, null, List.of(), List.of());
    }
    if (!joined[0] || parsed.asWritten()) {
      // The grammars did not listen to the parse: the document includes others (Jing and Xerces
      // judge it as written, as oXygen does), or the parse that they heard was given up.
      Choice again = new Choice(file);
      again.choose(XmlModel.of(parsed.tree()));
      if (!again.streaming.isEmpty()) {
        try {
          StreamingChecks.run(parsed, again.streaming, again.streamingSinks);
        } catch (IOException e) {
          again.streamingSinks.get(0).error(0, 0, "cannot read the file: " + e.getMessage());
        }
      }
      return grammared(file, found, parsed, again);
    }
    return grammared(file, found, parsed, choice);
  }

  private Grammared grammared(Path file, List<Diagnostic> found, ParsedFile parsed, Choice choice) {
    found.addAll(choice.said);
    choice.streamingSinks.forEach(sink -> found.addAll(sink.diagnostics()));
    if (pool != null) {
      pool.offer(file, parsed.tree());
    }
    List<SchemaCheck> rules = choice.checks.stream().filter(c -> !(c instanceof StreamingCheck)).toList();
    return new Grammared(file, found, true, pool == null ? parsed : null, rules,
        choice.own.stream().map(SchemaCheck::schema).toList());
  }

  /** The tree of a file parsed (from the pool), or null if it is not TEI. */
  public XdmNode tree(Grammared g) throws IOException {
    if (!g.isTei()) {
      return null;
    }
    return g.tei() != null ? g.tei().tree() : pool.tree(g.file());
  }

  /** The rules (Schematron) of a file, on its tree. */
  public Checked applyRules(Grammared g) {
    if (!g.isTei()) {
      return new Checked(g.diagnostics(), null);
    }
    List<Diagnostic> found = new ArrayList<>(g.diagnostics());
    ParsedFile tei = g.tei();
    if (tei == null) {
      try {
        tei = new ParsedFile(g.file(), pool.tree(g.file()));
      } catch (IOException e) {
        found.add(Diagnostic.error(g.file(), 0, 0, "well-formed", e.getMessage()));
        return new Checked(found, null);
      }
    }
    for (SchemaCheck check : g.rules()) {
      DiagnosticSink sink = new DiagnosticSink(g.file(), check.name());
      try {
        check.check(tei, sink);
      } catch (IOException e) {
        sink.error(0, 0, "cannot read the file: " + e.getMessage());
      }
      found.addAll(sink.diagnostics());
    }
    // whatever schema the text declares: its facsimiles' pointers and images, its apparatus's,
    // every other pointer
    Pointers pointers = Pointers.of(tei.tree());
    // a part that could not be read (its fallback, if any, taken instead): the ids it would have
    // brought are not known, so no pointer to an id is judged missing
    pointers.includesLeft |= g.diagnostics().stream().anyMatch(d -> d.check().equals("xinclude"));
    FacsimileCheck.check(g.file(), pointers, sandbox, found::add);
    FacsimileGeometryCheck.check(g.file(), tei.tree(), found::add);
    ApparatusCheck.check(g.file(), pointers, found::add);
    PointerCheck.check(g.file(), pointers, pointerTargets, found::add);
    return new Checked(found, tei, g.ownSchemas());
  }

  /**
   * Reads and parses a file, reporting encoding, DOCTYPE and well-formedness problems.
   *
   * @return the parsed file, or null when it cannot be parsed
   */
  public ParsedFile parse(Path file, List<Diagnostic> found) {
    return parse(file, found, (ns, local, models) -> null);
  }

  /**
   * Reads and parses a file as {@link #parse(Path, List)}, letting the listeners {@code atRoot}
   * chooses hear the parse.
   */
  ParsedFile parse(Path file, List<Diagnostic> found, org.edition.load.JoinAtRoot.Chooser atRoot) {
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
        if (e instanceof org.edition.load.IncludeProblem p) {
          includes.add(p); // a part whose fallback was used
        } else {
          xml.warning(e);
        }
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
      // A document that includes others is validated as written, by a parse of its own.
      boolean includesOthers = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains(XINCLUDE);
      XdmNode tree = parsing.tree(file, bytes, sandbox, errors, includesOthers ? (ns, local, models) -> null : atRoot);
      found.addAll(xml.diagnostics());
      if (!includes.isEmpty()) {
        found.addAll(includeProblems(file, includes));
      }
      return new ParsedFile(file, tree, false);
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
      // the parts refused or missing before the parse gave up (an xpointer into a refused part)
      found.addAll(includeProblems(file, includes));
      found.addAll(plain.diagnostics());
      return new ParsedFile(file, tree, true);
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
      int line = include == null ? 0 : include.getLineNumber();
      int column = include == null ? 0 : include.getColumnNumber();
      if (p.fallbackUsed()) {
        xinclude.warning(line, column, p.getMessage());
      } else {
        xinclude.error(line, column, p.getMessage());
      }
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

  /**
   * A schema the document names that cannot be used: a warning, the text being checked against
   * the edition's; an error when the schema asked for a part from the network or from elsewhere
   * on the machine, which is refused (see SchemaParts).
   */
  private Diagnostic unusable(Path file, XmlModel model, SchemaLoadException failure) {
    return failure.refused()
        ? Diagnostic.error(file, model.line(), model.column(), "xml-model", failure.getMessage() + "; " + fallbackSaid())
        : Diagnostic.warning(file, model.line(), model.column(), "xml-model", failure.getMessage());
  }

  private List<SchemaCheck> xmlModelSchemas(Path file, List<XmlModel> models, List<Diagnostic> found) {
    List<SchemaCheck> extra = new ArrayList<>();
    java.util.Set<String> named = new java.util.HashSet<>();
    for (XmlModel model : models) {
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
          found.add(unusable(file, model, loaded.failure()));
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
        found.add(unusable(file, model, loaded.failure()));
      } else if (extra.stream().noneMatch(c -> c.schema().equals(loaded.check().schema()))) {
        extra.add(loaded.check());
      }
    }
    return extra;
  }
}
