package org.edition.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.edition.engine.BuildOptions;
import org.edition.engine.EditionBuild;
import org.edition.engine.OutputFolder;
import org.edition.engine.Progress;
import org.edition.load.TeiFiles;
import org.edition.publish.StagedOutput;

/**
 * The build daemon: a JVM that stays up between an editor's commands in one folder, so that a
 * build finds the compiler warm, the stylesheets compiled, the schemas loaded and the unchanged
 * documents parsed (a new JVM spends most of a short build on these). It warms itself first by
 * building the edition into a scratch folder, and takes commands only when warm: a client that
 * comes earlier runs its command itself. It runs one command at a time, as its client would, and
 * ends after a time without commands, when its jar is rebuilt, or when asked.
 */
final class BuildDaemon {
  /** The scratch builds that warm a daemon; two bring the compiler close to its best. */
  private static final int WARM_BUILDS = 2;
  /** The TEI a warming build reads at most: beyond, the first texts only. */
  private static final long WARM_BYTES = 4L << 20;
  private static final int WARM_TEXTS = 20;

  private final DaemonPlace place;
  private final Duration idle;
  private final List<String> warmArgs;
  private final Path folder;
  private final String classPath;
  private final EditionBuild kept = new EditionBuild();
  private volatile boolean warm;
  private volatile boolean busy;
  private volatile Instant lastUsed = Instant.now();
  private int served;

  BuildDaemon(DaemonPlace place, Duration idle, List<String> warmArgs) {
    this.place = place;
    this.idle = idle;
    this.warmArgs = warmArgs;
    this.folder = Path.of("").toAbsolutePath();
    this.classPath = DaemonPlace.classPathStamp();
  }

  /** Serves until idle, outdated or stopped; returns 0, or 1 when another daemon already serves. */
  int serve() throws IOException {
    if (DaemonClient.answers(place)) {
      log("another daemon already serves " + folder);
      return 1;
    }
    ignoreTheTerminalsSignals();
    Files.deleteIfExists(place.socket());
    ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    server.bind(UnixDomainSocketAddress.of(place.socket()));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
        Files.deleteIfExists(place.socket());
      } catch (IOException e) {
        // the next daemon replaces a socket left behind
      }
    }));
    log("serving " + folder + " (pid " + ProcessHandle.current().pid() + ")");
    background("daemon watch", this::watch);
    background("daemon warming", this::warmUp);
    while (server.isOpen()) {
      SocketChannel client;
      try {
        client = server.accept();
      } catch (IOException closed) {
        break;
      }
      try (client) {
        answer(client);
      } catch (IOException e) {
        log("a client: " + e);
      }
    }
    return 0;
  }

  private void answer(SocketChannel client) throws IOException {
    DaemonWire.Request request = DaemonWire.Request.of(DaemonWire.receive(client, 1 << 20));
    switch (request.verb()) {
      case "status" -> status(client, "pid " + ProcessHandle.current().pid() + ", " + (warm ? "warm" : "warming")
          + ", " + served + " commands run, " + folder + ", stops after " + idle.toMinutes() + " idle minutes");
      case "stop" -> {
        status(client, "stopping the daemon of " + folder + " (pid " + ProcessHandle.current().pid() + ")");
        log("asked to stop");
        System.exit(0);
      }
      case "run" -> run(client, request);
      default -> status(client, "unknown request " + request.verb());
    }
  }

  private static void status(SocketChannel client, String text) throws IOException {
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    DaemonWire.frame(client, DaemonWire.STATUS, bytes, 0, bytes.length);
  }

  private void run(SocketChannel client, DaemonWire.Request request) throws IOException {
    if (!warm || !sameFolder(request.folder()) || !classPath.equals(DaemonPlace.classPathStamp())) {
      DaemonWire.frame(client, DaemonWire.BUSY, new byte[0], 0, 0);
      return;
    }
    busy = true;
    Instant start = Instant.now();
    log("running: " + String.join(" ", request.args()));
    Charset charset = Charset.forName(request.charset());
    PrintStream errStream = new PrintStream(DaemonWire.stream(client, DaemonWire.ERR), true, charset);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(DaemonWire.stream(client, DaemonWire.OUT), charset), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(errStream, charset), true);
    java.util.concurrent.atomic.AtomicBoolean over = new java.util.concurrent.atomic.AtomicBoolean();
    background("daemon client", () -> stopWhenTheClientGoes(client, over));
    int code;
    try {
      code = EditionCommand.run(request.args().toArray(String[]::new), out, err,
          new Invocation(errStream, request.terminal(), request.debug(), () -> kept));
    } finally {
      over.set(true);
      out.flush();
      err.flush();
    }
    DaemonWire.exit(client, code);
    served++;
    log(String.join(" ", request.args()) + ": exit " + code + " in "
        + Duration.between(start, Instant.now()).toMillis() + " ms");
    lastUsed = Instant.now();
    busy = false;
  }

  /** Whether the client runs in this daemon's folder (their relative paths mean the same). */
  private boolean sameFolder(String theirs) {
    try {
      return Path.of(theirs).toRealPath().equals(folder.toRealPath());
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * A client stopped (Ctrl-C, killed) takes its command with it: the command stops where it is,
   * with the daemon, as it would in the client's own JVM; the next build puts right what it left
   * (an output half switched, files in the cache).
   */
  private static void stopWhenTheClientGoes(SocketChannel client, java.util.concurrent.atomic.AtomicBoolean over) {
    String why;
    try {
      // a client sends nothing after its request: what comes is its end
      why = client.read(java.nio.ByteBuffer.allocate(1)) < 0 ? "" : " (it sent more than a request)";
    } catch (IOException e) {
      why = " (" + e + ")";
    }
    if (!over.get()) {
      log("the client went away" + why + ": stopping with its command");
      System.exit(130);
    }
  }

  /** Ends the daemon when idle too long, when the jar was rebuilt, or when its folder is gone. */
  private void watch() {
    while (true) {
      try {
        Thread.sleep(5_000);
      } catch (InterruptedException e) {
        return;
      }
      if (busy) {
        continue;
      }
      String why = Duration.between(lastUsed, Instant.now()).compareTo(idle) > 0 ? "idle for " + idle.toMinutes() + " minutes"
          : !classPath.equals(DaemonPlace.classPathStamp()) ? "the edition's jar changed"
          : !Files.isDirectory(folder) ? "its folder is gone"
          : null;
      if (why != null) {
        log("stopping: " + why);
        System.exit(0);
      }
    }
  }

  /**
   * Builds the edition the way the command that started the daemon would, into a scratch folder,
   * until the compiler is warm: the stylesheets, the schemas and the documents stay with the
   * daemon for the commands to come.
   */
  private void warmUp() {
    Path scratch = null;
    try {
      picocli.CommandLine.ParseResult parsed = new picocli.CommandLine(new EditionCommand(null))
          .parseArgs(warmArgs.toArray(String[]::new));
      while (parsed.hasSubcommand()) {
        parsed = parsed.subcommand();
      }
      Object command = parsed.commandSpec().userObject();
      BuildCommand build = command instanceof BuildCommand b ? b : null;
      SourceOptions sources = build != null ? build.sources
          : command instanceof ValidateCommand v ? v.sources : new SourceOptions();
      List<Path> texts = TeiFiles.find(sources.paths(), OutputFolder::isOutput);
      List<Path> paths = JvmForInput.totalBytes(texts) <= WARM_BYTES ? sources.paths()
          : texts.subList(0, Math.min(WARM_TEXTS, texts.size()));
      BuildOptions theirs = build != null ? build.options() : null;
      Set<String> formats = theirs != null ? theirs.formats() : new LinkedHashSet<>(BuildOptions.ALL_FORMATS);
      scratch = Files.createTempDirectory("edition-daemon-");
      for (int i = 0; i < WARM_BUILDS; i++) {
        Instant start = Instant.now();
        kept.run(new BuildOptions(paths, scratch.resolve("output"), sources.layout(), formats,
            theirs != null ? theirs.lang() : null, theirs != null ? theirs.baseUrl() : null,
            theirs != null ? theirs.volumes() : null, theirs != null ? theirs.jobs() : Runtime.getRuntime().availableProcessors(), true, false), Progress.quiet());
        log("warming build " + (i + 1) + " of " + paths + " " + formats + ": "
            + Duration.between(start, Instant.now()).toMillis() + " ms");
      }
    } catch (Exception | StackOverflowError e) {
      log("warming stopped: " + e);
    } finally {
      if (scratch != null) {
        try {
          StagedOutput.deleteTree(scratch);
        } catch (IOException e) {
          log("cannot remove " + scratch + ": " + e.getMessage());
        }
      }
      warm = true;
      lastUsed = Instant.now();
    }
  }

  private static Thread background(String name, Runnable work) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /**
   * Started from a terminal, the daemon is in the group of the command that started it: the
   * interrupt meant for that command, and the hang-up of a terminal closed later, are not for it.
   */
  @SuppressWarnings("removal")
  private static void ignoreTheTerminalsSignals() {
    for (String signal : List.of("INT", "HUP")) {
      try {
        sun.misc.Signal.handle(new sun.misc.Signal(signal), sun.misc.SignalHandler.SIG_IGN);
      } catch (IllegalArgumentException | UnsupportedOperationException e) {
        // not a signal of this system (Windows has no HUP)
      }
    }
  }

  private static void log(String line) {
    System.out.println(Instant.now() + " " + line);
    System.out.flush();
  }
}
