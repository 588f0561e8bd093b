package org.edition.load;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Finds the TEI files named on the command line: files as given, folders searched for *.xml,
 * never inside a folder that is a build's output.
 */
public final class TeiFiles {
  private TeiFiles() {}

  /** The .xml files under the given paths, each folder's in name order. */
  public static List<Path> find(List<Path> paths) throws IOException {
    return find(paths, folder -> false);
  }

  /**
   * The .xml files under the given paths, each folder's in name order, without descending into
   * the folders {@code skipFolder} accepts (a build's output, whose copies of the TEI files must
   * not be read back as sources).
   *
   * @throws NoSuchFileException if a path does not exist
   */
  public static List<Path> find(List<Path> paths, Predicate<Path> skipFolder) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(path) && skipFolder.test(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            // Special files (FIFOs, devices) are kept: the check stage says why it skips them.
            if (!attrs.isDirectory() && isXml(file)) {
              found.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (file.equals(path)) {
              throw e;
            }
            found.add(file); // unreadable: the check stage reports it with its name
            return FileVisitResult.CONTINUE;
          }
        });
        found.sort(null);
        files.addAll(found);
      } else if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        files.add(path);
      } else {
        throw new NoSuchFileException(path.toString(), null, "no such file or folder");
      }
    }
    return files;
  }

  private static boolean isXml(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml");
  }
}
