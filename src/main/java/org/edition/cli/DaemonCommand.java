package org.edition.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code edition daemon}: the warm process the builds of this folder go to. */
@Command(
    name = "daemon",
    mixinStandardHelpOptions = true,
    versionProvider = VersionText.class,
    description = {
      "Start, stop or ask after the build daemon of the current folder: a process",
      "that stays up between commands, so that `edition build` and `edition",
      "validate` run in a warm JVM (the stylesheets compiled, the schemas loaded,",
      "the compiler warm) instead of starting a new one. A build run at a terminal",
      "starts one by itself. It ends after " + DaemonClient.IDLE_MINUTES + " idle minutes, when the edition's jar",
      "is rebuilt, or with --stop. EDITION_DAEMON=off keeps commands from using or",
      "starting one. A command whose texts need a larger heap or a long run runs",
      "in its own JVM."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  edition daemon                   start it, warmed by a build of the project",
      "  edition daemon -- build --html   start it, warmed by this command's build",
      "  edition daemon --status          whether one runs here, and what it did",
      "  edition daemon --stop            stop it"
    })
public final class DaemonCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true)
  What what = new What();

  static final class What {
    @Option(names = "--stop", description = "Stop the daemon of this folder.")
    boolean stop;

    @Option(names = "--status", description = "Say whether a daemon serves this folder, and how it is.")
    boolean status;

    @Option(names = "--run", hidden = true, description = "Be the daemon (in the foreground).")
    boolean run;
  }

  @Option(names = "--idle", paramLabel = "MINUTES", description = "Minutes without a command after which it ends (default: "
      + DaemonClient.IDLE_MINUTES + ").")
  int idle = DaemonClient.IDLE_MINUTES;

  @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command whose build warms it (default: build).")
  List<String> warmWith = new ArrayList<>();

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<DaemonPlace> place = DaemonPlace.here();
    if (place.isEmpty()) {
      err.println("edition: no place for a daemon here (a Unix socket in EDITION_DAEMON_DIR, XDG_RUNTIME_DIR"
          + " or ~/.cache/edition/daemons)");
      return ExitCode.ENVIRONMENT;
    }
    if (idle < 1) {
      err.println("edition: --idle is a number of minutes, 1 or more, not " + idle);
      return ExitCode.ENVIRONMENT;
    }
    List<String> warm = warmWith.isEmpty() ? List.of("build") : warmWith;
    if (what.run) {
      return new BuildDaemon(place.get(), Duration.ofMinutes(idle), warm).serve();
    }
    if (what.stop || what.status) {
      Optional<String> said = DaemonClient.ask(place.get(), what.stop ? "stop" : "status");
      out.println(said.orElse("no daemon serves " + java.nio.file.Path.of("").toAbsolutePath()));
      return ExitCode.OK;
    }
    Optional<String> running = DaemonClient.ask(place.get(), "status");
    if (running.isPresent()) {
      out.println("already running: " + running.get());
      return ExitCode.OK;
    }
    long pid = DaemonClient.start(place.get(), idle, warm);
    // Returns once it is warm, so that the next command goes to it.
    for (int waited = 0; waited < 600; waited++) {
      Optional<String> said = DaemonClient.ask(place.get(), "status");
      if (said.isPresent() && said.get().contains(", warm,")) {
        out.println("started: " + said.get());
        return ExitCode.OK;
      }
      if (ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)) {
        err.println("edition: the daemon stopped as it started; its log: " + place.get().log());
        return ExitCode.ENVIRONMENT;
      }
      Thread.sleep(500);
    }
    out.println("started (pid " + pid + "), still warming; its log: " + place.get().log());
    return ExitCode.OK;
  }
}
