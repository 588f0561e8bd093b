package org.edition.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The JVM the texts need. The launcher bounds the heap (700 MB serve thousands of small texts), but
 * one very large TEI document needs more: its tree alone takes some 40 times its size; and so do
 * very many texts, whose extracts the edition-wide pages and the search are made from all at once.
 * The launcher also starts the JVM with its quick compiler only ({@code -XX:TieredStopAtLevel=1},
 * marked {@code -Dedition.jit=quick}): a build of a few texts is over before the optimising
 * compiler pays for itself (the flagship in all formats: 11 s instead of 16 s, and half the
 * processor time), but a long run gains from it (the diary's site: faster from some 2,500
 * entries on). When the texts the command will read (named on the command line, by {@code texts =}
 * in edition.properties, or tei/) need more memory than this JVM may use, or make a long run
 * ({@code serve}, more than {@link #LONG_RUN_BYTES} of TEI, or {@link #LONG_PDF_RUN_BYTES} for
 * PDFs), the command runs again in a JVM
 * that suits them, rather than failing with an out-of-memory error or running slow.
 */
final class JvmForInput {
  private static final String AGAIN = "EDITION_JVM_CHOSEN";
  private static final String QUICK_JIT = "-XX:TieredStopAtLevel=1";
  private static final String QUICK_JIT_MARK = "-Dedition.jit=quick";
  /**
   * The TEI from which a build is a long run (measured on the diary's site, 2 cores: 1,600 entries
   * of 16 MB in 36 s with the quick compiler only and 42 s with both; 4,000 entries of 40 MB in 80 s
   * and 74 s).
   */
  static final long LONG_RUN_BYTES = 24L << 20;
  /**
   * The TEI from which a build with PDFs is a long run: FOP's layout is where the optimising
   * compiler pays most (measured: two texts of 0.37 MB in PDF, 11.0 s quick and 13.5 s with both;
   * the 13 texts of ../shared/corpus/docs, 1.7 MB, 145 s quick and 85 s with both).
   */
  static final long LONG_PDF_RUN_BYTES = 1L << 20;
  private static final long TREE_FACTOR = 40;
  private static final long BASE = 300L << 20;
  /**
   * What each text takes while the edition-wide outputs are made: its extract, its search
   * records, its entries in the pages' tables (measured: 20,000 letters of half a kilobyte peak
   * at some 13 KB a text; counted with room for the collector and for texts with more names).
   */
  private static final long PER_TEXT = 20L << 10;

  /** The exit code of the command run again with a larger heap, or -1 if this JVM will do. */
  static int runAgainIfNeeded(String[] args, Needs needs) {
    if (ranAgain()) {
      dieWithParent();
      return -1;
    }
    long heap = Runtime.getRuntime().maxMemory();
    boolean quick = "quick".equals(System.getProperty("edition.jit"));
    boolean moreMemory = needs.heap() > heap;
    boolean fullCompiler = quick && needs.longRun();
    if (!moreMemory && !fullCompiler) {
      return -1;
    }
    List<String> command = javaCommand(fullCompiler, Math.max(needs.heap(), heap));
    command.addAll(List.of(args));
    ProcessBuilder again = new ProcessBuilder(command).inheritIO();
    again.environment().put(AGAIN, String.valueOf(ProcessHandle.current().pid()));
    try {
      Process child = again.start();
      // Stopped (Ctrl-C, kill), this process takes its child with it: a build left running
      // unseen would commit its output later.
      Thread stopChild = new Thread(() -> {
        child.destroy();
        try {
          if (!child.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            child.destroyForcibly();
          }
        } catch (InterruptedException e) {
          child.destroyForcibly();
        }
      });
      Runtime.getRuntime().addShutdownHook(stopChild);
      int code = child.waitFor();
      Runtime.getRuntime().removeShutdownHook(stopChild);
      return code;
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitCode.ENVIRONMENT;
    }
  }

  /** Whether this JVM is the one a command ran again in. */
  static boolean ranAgain() {
    return System.getenv(AGAIN) != null;
  }

  /**
   * The command that starts the edition's main class in a JVM like this one: its options, its
   * class path, this heap, and the optimising compiler too if {@code fullCompiler}.
   */
  static List<String> javaCommand(boolean fullCompiler, long heap) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (!arg.startsWith("-Xmx") && !arg.startsWith("-XX:ArchiveClassesAtExit") && !arg.startsWith("-XX:MaxHeapSize")
          && !(fullCompiler && isJitOption(arg))) {
        command.add(arg);
      }
    }
    command.add(String.format(Locale.ROOT, "-Xmx%dm", heap >> 20));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(EditionCommand.class.getName());
    return command;
  }

  /** Whether this JVM's options name the quick compiler only (the launcher's). */
  static boolean isJitOption(String arg) {
    return arg.equals(QUICK_JIT) || arg.equals(QUICK_JIT_MARK);
  }

  /**
   * In the JVM run again: when the first one is gone (killed with no chance to stop this one),
   * this one stops too, before it commits anything.
   */
  private static void dieWithParent() {
    long parent;
    try {
      // The first JVM's pid, as it said: it may be gone before this one even starts.
      parent = Long.parseLong(System.getenv(AGAIN));
    } catch (NumberFormatException e) {
      return;
    }
    // A process whose parent dies gets another one at once (init or a subreaper): the parent's
    // pid changing is the sign, whether or not the dead one was reaped yet.
    Thread watch = new Thread(() -> {
      while (true) {
        long now = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
        if (now != parent) {
          Runtime.getRuntime().halt(143);
        }
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "parent watch");
    watch.setDaemon(true);
    watch.start();
  }

  /**
   * What the texts a command reads need: a heap for the largest one's tree and, for a command that
   * publishes them, every text's share of the edition-wide outputs; and whether the run is long.
   */
  record Needs(long heap, boolean longRun, long bytes, Object command) {
    static final Needs NOTHING = new Needs(0, false, 0, null);

    /** Whether the command builds or validates (what the build daemon may run). */
    boolean buildsOrValidates() {
      return command instanceof BuildCommand || command instanceof ValidateCommand;
    }
  }

  static Needs needed(String[] args) {
    SourceOptions sources;
    Object command;
    try {
      picocli.CommandLine.ParseResult parsed = new picocli.CommandLine(new EditionCommand(null)).parseArgs(args);
      while (parsed.hasSubcommand()) {
        parsed = parsed.subcommand();
      }
      command = parsed.commandSpec().userObject();
      sources = command instanceof BuildCommand b ? b.sources
          : command instanceof ServeCommand s ? s.sources
          : command instanceof ValidateCommand v ? v.sources : null;
      if (sources == null) {
        return Needs.NOTHING;
      }
      List<Path> texts = org.edition.load.TeiFiles.find(sources.paths(), org.edition.engine.OutputFolder::isOutput);
      long largest = texts.stream().mapToLong(JvmForInput::size).max().orElse(0);
      long all = totalBytes(texts);
      long publishing = command instanceof ValidateCommand ? 0 : PER_TEXT * texts.size();
      boolean pdf = command instanceof BuildCommand b && (b.pdf || !b.html && !b.epub);
      return new Needs(BASE + TREE_FACTOR * largest + publishing, command instanceof ServeCommand || all > LONG_RUN_BYTES
          || pdf && all > LONG_PDF_RUN_BYTES, all, command);
    } catch (IOException | RuntimeException unreadable) {
      // what the command cannot parse or read, it reports itself
      return Needs.NOTHING;
    }
  }

  /** The bytes of these files, one that cannot be read counting none (its command says why). */
  static long totalBytes(List<Path> files) {
    return files.stream().mapToLong(JvmForInput::size).sum();
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }
}
