package org.edition.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.edition.check.Diagnostic;
import org.edition.check.DiagnosticReport;
import org.edition.check.EditionValidator;
import org.edition.check.ParsedFile;
import org.edition.check.SchemaSet;
import org.edition.check.ValidationResult;
import org.edition.load.Edition;
import org.edition.load.ProjectLayout;
import org.edition.load.TeiDocument;
import org.edition.load.TeiFiles;
import org.edition.load.XmlParsing;
import org.edition.publish.Publisher;
import org.edition.publish.StagedOutput;
import org.edition.publish.epub.EpubBooks;
import org.edition.publish.html.HtmlSite;
import org.edition.publish.pdf.PdfBooks;
import org.edition.publish.html.SiteSettings;
import org.edition.transform.Stylesheets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code edition build}: load, check, transform, emit. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    versionProvider = ToolVersion.class,
    description = {
      "Publish the edition: validate its TEI files, then write the static website into",
      "OUTPUT/html (pages of the texts, registers with back-links, search, about page),",
      "print PDFs into OUTPUT/pdf and EPUB 3 books into OUTPUT/epub. With no format",
      "option, every format is built.",
      "The previous output is replaced only when the new one is complete."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  edition build                        the project's tei/ into output/",
      "  edition build --pdf --epub           only the PDFs and the EPUB books",
      "  edition build --lang en              the same, with English interface labels",
      "  edition build -o /tmp/site corpus/   another folder of TEI files, elsewhere",
      "  edition build --strict               stop before writing if any file has an error",
      "",
      "Exit codes: 0 built, 1 built but some documents have errors (or --strict stopped),",
      "2 usage or environment error."
    })
public final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      description = "TEI files or folders to publish (default: ${DEFAULT-VALUE}).",
      defaultValue = "tei")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "Where to write (default: ${DEFAULT-VALUE}).",
      defaultValue = "output")
  Path output;

  @Option(names = "--html", description = "Build the website (OUTPUT/html).")
  boolean html;

  @Option(names = "--pdf", description = "Build the print PDFs (OUTPUT/pdf): one per text, one for the edition.")
  boolean pdf;

  @Option(names = "--epub", description = "Build the EPUB 3 books (OUTPUT/epub): one per text, one for the edition.")
  boolean epub;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description = "Language of the interface labels: fr or en (default: the texts' language).")
  String lang;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "Address where the site will be published, for absolute citation links.")
  String baseUrl;

  @Option(names = "--strict", description = "Write nothing if any file has an error (for CI).")
  boolean strict;

  @Option(
      names = "--project",
      paramLabel = "DIR",
      description = "The edition's root folder, with schemas/ and xslt/ (default: the current folder).",
      defaultValue = ".")
  Path project;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ProjectLayout layout = ProjectLayout.at(project);
    XmlParsing parsing = new XmlParsing();

    List<Path> files = TeiFiles.find(paths);
    if (files.isEmpty()) {
      err.println("edition: no TEI file (*.xml) found in " + paths);
      return ExitCode.DOCUMENT_ERRORS;
    }
    SchemaSet schemas = new SchemaSet(parsing.processor());
    for (java.net.URI schema : layout.projectSchemas()) {
      schemas.addDefault(schema);
    }
    ValidationResult validation = new EditionValidator(parsing, schemas, org.edition.load.Sandbox.commonRoot(paths)).validate(files);
    DiagnosticReport report = new DiagnosticReport(Path.of(""), parsing.processor(), ToolVersion.get());
    for (Diagnostic d : validation.diagnostics()) {
      err.println(report.line(d));
    }
    out.println("checked: " + DiagnosticReport.summary(validation));
    if (strict && validation.hasErrors()) {
      err.println("edition: --strict: nothing written, the files above have errors");
      return ExitCode.DOCUMENT_ERRORS;
    }

    Edition edition = edition(validation.teiFiles());
    if (edition.isEmpty()) {
      err.println("edition: no TEI text to publish");
      return ExitCode.DOCUMENT_ERRORS;
    }
    Stylesheets stylesheets = new Stylesheets(parsing.processor());
    SiteSettings settings =
        new SiteSettings(uiLang(edition), Optional.ofNullable(baseUrl).map(u -> u.endsWith("/") ? u : u + "/"));
    boolean all = !html && !epub && !pdf;
    List<Publisher> publishers = new ArrayList<>();
    if (all || html) {
      publishers.add(new HtmlSite(stylesheets, layout, settings));
    }
    if (all || pdf) {
      publishers.add(new PdfBooks(stylesheets, layout, settings));
    }
    if (all || epub) {
      publishers.add(new EpubBooks(stylesheets, layout, settings));
    }
    for (Publisher publisher : publishers) {
      Path folder = output.resolve(publisher.format());
      String written;
      try (StagedOutput staged = StagedOutput.begin(folder)) {
        written = publisher.write(edition, staged.folder());
        staged.commit();
      }
      out.println(publisher.format() + ": " + written + " in " + report.displayPath(folder));
    }
    return validation.hasErrors() ? ExitCode.DOCUMENT_ERRORS : ExitCode.OK;
  }

  private static Edition edition(List<ParsedFile> parsed) {
    List<TeiDocument> texts = new ArrayList<>();
    List<TeiDocument> registers = new ArrayList<>();
    for (ParsedFile file : parsed) {
      TeiDocument doc = TeiDocument.of(file.path(), file.tree());
      if (doc.hasText()) {
        texts.add(doc);
      }
      if (doc.hasRegisters()) {
        registers.add(doc);
      }
    }
    return new Edition(texts, registers);
  }

  /** The language asked for, else French when most texts are French, else English. */
  private String uiLang(Edition edition) {
    if (lang != null) {
      return lang;
    }
    long french = edition.texts().stream().filter(t -> t.language().startsWith("fr")).count();
    return french * 2 >= edition.texts().size() ? "fr" : "en";
  }
}
