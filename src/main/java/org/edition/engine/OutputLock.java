package org.edition.engine;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.edition.publish.StagedOutput;

/**
 * One build at a time into an output folder: `edition build` run while `edition serve` rebuilds
 * the same output waits for it rather than swapping folders under it. The lock is the file
 * {@code OUTPUT/.edition-cache/lock}, held by the operating system (released if the process dies).
 */
final class OutputLock implements AutoCloseable {
  private static final String LOCK = "lock";
  private final Path cache;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(Path cache, FileChannel channel, FileLock lock) {
    this.cache = cache;
    this.channel = channel;
    this.lock = lock;
  }

  static OutputLock take(Path cache, Progress progress) throws IOException {
    Files.createDirectories(cache);
    FileChannel channel = FileChannel.open(cache.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        progress.notice("another build is writing " + cache.getParent() + "; waiting for it to finish");
        lock = channel.lock();
      }
      return new OutputLock(cache, channel, lock);
    } catch (OverlappingFileLockException e) {
      channel.close();
      throw new IOException(cache.getParent() + " is being built by this process already", e);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** Empties the cache (for --clean), but for the lock itself. */
  void clearCacheBeside() throws IOException {
    try (Stream<Path> entries = Files.list(cache)) {
      for (Path entry : entries.toList()) {
        if (!entry.getFileName().toString().equals(LOCK)) {
          StagedOutput.deleteTree(entry);
        }
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
