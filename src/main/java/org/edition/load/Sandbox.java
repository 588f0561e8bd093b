package org.edition.load;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** The folder a run may read from: the edition's files, nothing beside them, nothing remote. */
public final class Sandbox {
  private Sandbox() {}

  /** The real path of a folder (links resolved), or its absolute form if it does not exist. */
  public static Path realPath(Path folder) {
    try {
      return folder.toRealPath();
    } catch (IOException e) {
      return folder.toAbsolutePath().normalize();
    }
  }

  /** Whether a file URI names an existing file whose real path is inside {@code root}. */
  public static boolean contains(Path root, String uri) {
    try {
      URI parsed = URI.create(uri);
      if (!"file".equals(parsed.getScheme())) {
        return false;
      }
      Path file = Path.of(parsed);
      return Files.isRegularFile(file) && file.toRealPath().startsWith(root);
    } catch (IllegalArgumentException | IOException | java.nio.file.FileSystemNotFoundException e) {
      return false;
    }
  }

  /** Whether a file URI names a file that would be inside {@code root} but does not exist. */
  public static boolean insideButMissing(Path root, String uri) {
    try {
      URI parsed = URI.create(uri);
      if (!"file".equals(parsed.getScheme())) {
        return false;
      }
      Path file = Path.of(parsed).toAbsolutePath().normalize();
      return !Files.exists(file) && file.startsWith(root);
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return false;
    }
  }

  /** Whether a file, once its links are followed, is inside {@code root}. */
  public static boolean containsFile(Path root, Path file) {
    try {
      return file.toRealPath().startsWith(root);
    } catch (IOException e) {
      return false;
    }
  }

  /** The folder the given paths share: the sandbox of a run over them. */
  public static Path commonRoot(java.util.List<Path> paths) {
    Path common = null;
    for (Path p : paths) {
      Path real = realPath(p);
      Path folder = Files.isDirectory(real) ? real : real.getParent();
      if (common == null) {
        common = folder;
      } else {
        while (!folder.startsWith(common)) {
          common = common.getParent();
        }
      }
    }
    return common == null ? realPath(Path.of("")) : common;
  }
}
