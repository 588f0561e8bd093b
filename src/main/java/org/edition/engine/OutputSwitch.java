package org.edition.engine;

import org.edition.load.Records;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.edition.publish.StagedOutput;

/**
 * Puts the new folders of every format in place together. Each is complete (texts, edition-wide
 * outputs, its build records written beside) before the first one moves; then the live folders
 * are swapped for the new ones one after the other, two renames a format and nothing between
 * them, and only then are the old ones deleted. What a reader of the output sees is the last
 * edition, then, for the moment of those renames (well under a millisecond), a format already new
 * beside one still old or one moved aside, then the new edition.
 *
 * <p>The swaps are written down first, in {@value #JOURNAL} in the build's records. A build killed
 * during them (kill -9) leaves the journal, and the next build into the output
 * finishes the swaps before anything else: the formats not yet moved are moved as this build
 * made them, never built again, and the edition is whole and new.
 */
final class OutputSwitch {
  static final String JOURNAL = "switch.tsv";
  private static final String HEADER = "# edition output switch 1";
  private static final String NEXT = ".next";

  /**
   * For the tests: the JVM stops at once (as with kill -9) after this many renames of a switch.
   */
  private static final int HALT_AFTER = Integer.getInteger("edition.switch.halt-after", -1);

  /**
   * One format's swap.
   *
   * @param built its new folder, complete
   * @param live where it goes (OUTPUT/html, ...)
   * @param state its build records, whose new version waits beside them until the swap
   */
  record Swap(Path built, Path live, Path state) {
    Path nextState() {
      return state.resolveSibling(state.getFileName() + NEXT);
    }
  }

  private OutputSwitch() {}

  /**
   * Finishes the swaps of a build killed while making them (its journal is in {@code cache}),
   * and forgets the records a build that stopped before its swaps wrote for them. Run under the
   * output's lock, before anything else.
   *
   * @return whether there was a switch to finish
   */
  static boolean finishInterrupted(Path cache) throws IOException {
    Path journal = cache.resolve(JOURNAL);
    List<Swap> swaps = read(journal);
    boolean interrupted = Files.isRegularFile(journal);
    for (Swap swap : swaps) {
      if (Files.isDirectory(swap.built())) {
        if (Files.exists(swap.live())) {
          move(swap.live(), aside(swap.live()));
        }
        move(swap.built(), swap.live());
      }
      if (Files.isRegularFile(swap.nextState())) {
        move(swap.nextState(), swap.state());
      }
    }
    Files.deleteIfExists(journal);
    if (Files.isDirectory(cache)) {
      try (DirectoryStream<Path> left = Files.newDirectoryStream(cache, "*.state" + NEXT)) {
        for (Path next : left) {
          Files.deleteIfExists(next);
        }
      }
    }
    return interrupted;
  }

  /**
   * Puts every new folder in place of its live one, with its records (each {@link Swap#nextState},
   * written beforehand). If a rename fails, those made are undone: the last edition stays whole.
   */
  static void switchAll(Path cache, List<Swap> swaps) throws IOException {
    if (swaps.isEmpty()) {
      return;
    }
    Path journal = cache.resolve(JOURNAL);
    List<String> lines = new ArrayList<>();
    for (Swap swap : swaps) {
      lines.add(Records.line(swap.built(), swap.live(), swap.state()));
    }
    Records.write(journal, HEADER, lines);
    List<Path> old = new ArrayList<>();
    List<Swap> done = new ArrayList<>();
    int renames = 0;
    try {
      for (Swap swap : swaps) {
        Path aside = null;
        if (Files.exists(swap.live())) {
          aside = aside(swap.live());
          move(swap.live(), aside);
          renames = halt(renames);
        }
        old.add(aside);
        try {
          move(swap.built(), swap.live());
        } catch (IOException e) {
          if (aside != null) {
            move(aside, swap.live());
          }
          old.remove(old.size() - 1);
          throw e;
        }
        done.add(swap);
        renames = halt(renames);
      }
    } catch (IOException | RuntimeException e) {
      undo(done, old);
      Files.deleteIfExists(journal);
      throw e;
    }
    for (Swap swap : swaps) {
      if (Files.isRegularFile(swap.nextState())) {
        move(swap.nextState(), swap.state());
      }
    }
    Files.deleteIfExists(journal);
    for (Path folder : old) {
      if (folder != null) {
        StagedOutput.deleteTree(folder);
      }
    }
  }

  /** Puts back the live folders of the swaps made, when a later one failed: the last edition, whole. */
  private static void undo(List<Swap> done, List<Path> old) throws IOException {
    for (int i = done.size() - 1; i >= 0; i--) {
      Swap swap = done.get(i);
      move(swap.live(), swap.built());
      if (old.get(i) != null) {
        move(old.get(i), swap.live());
      }
    }
  }

  private static int halt(int renames) {
    if (++renames == HALT_AFTER) {
      Runtime.getRuntime().halt(137);
    }
    return renames;
  }

  /** A free name beside a live folder for it to be moved to (OutputFolder.removeLeftovers knows it). */
  private static Path aside(Path live) throws IOException {
    Path old = Files.createTempDirectory(live.getParent(), "." + live.getFileName() + ".old-");
    Files.delete(old);
    return old;
  }

  private static List<Swap> read(Path journal) {
    List<Swap> swaps = new ArrayList<>();
    for (String line : Records.read(journal, HEADER)) {
      String[] f = Records.fields(line);
      if (f.length == 3) {
        swaps.add(new Swap(Path.of(f[0]), Path.of(f[1]), Path.of(f[2])));
      }
    }
    return swaps;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }
}
