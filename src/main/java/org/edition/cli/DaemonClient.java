package org.edition.cli;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A command's side of the build daemon: it hands a build or a validation of this folder to the
 * daemon when one is warm, and after a build run here, at a person's terminal, starts one for the
 * next commands. {@code EDITION_DAEMON=off} does neither; a command whose texts need a larger heap
 * or a long run (see JvmForInput) always runs in its own JVM.
 */
final class DaemonClient {
  /** How long an automatically started daemon waits for a command before it ends. */
  static final int IDLE_MINUTES = 30;

  private final Optional<DaemonPlace> place;
  private final boolean suits;
  private boolean noneAnswered;

  private DaemonClient(Optional<DaemonPlace> place, boolean suits) {
    this.place = place;
    this.suits = suits;
  }

  /** The daemon side of this command line, given what its texts need. */
  static DaemonClient forThisFolder(String[] args, JvmForInput.Needs needs) {
    String setting = System.getenv("EDITION_DAEMON");
    boolean off = setting != null && List.of("off", "no", "0", "false").contains(setting.toLowerCase(Locale.ROOT));
    boolean suits = !off && !JvmForInput.ranAgain() && needs.buildsOrValidates()
        && needs.heap() <= Runtime.getRuntime().maxMemory() && needs.bytes() <= JvmForInput.LONG_RUN_BYTES;
    return new DaemonClient(suits ? DaemonPlace.here() : Optional.empty(), suits);
  }

  /**
   * Runs the command in the warm daemon of this folder and returns its exit code; -1 when there is
   * none, it is still warming, or the command is not for it (the command then runs here).
   */
  int handOver(String[] args) {
    if (place.isEmpty()) {
      return -1;
    }
    SocketChannel channel;
    try {
      channel = connect(place.get());
    } catch (IOException none) {
      noneAnswered = true;
      return -1;
    }
    try (channel) {
      DaemonWire.send(channel, request("run", List.of(args)).bytes());
      while (true) {
        DaemonWire.Frame frame = DaemonWire.next(channel);
        switch (frame.kind()) {
          case DaemonWire.OUT -> {
            System.out.write(frame.data());
            System.out.flush();
          }
          case DaemonWire.ERR -> {
            System.err.write(frame.data());
            System.err.flush();
          }
          case DaemonWire.EXIT -> {
            return frame.code();
          }
          default -> {
            return -1;
          }
        }
      }
    } catch (IOException e) {
      System.err.println("edition: the build daemon stopped (" + e.getMessage() + "); its log: " + place.get().log());
      return ExitCode.ENVIRONMENT;
    }
  }

  /**
   * After a command run here: when a person ran it at a terminal and no daemon answered, starts one
   * in the background, warmed by a build like this command's, for the commands to come.
   */
  void startBehind(String[] args) {
    if (!suits || !noneAnswered || !Invocation.watched() || place.isEmpty()) {
      return;
    }
    try {
      long pid = start(place.get(), IDLE_MINUTES, List.of(args));
      System.err.println("edition: the next builds here go to a warm process (the build daemon, pid " + pid
          + ": it ends after " + IDLE_MINUTES + " idle minutes, or with `edition daemon --stop`; EDITION_DAEMON=off"
          + " keeps it from starting)");
    } catch (IOException e) {
      // the commands run in their own JVM, as before
    }
  }

  /** Starts the daemon of this folder in the background; returns its process id. */
  static long start(DaemonPlace place, int idleMinutes, List<String> warmWith) throws IOException {
    List<String> command = JvmForInput.javaCommand(true, Runtime.getRuntime().maxMemory());
    command.addAll(List.of("daemon", "--run", "--idle", String.valueOf(idleMinutes), "--"));
    command.addAll(warmWith);
    ProcessBuilder daemon = new ProcessBuilder(command);
    daemon.environment().remove("EDITION_JVM_CHOSEN");
    daemon.redirectErrorStream(true).redirectOutput(place.log().toFile());
    daemon.redirectInput(ProcessBuilder.Redirect.from(
        Path.of(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null").toFile()));
    return daemon.start().pid();
  }

  /** What the daemon of this folder says of itself (status, stop), or empty when none answers. */
  static Optional<String> ask(DaemonPlace place, String verb) {
    try (SocketChannel channel = connect(place)) {
      DaemonWire.send(channel, request(verb, List.of()).bytes());
      DaemonWire.Frame frame = DaemonWire.next(channel);
      return Optional.of(new String(frame.data(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Whether a daemon listens at this place. */
  static boolean answers(DaemonPlace place) {
    return ask(place, "status").isPresent();
  }

  private static SocketChannel connect(DaemonPlace place) throws IOException {
    if (!Files.exists(place.socket())) {
      throw new IOException("no daemon");
    }
    return SocketChannel.open(UnixDomainSocketAddress.of(place.socket()));
  }

  private static DaemonWire.Request request(String verb, List<String> args) {
    return new DaemonWire.Request(verb, Path.of("").toAbsolutePath().toString(), Invocation.watched(),
        System.getenv("EDITION_DEBUG") != null, Charset.defaultCharset().name(), new ArrayList<>(args));
  }
}
