package org.edition.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.edition.Cli;
import org.edition.engine.IncrementalBuildTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build daemon: the commands of a folder run in it once it is warm, with their output, their
 * errors and their exit code as if run in their own JVM, their relative paths read in their folder;
 * EDITION_DAEMON=off keeps them out; `--stop` ends it; and a client killed mid-build takes the
 * build with it, the last build's output kept whole.
 */
class BuildDaemonTest {
  @TempDir Path project;
  @TempDir Path sockets;
  private final List<Long> daemons = new ArrayList<>();

  @AfterEach
  void stopDaemons() {
    daemons.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
  }

  @Test
  void theFoldersCommandsRunInTheWarmDaemonUntilItIsStopped() throws Exception {
    copyFlagship();
    startDaemon();
    Run built = edition(Map.of(), "build", "--html", "-o", "output");
    assertEquals(0, built.code(), built.all());
    assertTrue(built.out().contains("html: "), built.all());
    assertTrue(Files.isRegularFile(project.resolve("output/html/index.html")), "the relative -o is read in the client's folder");
    assertTrue(log().contains("build --html -o output: exit 0"), "the daemon did not run the build: " + log());

    // a broken text: its problem with file, line and column on the client's errors, and exit 1
    Files.writeString(project.resolve("tei/broken.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<teiHeader>\n</TEI>\n");
    Run broken = edition(Map.of(), "validate");
    assertEquals(1, broken.code(), broken.all());
    assertTrue(broken.err().contains("broken.xml:3:") || broken.out().contains("broken.xml:3:"), broken.all());
    assertTrue(log().contains("running: validate"), log());

    String before = log();
    Run alone = edition(Map.of("EDITION_DAEMON", "off"), "validate");
    assertEquals(1, alone.code(), alone.all());
    assertEquals(before, log(), "with EDITION_DAEMON=off the command went to the daemon");

    Run stop = edition(Map.of(), "daemon", "--stop");
    assertTrue(stop.out().startsWith("stopping the daemon of "), stop.all());
    waitForTheEnd(daemons.get(0));
    Run status = edition(Map.of(), "daemon", "--status");
    assertTrue(status.out().startsWith("no daemon serves "), status.all());
  }

  @Test
  void aClientKilledMidBuildTakesTheBuildWithItAndTheLastOutputStaysWhole() throws Exception {
    copyFlagship();
    Run first = edition(Map.of("EDITION_DAEMON", "off"), "build", "--html", "-o", "output");
    assertEquals(0, first.code(), first.all());
    byte[] page = Files.readAllBytes(project.resolve("output/html/index.html"));
    long daemon = startDaemon();
    String essay = Files.readString(project.resolve("tei/leylavergne-travail.xml"));
    int body = essay.indexOf("<body");
    int paragraphEnd = essay.indexOf("</p>", body);
    Files.writeString(project.resolve("tei/leylavergne-travail.xml"),
        essay.substring(0, paragraphEnd) + " Un mot de plus." + essay.substring(paragraphEnd));
    Process client = start(Map.of(), "build", "--clean", "-o", "output");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!log().contains("running: build --clean -o output") && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(log().contains("running: build --clean -o output"), log());
    client.destroyForcibly();
    waitForTheEnd(daemon);
    assertTrue(log().contains("the client went away"), log());
    assertArrayEquals(page, Files.readAllBytes(project.resolve("output/html/index.html")), "the last build's page changed");
    assertFalse(Files.exists(project.resolve("output/pdf")), "the stopped build's PDFs were put in place");
    Run again = edition(Map.of("EDITION_DAEMON", "off"), "build", "--html", "-o", "output");
    assertEquals(0, again.code(), again.all());
    assertTrue(Files.readString(project.resolve("output/html/leylavergne-travail.html")).contains("Un mot de plus."));
  }

  private void copyFlagship() throws IOException {
    for (String folder : new String[] {"tei", "schemas"}) {
      IncrementalBuildTest.copyTree(Cli.root().resolve(folder), project.resolve(folder));
    }
  }

  /** `edition daemon`, warmed by a website's build; returns once the daemon is warm, with its pid. */
  private long startDaemon() throws Exception {
    Run started = edition(Map.of(), "daemon", "--idle", "2", "--", "build", "--html");
    assertEquals(0, started.code(), started.all());
    Matcher pid = Pattern.compile("started: pid (\\d+), warm,").matcher(started.out());
    assertTrue(pid.find(), started.all() + log());
    long daemon = Long.parseLong(pid.group(1));
    daemons.add(daemon);
    return daemon;
  }

  private static void waitForTheEnd(long pid) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the daemon " + pid + " did not end");
  }

  private String log() throws IOException {
    try (Stream<Path> logs = Files.list(sockets)) {
      StringBuilder all = new StringBuilder();
      for (Path log : logs.filter(p -> p.toString().endsWith(".log")).toList()) {
        all.append(Files.readString(log, StandardCharsets.UTF_8));
      }
      return all.toString();
    }
  }

  record Run(int code, String out, String err) {
    String all() {
      return out + err;
    }
  }

  private Run edition(Map<String, String> env, String... args) throws Exception {
    Process p = start(env, args);
    assertTrue(p.waitFor(3, TimeUnit.MINUTES), "edition " + String.join(" ", args) + " did not end");
    return new Run(p.exitValue(), Files.readString(project.resolve("out.txt")), Files.readString(project.resolve("err.txt")));
  }

  /** The command in its own JVM (as the launcher starts it), run in the project's folder. */
  private Process start(Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx700m", "-cp", System.getProperty("java.class.path"), EditionCommand.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile())
        .redirectOutput(project.resolve("out.txt").toFile()).redirectError(project.resolve("err.txt").toFile());
    builder.environment().put("EDITION_DAEMON_DIR", sockets.toString());
    builder.environment().remove("EDITION_DAEMON");
    builder.environment().putAll(env);
    return builder.start();
  }
}
