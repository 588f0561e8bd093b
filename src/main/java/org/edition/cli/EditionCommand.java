package org.edition.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code edition}: validate and publish a TEI edition. */
@Command(
    name = "edition",
    mixinStandardHelpOptions = true,
    versionProvider = VersionText.class,
    description = "Validate and publish a digital scholarly edition encoded in TEI P5.",
    subcommands = {NewCommand.class, InitCommand.class, ValidateCommand.class, BuildCommand.class, ServeCommand.class,
      DaemonCommand.class, CommandLine.HelpCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  edition validate                 check every TEI file under tei/",
      "  edition validate --format sarif  the same, as SARIF for CI annotations",
      "  edition build                    publish the edition into output/",
      "  edition serve                    preview the site, rebuilt on every save",
      "  edition daemon --stop            stop this folder's build daemon (a warm JVM)",
      "",
      "Exit codes: 0 success, 1 the documents have errors, 2 usage or environment error."
    })
public final class EditionCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Invocation invocation;

  EditionCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  Invocation invocation() {
    return invocation;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "say which command to run");
  }

  public static void main(String[] args) {
    JvmForInput.Needs needs = JvmForInput.needed(args);
    DaemonClient daemon = DaemonClient.forThisFolder(args, needs);
    int handed = daemon.handOver(args);
    if (handed >= 0) {
      System.exit(handed);
    }
    int again = JvmForInput.runAgainIfNeeded(args, needs);
    if (again >= 0) {
      System.exit(again);
    }
    int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), Invocation.here());
    daemon.startBehind(args);
    System.exit(code);
  }

  /** Runs the command line; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, new Invocation(System.err, false, System.getenv("EDITION_DEBUG") != null,
        org.edition.engine.EditionBuild::new));
  }

  /** Runs the command line for this invocation; returns the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err, Invocation invocation) {
    CommandLine cli = new CommandLine(new EditionCommand(invocation));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("edition: " + org.edition.check.DiagnosticReport.printable(EnvironmentError.describe(e)));
          if (invocation.debug()) {
            e.printStackTrace(commandLine.getErr());
          }
          return ExitCode.ENVIRONMENT;
        });
    return cli.execute(args);
  }
}
