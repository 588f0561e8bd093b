package org.edition.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The launcher bounds the heap (700 MB serve thousands of small texts), but one very large TEI
 * document needs more: its tree alone takes some 40 times its size. When the largest file named
 * on the command line (or in tei/) needs more than this JVM may use, the command runs again in a
 * JVM with enough, rather than failing with an out-of-memory error.
 */
final class HeapForInput {
  private static final String AGAIN = "EDITION_HEAP_CHOSEN";
  private static final long TREE_FACTOR = 40;
  private static final long BASE = 300L << 20;

  private HeapForInput() {}

  /** The exit code of the command run again with a larger heap, or -1 if this JVM will do. */
  static int runAgainIfNeeded(String[] args) {
    if (System.getenv(AGAIN) != null) {
      dieWithParent();
      return -1;
    }
    long largest = largestXml(args);
    long needed = BASE + TREE_FACTOR * largest;
    if (needed <= Runtime.getRuntime().maxMemory()) {
      return -1;
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (!arg.startsWith("-Xmx") && !arg.startsWith("-XX:ArchiveClassesAtExit") && !arg.startsWith("-XX:MaxHeapSize")) {
        command.add(arg);
      }
    }
    command.add(String.format(Locale.ROOT, "-Xmx%dm", needed >> 20));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(EditionCommand.class.getName());
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

  /** The size of the largest .xml file among the arguments that are files or folders, and tei/. */
  private static long largestXml(String[] args) {
    List<Path> candidates = new ArrayList<>();
    candidates.add(Path.of("tei"));
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        try {
          candidates.add(Path.of(arg));
        } catch (RuntimeException notAPath) {
          // an option's value that is not a path
        }
      }
    }
    long largest = 0;
    for (Path p : candidates) {
      if (Files.isRegularFile(p)) {
        largest = Math.max(largest, size(p));
      } else if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p, 8)) {
          largest = Math.max(largest, walk.filter(f -> f.toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
              .mapToLong(HeapForInput::size).max().orElse(0));
        } catch (IOException | RuntimeException unreadable) {
          // the command itself reports what it cannot read
        }
      }
    }
    return largest;
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }
}
