package org.edition.check;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.saxon.s9api.Processor;
import org.edition.load.SchemaKind;

/**
 * The schemas of one run, each loaded once and shared by every file: the default ones (the
 * project's, or those given with {@code --schema}) and those that documents name in {@code
 * <?xml-model?>}.
 */
public final class SchemaSet {
  private final Processor processor;
  private final List<SchemaCheck> defaults = new ArrayList<>();
  private final Map<URI, Loaded> loaded = new ConcurrentHashMap<>();
  private final Map<URI, Loaded> documentsOwn = new ConcurrentHashMap<>();
  private final Path transpiledRules;
  private final Path edition;
  private SchemaCatalog catalog = new SchemaCatalog(List.of());
  private volatile org.edition.load.DocumentPool pool;
  private boolean only;

  /** A schema as loaded: the check, or why it could not be loaded. */
  record Loaded(SchemaCheck check, SchemaLoadException failure, List<Diagnostic> schemaErrors) {}

  /**
   * @param transpiledRules a folder where Schematron rules compiled to XSLT are kept between runs,
   *     or null
   * @param edition the folder of the edition's files: the only files Schematron rules may open
   */
  public SchemaSet(Processor processor, Path transpiledRules, Path edition) {
    this.processor = processor;
    this.transpiledRules = transpiledRules;
    this.edition = org.edition.load.Sandbox.realPath(edition);
  }

  /**
   * Adds a default schema, run on every file.
   *
   * @throws SchemaLoadException when it cannot be loaded: the run cannot go on without it
   */
  public void addDefault(URI schema) throws SchemaLoadException {
    Loaded result = load(schema);
    if (result.failure() != null) {
      throw result.failure();
    }
    defaults.add(result.check());
  }

  /** Adds several default schemas, loaded side by side (each takes a while to compile). */
  public void addDefaults(List<URI> schemas) throws SchemaLoadException {
    List<Loaded> results = schemas.parallelStream().map(this::load).toList();
    for (Loaded result : results) {
      if (result.failure() != null) {
        throw result.failure();
      }
    }
    results.forEach(r -> defaults.add(r.check()));
  }

  /**
   * The schemas of a text that names none it can be checked against, or of every text when they
   * were given with {@link #useOnly}.
   */
  public List<SchemaCheck> defaults() {
    return List.copyOf(defaults);
  }

  /**
   * Makes the default schemas the only ones: a document's own {@code <?xml-model?>} are then not
   * read ({@code --schema}).
   */
  public void useOnly() {
    only = true;
  }

  boolean onlyDefaults() {
    return only;
  }

  /** The run's documents, which the rules' doc() opens (each file parsed once). */
  public void keepTreesIn(org.edition.load.DocumentPool pool) {
    this.pool = pool;
    java.util.stream.Stream.concat(loaded.values().stream(), documentsOwn.values().stream())
        .filter(l -> l.check() instanceof SchematronCheck)
        .forEach(l -> ((SchematronCheck) l.check()).usePool(pool));
  }

  /** The catalogs that map a schema's published address to a local copy. */
  public void useCatalog(SchemaCatalog catalog) {
    this.catalog = catalog;
  }

  SchemaCatalog catalog() {
    return catalog;
  }

  boolean isDefault(URI schema) {
    URI normal = schema.normalize();
    return defaults.stream().anyMatch(d -> d.schema().normalize().equals(normal));
  }

  Loaded load(URI schema) {
    return loaded.computeIfAbsent(schema.normalize(), s -> read(s, false));
  }

  /**
   * A schema that a document names itself: Schematron rules from there are a program of the
   * document's author, run in a sandbox (see {@link SchematronCheck#loadFromDocument}).
   */
  Loaded loadFromDocument(URI schema) {
    return documentsOwn.computeIfAbsent(schema.normalize(), s -> read(s, true));
  }

  /** Where a grammar's parts may be read from: a document's own reads only the edition's files. */
  private SchemaParts parts(URI schema, boolean fromDocument) {
    return fromDocument ? SchemaParts.inside(edition, schema, catalog) : SchemaParts.local(catalog);
  }

  private Loaded read(URI schema, boolean fromDocument) {
    Path schemaFile = org.edition.load.ProjectLayout.fileOf(schema);
    DiagnosticSink errors = new DiagnosticSink(schemaFile, "schema");
    try {
      SchemaCheck check =
          switch (SchemaKind.fromFileName(schemaFile.toString())) {
            case RELAXNG -> RelaxNgCheck.load(schema, errors, parts(schema, fromDocument));
            case XSD -> XsdCheck.load(schema, errors, parts(schema, fromDocument));
            case SCHEMATRON -> fromDocument
                ? SchematronCheck.loadFromDocument(schema, edition, transpiledRules, processor)
                : SchematronCheck.load(schema, processor, transpiledRules, List.of(edition));
            case UNKNOWN ->
                throw new SchemaLoadException(
                    schema,
                    new IllegalArgumentException(
                        "unknown schema language: use a .rng, .rnc, .xsd or .sch file"));
          };
      if (check instanceof SchematronCheck rules && pool != null) {
        rules.usePool(pool);
      }
      return new Loaded(check, null, errors.diagnostics());
    } catch (SchemaLoadException e) {
      return new Loaded(null, e, errors.diagnostics());
    } catch (OutOfMemoryError e) {
      if (!fromDocument) {
        throw e;
      }
      // A document's own rules compiled with a constant too large to hold: what they took is
      // free again once the compilation is given up.
      return new Loaded(null, new SchemaLoadException(schema, new java.io.IOException(
          "it needs more memory than the run has to be compiled")), errors.diagnostics());
    }
  }
}
