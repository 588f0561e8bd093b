package org.edition.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finds the TEI files named on the command line: files as given, folders searched for *.xml. */
public final class TeiFiles {
  private TeiFiles() {}

  /**
   * The .xml files under the given paths, each folder's in name order.
   *
   * @throws NoSuchFileException if a path does not exist
   */
  public static List<Path> find(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(p -> !Files.isDirectory(p))
              .filter(TeiFiles::isXml)
              .sorted()
              .forEach(files::add);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
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
