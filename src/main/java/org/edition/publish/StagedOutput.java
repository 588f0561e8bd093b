package org.edition.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An output folder written beside its final place and moved there only when complete, so that a
 * failed or interrupted build leaves the previous output exactly as it was.
 */
public final class StagedOutput implements AutoCloseable {
  private final Path target;
  private final Path staging;
  private boolean committed;

  private StagedOutput(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  /** Starts writing {@code target}: returns a staging folder on the same file system. */
  public static StagedOutput begin(Path target) throws IOException {
    Path parent = target.toAbsolutePath().normalize().getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".staging-");
    // A temporary folder is private; the published output must be readable like any other.
    if (staging.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(staging, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return new StagedOutput(target.toAbsolutePath().normalize(), staging);
  }

  /**
   * A file of the staging folder about to be written: what is there now is removed first. The
   * staging folder holds hard links to the files of the live output that are still up to date;
   * writing into one of them would change the live output before the commit.
   */
  public static Path freshFile(Path file) throws IOException {
    Files.deleteIfExists(file);
    Files.createDirectories(file.toAbsolutePath().getParent());
    return file;
  }

  /** Where to write the new output. */
  public Path folder() {
    return staging;
  }

  /** Puts the new output in place of the old one. */
  public void commit() throws IOException {
    Path old = null;
    if (Files.exists(target)) {
      old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
      Files.delete(old);
      move(target, old);
    }
    try {
      move(staging, target);
    } catch (IOException e) {
      if (old != null) {
        move(old, target);
      }
      throw e;
    }
    committed = true;
    if (old != null) {
      deleteTree(old);
    }
  }

  /** Removes the staging folder unless the output was committed. */
  @Override
  public void close() throws IOException {
    if (!committed) {
      deleteTree(staging);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Deletes a folder and everything in it; nothing if it does not exist. */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
