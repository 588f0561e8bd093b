package org.edition.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.edition.load.Fingerprint;

/**
 * Where the build daemon of a folder listens: a Unix socket in a folder only its user may open
 * (so no password is needed), named after what the daemon must share with its clients: the
 * folder the commands run in (their relative paths mean the same), the Java, the JVM's options and
 * the edition's jar as it is now (a rebuilt jar is a new daemon).
 */
record DaemonPlace(Path socket, Path log) {
  /** The longest socket address the systems take (Linux: 108 bytes with the final zero). */
  private static final int LONGEST_ADDRESS = 100;

  /** The daemon place of this folder and this JVM, if the system offers one. */
  static Optional<DaemonPlace> here() {
    try {
      Path folder = folder();
      String key = key(Path.of("").toAbsolutePath().toRealPath());
      Path socket = folder.resolve(key + ".sock");
      if (socket.toString().getBytes(StandardCharsets.UTF_8).length > LONGEST_ADDRESS) {
        return Optional.empty();
      }
      return Optional.of(new DaemonPlace(socket, folder.resolve(key + ".log")));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * EDITION_DAEMON_DIR, else the user's runtime folder (XDG_RUNTIME_DIR, emptied at logout), else
   * ~/.cache/edition/daemons; made readable by its owner only.
   */
  private static Path folder() throws IOException {
    String chosen = System.getenv("EDITION_DAEMON_DIR");
    String runtime = System.getenv("XDG_RUNTIME_DIR");
    Path folder = chosen != null && !chosen.isBlank() ? Path.of(chosen)
        : runtime != null && !runtime.isBlank() ? Path.of(runtime, "edition")
        : Path.of(System.getProperty("user.home"), ".cache", "edition", "daemons");
    Files.createDirectories(folder);
    if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }
    return folder;
  }

  private static String key(Path workingFolder) throws IOException {
    Fingerprint f = Fingerprint.start().add(workingFolder.toString()).add(System.getProperty("java.home"));
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      // what differs between a launcher's runs, or between it and the daemon, is not the JVM's kind
      if (!JvmForInput.isJitOption(arg) && !arg.startsWith("-XX:ArchiveClassesAtExit")
          && !arg.startsWith("-XX:SharedArchiveFile") && !arg.startsWith("-Xlog:")) {
        f.add(arg);
      }
    }
    f.add(classPathStamp());
    return f.hex().substring(0, 20);
  }

  /** The class path's files as they are now: a rebuilt jar changes it. */
  static String classPathStamp() {
    StringBuilder stamp = new StringBuilder();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path p = Path.of(entry);
      try {
        stamp.append(p.toAbsolutePath()).append(' ').append(Files.size(p)).append(' ')
            .append(Files.getLastModifiedTime(p).toMillis()).append('\n');
      } catch (IOException | RuntimeException e) {
        stamp.append(entry).append(" -\n");
      }
    }
    return stamp.toString();
  }
}
