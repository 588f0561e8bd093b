package org.edition.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.edition.load.ToolVersion;
import org.edition.check.DiagnosticReport;
import org.edition.check.EditionValidator;
import org.edition.check.SchemaLoadException;
import org.edition.check.SchemaSet;
import org.edition.check.ValidationResult;
import org.edition.load.ProjectLayout;
import org.edition.load.TeiFiles;
import org.edition.load.XmlParsing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code edition validate}: every check on every TEI file, one line per problem. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionText.class,
    description = {
      "Check TEI files: encoding, well-formedness, RELAX NG (Jing), W3C XML Schema (Xerces),",
      "Schematron (references resolve across files, notes, dates, corrections, languages).",
      "Prints one line per problem, path:line:column: error|warning: [check] message."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  edition validate                           the project's tei/ folder",
      "  edition validate tei/leylavergne-travail.xml",
      "  edition validate --schema ../shared/tei/tei_all.rng corpus/",
      "  edition validate --format json > report.json",
      "",
      "Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage or environment error."
    })
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SourceOptions sources = new SourceOptions();

  @Mixin JobsOption jobs = new JobsOption();

  @Option(
      names = "--schema",
      paramLabel = "FILE",
      description =
          "Validate against this .rng, .rnc, .xsd or .sch instead of the project's schemas;"
              + " repeat for several.")
  List<Path> schemas = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "text")
  DiagnosticReport.Format format;


  @Mixin AllProblemsOption problems = new AllProblemsOption();

  @Override
  public Integer call() throws Exception {
    try {
      return validate();
    } catch (Exception | OutOfMemoryError | StackOverflowError e) {
      if (format == DiagnosticReport.Format.text) {
        throw e;
      }
      // A CI step that reads the report must still get JSON it can parse.
      String message = EnvironmentError.describe(e);
      new DiagnosticReport(Path.of(""), new net.sf.saxon.s9api.Processor(false), ToolVersion.get())
          .printFailure(message, spec.commandLine().getOut());
      spec.commandLine().getErr().println("edition: " + DiagnosticReport.printable(message));
      return ExitCode.ENVIRONMENT;
    }
  }

  private Integer validate() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    XmlParsing parsing = new XmlParsing();
    Path edition = org.edition.load.Sandbox.commonRoot(sources.paths());
    SchemaSet schemaSet = new SchemaSet(parsing.processor(), null, edition);
    try {
      // first the catalogs: they may map the address of a default schema's part to a local copy
      schemaSet.useCatalog(new org.edition.check.SchemaCatalog(sources.layout().catalogs()));
      schemaSet.addDefaults(schemaUris(sources.layout()));
      if (!schemas.isEmpty()) {
        schemaSet.useOnly();
      }
    } catch (SchemaLoadException e) {
      if (format != DiagnosticReport.Format.text) {
        throw e;
      }
      err.println("edition: " + e.getMessage());
      return ExitCode.ENVIRONMENT;
    }
    List<Path> files = TeiFiles.find(sources.paths());
    if (files.isEmpty()) {
      err.println("edition: no TEI file (*.xml) found in " + sources.paths());
      if (format != DiagnosticReport.Format.text) {
        new DiagnosticReport(Path.of(""), parsing.processor(), ToolVersion.get())
            .print(new ValidationResult(0, List.of()), format, out);
      }
      return ExitCode.DOCUMENT_ERRORS;
    }
    EditionValidator validator = new EditionValidator(parsing, schemaSet, edition);
    validator.keepTreesIn(new org.edition.load.DocumentPool(parsing, edition));
    ValidationResult result = org.edition.engine.Validation.run(validator, files, jobs.count());
    new DiagnosticReport(Path.of(""), parsing.processor(), ToolVersion.get())
        .print(result, format, problems.all, out);
    return result.hasErrors() ? ExitCode.DOCUMENT_ERRORS : ExitCode.OK;
  }

  private List<java.net.URI> schemaUris(ProjectLayout layout) throws java.io.IOException {
    if (schemas.isEmpty()) {
      return layout.projectSchemas();
    }
    List<java.net.URI> uris = new ArrayList<>();
    for (Path schema : schemas) {
      if (!java.nio.file.Files.isRegularFile(schema)) {
        throw new java.nio.file.NoSuchFileException(schema.toString());
      }
      uris.add(schema.toAbsolutePath().normalize().toUri());
    }
    return uris;
  }
}
