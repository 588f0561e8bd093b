package org.edition.engine;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.edition.publish.StagedOutput;

/**
 * One process at a time builds into an output folder: `edition build` run while `edition serve`
 * rebuilds the same output waits for it rather than swapping folders under it. The lock is the
 * file {@code OUTPUT/.edition-cache/lock}, held by the operating system (released if the process
 * dies).
 *
 * <p>Inside one process, builds of different formats share it: `edition serve` sets a saved text's
 * page while the PDFs and EPUBs of the save before are still being made. The first to take the
 * lock finishes what an interrupted build left before any other joins; builds of a format already
 * being built are refused; their switches into place ({@link #commit}) take turns.
 */
final class OutputLock implements AutoCloseable {
  private static final String LOCK = "lock";
  /** The outputs this process builds into, by their cache folder. */
  private static final Map<Path, Held> HELD = new HashMap<>();

  /** The operating system's lock on one output, and the formats this process is building into it. */
  private static final class Held {
    final FileChannel channel;
    final FileLock lock;
    final Set<String> formats = new HashSet<>();
    final Object commits = new Object();

    Held(FileChannel channel, FileLock lock) {
      this.channel = channel;
      this.lock = lock;
    }
  }

  /** What the first build to take an output does before any other may join it. */
  interface Recovery {
    void run() throws IOException;
  }

  /** What a build does while no other of this process switches folders of the same output. */
  interface Commit {
    void run() throws IOException;
  }

  private final Path cache;
  private final Set<String> formats;
  private final Held held;

  private OutputLock(Path cache, Set<String> formats, Held held) {
    this.cache = cache;
    this.formats = formats;
    this.held = held;
  }

  /**
   * Takes the output whose cache is {@code cache} for building {@code formats}, waiting for another
   * process that builds into it; the first build of this process to take it runs {@code recovery}.
   *
   * @throws IOException if this process is already building one of these formats into it
   */
  static OutputLock take(Path cache, Collection<String> formats, Progress progress, Recovery recovery) throws IOException {
    Path key = cache.toAbsolutePath().normalize();
    Set<String> mine = Set.copyOf(formats);
    // Held while another process is waited for: this process's other builds of the output would
    // wait for it too.
    synchronized (HELD) {
      Held held = HELD.get(key);
      if (held != null) {
        if (!Collections.disjoint(held.formats, mine)) {
          throw new IOException(cache.getParent() + " is being built by this process already");
        }
        held.formats.addAll(mine);
        return new OutputLock(key, mine, held);
      }
      Files.createDirectories(key);
      FileChannel channel = FileChannel.open(key.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      try {
        FileLock lock = channel.tryLock();
        if (lock == null) {
          progress.notice("another build is writing " + cache.getParent() + "; waiting for it to finish");
          lock = channel.lock();
        }
        held = new Held(channel, lock);
        recovery.run();
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
      held.formats.addAll(mine);
      HELD.put(key, held);
      return new OutputLock(key, mine, held);
    }
  }

  /** Empties the cache (for --clean), but for the lock itself: only a build alone in its output may. */
  void clearCacheBeside() throws IOException {
    synchronized (HELD) {
      if (!held.formats.equals(formats)) {
        throw new IOException(cache.getParent() + " is being built by this process already: it cannot be cleaned now");
      }
      try (Stream<Path> entries = Files.list(cache)) {
        for (Path entry : entries.toList()) {
          if (!entry.getFileName().toString().equals(LOCK)) {
            StagedOutput.deleteTree(entry);
          }
        }
      }
    }
  }

  /** Runs a switch of folders into place, the only one of this process in the output meanwhile. */
  void commit(Commit commit) throws IOException {
    synchronized (held.commits) {
      commit.run();
    }
  }

  @Override
  public void close() throws IOException {
    synchronized (HELD) {
      held.formats.removeAll(formats);
      if (!held.formats.isEmpty()) {
        return;
      }
      HELD.remove(cache);
      try {
        held.lock.release();
      } finally {
        held.channel.close();
      }
    }
  }
}
