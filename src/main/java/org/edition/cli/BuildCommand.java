package org.edition.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.edition.load.ToolVersion;
import org.edition.engine.BuildOptions;
import org.edition.engine.BuildReport;
import org.edition.engine.Progress;
import org.edition.check.ProblemListing;
import org.edition.check.DiagnosticReport;
import org.edition.load.ProjectLayout;
import org.edition.load.ProjectSettings;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code edition build}: load, check, transform, emit; only what changed since the last build. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    versionProvider = VersionText.class,
    description = {
      "Publish the edition: validate its TEI files, then write the static website into",
      "OUTPUT/html (pages of the texts, registers with back-links, search, about page),",
      "print PDFs into OUTPUT/pdf and EPUB 3 books into OUTPUT/epub. With no format",
      "option, every format is built.",
      "A rebuild redoes only the outputs whose sources (the text, the registers, the",
      "stylesheets, the settings, the tool) changed since the last build into OUTPUT.",
      "The previous output is replaced only when the new one is complete.",
      "Settings may also be given in edition.properties at the project's root",
      "(lang=, base-url=, volumes=); options given here win."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  edition build                        the project's tei/ into output/",
      "  edition build --pdf --epub           only the PDFs and the EPUB books",
      "  edition build --lang en              the same, with English interface labels",
      "  edition build -o /tmp/site corpus/   another folder of TEI files, elsewhere",
      "  edition build --strict               stop before writing if any file has an error",
      "  edition build --clean -j 4           everything again, 4 documents at a time",
      "",
      "Exit codes: 0 built, 1 built but some documents have errors (or --strict stopped),",
      "2 usage or environment error."
    })
public final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @picocli.CommandLine.ParentCommand EditionCommand edition;

  @Mixin SourceOptions sources = new SourceOptions();

  @Mixin OutputOption output = new OutputOption();

  @Option(names = "--html", description = "Build the website (OUTPUT/html).")
  boolean html;

  @Option(names = "--pdf", description = "Build the print PDFs (OUTPUT/pdf): one per text, and the volume.")
  boolean pdf;

  @Option(names = "--epub", description = "Build the EPUB 3 books (OUTPUT/epub): one per text, and the volume.")
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

  @Option(
      names = "--volumes",
      paramLabel = "WHEN",
      description = "A PDF and EPUB volume of all the texts: auto (when their TEI comes to at most "
          + BuildOptions.AUTO_VOLUME_BYTES / 1_000_000 + " MB), always, never.")
  String volumes;

  @Option(names = "--strict", description = "Write nothing if any file has an error (for CI).")
  boolean strict;

  @Option(names = "--clean", description = "Rebuild everything, whatever the last build left.")
  boolean clean;

  @Mixin JobsOption jobs = new JobsOption();

  @ArgGroup(exclusive = true)
  Verbosity verbosity = new Verbosity();

  static final class Verbosity {
    @Option(names = {"-q", "--quiet"}, description = "Print only the problems found and errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print a line per output written.")
    boolean verbose;
  }


  @Mixin AllProblemsOption problems = new AllProblemsOption();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    BuildOptions options = options();
    Invocation invocation = edition.invocation();
    Progress progress = verbosity.quiet
        ? Progress.quiet()
        : Progress.of(out, err, invocation.terminal() ? invocation.err() : null, verbosity.verbose);
    BuildReport report = invocation.builds().get().run(options, progress);
    return print(report, out, err, verbosity.quiet, problems.all);
  }

  /** The options of this command, completed by the project's edition.properties. */
  BuildOptions options() {
    Set<String> formats = new LinkedHashSet<>();
    if (html) {
      formats.add("html");
    }
    if (pdf) {
      formats.add("pdf");
    }
    if (epub) {
      formats.add("epub");
    }
    if (formats.isEmpty()) {
      formats.addAll(BuildOptions.ALL_FORMATS);
    }
    return options(spec, sources, output, formats, lang, baseUrl, volumes, jobs, clean, strict);
  }

  /**
   * The options of a build (of `build` or `serve`), completed by the project's
   * edition.properties: options on the command line win.
   */
  static BuildOptions options(CommandSpec spec, SourceOptions sources, OutputOption output, Set<String> formats,
      String lang, String baseUrl, String volumes, JobsOption jobs, boolean clean, boolean strict) {
    ProjectLayout layout = sources.layout();
    ProjectSettings settings = layout.settings();
    String volumeChoice = volumes != null ? volumes : settings.get("volumes");
    if (volumeChoice != null && !List.of("auto", "always", "never").contains(volumeChoice)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--volumes (or volumes= in edition.properties) is auto, always or never, not " + volumeChoice);
    }
    // The option is judged as the setting is (one judge: ProjectSettings): it reaches the pages'
    // Content-Security-Policy, where a space or a quote would add a source of scripts.
    String baseUrlProblem = baseUrl == null ? null : ProjectSettings.problem("base-url", baseUrl);
    if (baseUrlProblem != null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--base-url " + baseUrlProblem);
    }
    return new BuildOptions(
        sources.paths(), output.output, layout, formats,
        lang != null ? lang : settings.get("lang"),
        // checked: scheme and host as browsers compare them (lowercased), the rest as written
        java.util.Optional.ofNullable(baseUrl != null ? baseUrl : settings.get("base-url"))
            .map(url -> org.edition.load.WebAddress.parse(url).toString()).orElse(null),
        volumeChoice,
        jobs.count(),
        clean, strict);
  }

  /** Prints what the build found and did; returns the exit code. */
  static int print(BuildReport report, PrintWriter out, PrintWriter err, boolean quiet, boolean all) {
    DiagnosticReport lines = new DiagnosticReport(Path.of(""), null, ToolVersion.get());
    ProblemListing listing = new ProblemListing(report.diagnostics(), all);
    listing.lines(lines::line, lines::displayPath).forEach(err::println);
    listing.overview(lines::displayPath).forEach(err::println);
    if (report.result() == BuildReport.Result.STOPPED) {
      err.println("edition: " + DiagnosticReport.printable(report.stopReason()));
      if (!quiet) {
        out.println(report.summary());
      }
      return ExitCode.DOCUMENT_ERRORS;
    }
    if (!quiet) {
      out.println("checked: " + listing.problems().size() + " problems (" + listing.errors() + " errors, "
          + listing.warnings() + " warnings)");
      for (BuildReport.FormatOutcome f : report.formats()) {
        if (f.committed()) {
          out.println(f.format() + ": " + f.contents() + " in " + lines.displayPath(f.folder()) + " " + f.work());
        } else {
          out.println(f.format() + ": not written (" + f.failed() + " failed)" + (f.contents() == null ? ""
              : ": " + lines.displayPath(f.folder()) + " is kept as the last build left it, " + f.contents()));
        }
      }
      out.println(report.summary());
    }
    err.flush();
    out.flush();
    return report.hasErrors() ? ExitCode.DOCUMENT_ERRORS : ExitCode.OK;
  }
}
