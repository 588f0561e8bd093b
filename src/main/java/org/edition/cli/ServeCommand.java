package org.edition.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.edition.engine.BuildOptions;
import org.edition.serve.EditionPreview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code edition serve}: a live preview of the website while the edition is being edited. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionText.class,
    description = {
      "Build the website into OUTPUT/html and serve it at http://localhost:PORT",
      "(this machine only). Every save in the TEI folders, xslt/, schemas/ or",
      "edition.properties rebuilds what it changes, in the same warm process, and",
      "reloads the open pages. Problems found in the TEI files are printed here and",
      "shown at the foot of the page. The PDFs and EPUBs (OUTPUT/pdf, OUTPUT/epub)",
      "follow each build of the pages, in the background (--books). Stop with Ctrl-C."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  edition serve                    the project's tei/ at http://localhost:8000",
      "  edition serve --port 8080 corpus/",
    })
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SourceOptions sources = new SourceOptions();

  @Mixin OutputOption output = new OutputOption();

  @Option(names = {"-p", "--port"}, paramLabel = "PORT", description = "Port on localhost (default: ${DEFAULT-VALUE}; 0 for any free one).", defaultValue = "8000")
  int port;

  @Option(names = "--lang", paramLabel = "LANG", description = "Language of the interface labels: fr or en.")
  String lang;

  @Mixin JobsOption jobs = new JobsOption();

  @Option(names = "--books", paramLabel = "WHEN", defaultValue = "auto",
      description = "Keep the PDFs and EPUBs up to date too, after the pages, without holding them up: auto (when the"
          + " texts' TEI comes to at most 2 MB, as for a volume), always, never (default: ${DEFAULT-VALUE}).")
  String books;


  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    BuildOptions options = BuildCommand.options(spec, sources, output, java.util.Set.of("html"), lang, null, null,
        jobs, false, false);
    boolean withBooks = switch (books) {
      case "always" -> true;
      case "never" -> false;
      case "auto" -> JvmForInput.totalBytes(org.edition.load.TeiFiles.find(options.paths(), org.edition.engine.OutputFolder::isOutput))
          <= BuildOptions.AUTO_VOLUME_BYTES;
      default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--books: auto, always or never, not " + books);
    };
    try (EditionPreview preview = new EditionPreview(options, out, withBooks)) {
      String address = preview.start(port);
      out.println("serving " + address + " (Ctrl-C to stop); watching " + sources.paths() + ", xslt/, schemas/"
          + (withBooks ? "; the PDFs and EPUBs follow in the background (--books never to leave them)" : ""));
      out.flush();
      preview.watch();
    }
    return ExitCode.OK;
  }
}
