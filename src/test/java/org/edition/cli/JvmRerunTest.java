package org.edition.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command runs itself again with a larger heap for a very large document, and with the
 * optimising compiler for a long run; killed, it takes that second JVM with it, so that no build
 * goes on unseen and commits later.
 */
class JvmRerunTest {
  @TempDir Path dir;

  @Test
  void theJvmRunAgainDiesWithTheFirst() throws Exception {
    Path file = dir.resolve("large.xml");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>"
          + "<publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>"
          + "<text xml:lang=\"fr\"><body>");
      for (int i = 0; i < 40_000; i++) {
        out.write("<p>Un paragraphe assez long pour que le document pèse plusieurs mégaoctets, numéro " + i + ".</p>\n");
      }
      out.write("</body></text></TEI>\n");
    }
    int port = freePort();
    // serve runs until stopped: the second JVM outlives the first unless it goes with it.
    Process first = startWithLauncherHeap("serve", "--port", String.valueOf(port), "--project", dir.toString(),
        "-o", dir.resolve("output").toString(), file.toString());
    Optional<ProcessHandle> second = rerunOf(first, System.nanoTime() + 60_000_000_000L);
    assertTrue(second.isPresent(), "the command did not run itself again: " + Files.readString(dir.resolve("log.txt")));
    first.toHandle().destroyForcibly();
    first.waitFor();
    ProcessHandle child = second.get();
    long until = System.nanoTime() + 10_000_000_000L;
    while (child.isAlive() && System.nanoTime() < until) {
      Thread.sleep(50);
    }
    boolean alive = child.isAlive();
    child.destroyForcibly();
    assertFalse(alive, "the second JVM outlived the first: " + child.info().commandLine().orElse("?") + " parent " + child.parent().map(ProcessHandle::pid));
  }

  /**
   * Thousands of small texts need more than the launcher's heap for the edition-wide pages and the
   * search, wherever they are named: here by {@code texts =} in edition.properties, no path given.
   */
  @Test
  void manyTextsNamedInTheSettingsRunTheCommandAgainWithMoreMemory() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (int i = 0; i < 2_000; i++) {
      Files.writeString(corpus.resolve("l" + i + ".xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc>"
          + "<titleStmt><title>L" + i + "</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p>"
          + "</sourceDesc></fileDesc></teiHeader><text><body><p>Lettre " + i + ".</p></body></text></TEI>\n");
    }
    Files.writeString(dir.resolve("edition.properties"), "texts = corpus\n");
    Optional<String> again = rerunArguments(startWithLauncherHeap("build", "--html", "--project", dir.toString()));
    assertTrue(again.isPresent(), "the command did not run itself again: " + Files.readString(dir.resolve("log.txt")));
    String arguments = again.get();
    java.util.regex.Matcher heap = java.util.regex.Pattern.compile("-Xmx(\\d+)m").matcher(arguments);
    assertTrue(heap.find() && Integer.parseInt(heap.group(1)) > 320, "the heap asked for: " + arguments);
  }

  /**
   * The launcher starts the quick compiler only; {@code serve}, a long run, runs again with the
   * optimising compiler too, and a short build does not run again.
   */
  @Test
  void aLongRunGetsTheOptimisingCompilerAndAShortBuildKeepsTheQuickOne() throws Exception {
    Path tei = Files.createDirectories(dir.resolve("tei"));
    Files.writeString(tei.resolve("a.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc>"
        + "<titleStmt><title>A</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p>"
        + "</sourceDesc></fileDesc></teiHeader><text><body><p>Un texte.</p></body></text></TEI>\n");
    assertFalse(JvmForInput.needed(new String[] {"build", "--project", dir.toString(), tei.toString()}).longRun());
    assertTrue(JvmForInput.needed(new String[] {"serve", "--project", dir.toString(), tei.toString()}).longRun());
    // PDFs of more than a megabyte of TEI are a long run; their website alone is not
    Path pdfs = Files.createDirectories(dir.resolve("pdfs"));
    StringBuilder body = new StringBuilder();
    while (body.length() < (1 << 20) + 1000) {
      body.append("<p>Un paragraphe de texte courant, pour que le fichier pèse plus d'un mégaoctet.</p>\n");
    }
    Files.writeString(pdfs.resolve("b.xml"), Files.readString(tei.resolve("a.xml")).replace("<p>Un texte.</p>", body));
    assertTrue(JvmForInput.needed(new String[] {"build", "--pdf", "--project", dir.toString(), pdfs.toString()}).longRun());
    assertTrue(JvmForInput.needed(new String[] {"build", "--project", dir.toString(), pdfs.toString()}).longRun());
    assertFalse(JvmForInput.needed(new String[] {"build", "--html", "--project", dir.toString(), pdfs.toString()}).longRun());
    int port = freePort();
    Optional<String> again = rerunArguments(start(List.of("-XX:TieredStopAtLevel=1", "-Dedition.jit=quick", "-Xmx700m"),
        "serve", "--port", String.valueOf(port), "--project", dir.toString(), "-o", dir.resolve("output").toString(), tei.toString()));
    assertTrue(again.isPresent(), "serve did not run itself again: " + Files.readString(dir.resolve("log.txt")));
    String arguments = again.get();
    assertFalse(arguments.contains("TieredStopAtLevel"), "serve kept the quick compiler only: " + arguments);
    assertTrue(arguments.contains("-Xmx700m"), "serve lost the launcher's heap: " + arguments);
  }

  /** The command in a JVM of the launcher's small heap, its output in log.txt. */
  private Process startWithLauncherHeap(String... arguments) throws Exception {
    return start(List.of("-Xmx320m"), arguments);
  }

  /** The command in a JVM started with these options, its output in log.txt. */
  private Process start(List<String> jvmOptions, String... arguments) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), EditionCommand.class.getName()));
    command.addAll(List.of(arguments));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
  }

  private static int freePort() throws java.io.IOException {
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      return free.getLocalPort();
    }
  }

  /**
   * What the JVM the command ran itself again in was started with (read once it has its own
   * command line), both JVMs stopped then; nothing if it did not run again within a minute.
   */
  private static Optional<String> rerunArguments(Process first) throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    Optional<ProcessHandle> second = rerunOf(first, deadline);
    String arguments = "";
    while (second.isPresent() && second.get().isAlive() && !arguments.contains("-Xmx") && System.nanoTime() < deadline) {
      arguments = second.get().info().commandLine().orElse("");
      Thread.sleep(20);
    }
    first.toHandle().destroyForcibly();
    first.waitFor();
    second.ifPresent(ProcessHandle::destroyForcibly);
    String read = arguments;
    return second.map(s -> read);
  }

  /** The JVM the command started again with more memory, once it has (or nothing by the deadline). */
  private static Optional<ProcessHandle> rerunOf(Process first, long deadline) throws InterruptedException {
    Optional<ProcessHandle> second = Optional.empty();
    while (second.isEmpty() && first.isAlive() && System.nanoTime() < deadline) {
      second = first.toHandle().children().findFirst();
      Thread.sleep(20);
    }
    return second;
  }
}
