package org.edition.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.edition.load.ProjectLayout;
import org.edition.load.Sandbox;
import org.edition.publish.StagedOutput;

/**
 * The folder a build writes into, and the rules that keep it from destroying what edition did not
 * write. A build replaces {@code OUTPUT/html}, {@code OUTPUT/pdf} and {@code OUTPUT/epub} whole,
 * so each of them carries a marker ({@value #MARKER}) and one without it is never replaced; the
 * output may not be a source folder, hold one, or lie inside the project's stylesheets, schemas
 * or anywhere in the project but its {@code output/}.
 */
public final class OutputFolder {
  /** The file in each format folder that says edition made it. */
  public static final String MARKER = ".edition";
  /** The folder of the build's records, which also marks an output root. */
  public static final String CACHE = ".edition-cache";

  private static final String MARKER_TEXT =
      "Made by edition (the TEI publishing toolkit). Each build replaces this folder whole:\n"
          + "do not keep files of your own in it.\n";

  private OutputFolder() {}

  /**
   * Refuses an output folder that a build would damage, before anything is written.
   *
   * @throws OutputRefusedException naming the folder and why
   */
  public static void check(Path output, List<Path> sources, ProjectLayout project, List<String> formats)
      throws OutputRefusedException {
    Path out = Sandbox.realPath(output);
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new OutputRefusedException(output + " is a file, not a folder: the output must be a folder");
    }
    for (Path source : sources) {
      Path src = Sandbox.realPath(source);
      boolean folder = Files.isDirectory(src);
      if (src.startsWith(out) || !folder && src.getParent().equals(out)) {
        throw new OutputRefusedException("the output " + output + (src.equals(out) ? " is" : " holds")
            + " the source " + source + ": a build would replace its files; choose another output with -o");
      }
      if (folder && out.startsWith(src) && !out.equals(defaultOutput(project))) {
        throw new OutputRefusedException("the output " + output + " is inside the source folder " + source
            + ": its files would be read back as sources; choose an output outside it");
      }
    }
    Path root = Sandbox.realPath(project.root());
    if (!ProjectLayout.isProject(root)) {
      // The sources are not in a project, but the output may be: it must not go into another
      // edition's texts, stylesheets or schemas either.
      for (Path folder = out; folder != null; folder = folder.getParent()) {
        if (ProjectLayout.isProject(folder)) {
          root = folder;
          project = ProjectLayout.at(folder);
          break;
        }
      }
    }
    if (ProjectLayout.isProject(root)) {
      if (root.startsWith(out)) {
        throw new OutputRefusedException("the output " + output + (root.equals(out) ? " is" : " holds")
            + " the project " + project.root() + ": write into its output/ folder or outside it");
      }
      if (out.startsWith(root) && !out.startsWith(defaultOutput(project))) {
        throw new OutputRefusedException("the output " + output + " is inside the project " + project.root()
            + " (its texts, stylesheets or schemas): write into its output/ folder or outside the project");
      }
    }
    for (String format : formats) {
      Path folder = out.resolve(format);
      if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !madeByEdition(out, format)) {
        throw new OutputRefusedException(folder + " exists and was not made by edition (it has no " + MARKER
            + " file): a build would replace it. Move it away, or choose another output with -o");
      }
    }
  }

  private static Path defaultOutput(ProjectLayout project) {
    return Sandbox.realPath(project.root()).resolve("output");
  }

  /**
   * Whether {@code OUTPUT/format} is edition's: it has the marker, or (an output of a version
   * before the marker) the build records of that format.
   */
  static boolean madeByEdition(Path output, String format) {
    Path folder = output.resolve(format);
    return Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
        && (Files.isRegularFile(folder.resolve(MARKER))
            || Files.isRegularFile(output.resolve(CACHE).resolve(format + ".state")));
  }

  /**
   * Marks a staging folder as edition's, so that the next build may replace it: the live
   * folder's marker is linked, as any unchanged output is (unless {@code live} is null: a clean
   * build writes everything anew).
   */
  static void mark(Path staging, Path live) throws IOException {
    Path marker = live == null ? null : live.resolve(MARKER);
    if (marker != null && Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
      try {
        Files.createLink(staging.resolve(MARKER), marker);
        return;
      } catch (IOException | UnsupportedOperationException e) {
        // written anew below
      }
    }
    Files.writeString(staging.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
  }

  /**
   * Removes what killed or failed builds left beside the format folders: their staging folders
   * and the previous outputs of an interrupted swap. Run under the output's lock, so no other
   * build is writing them.
   */
  static int removeLeftovers(Path output) throws IOException {
    if (!Files.isDirectory(output)) {
      return 0;
    }
    int removed = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(output, ".*.{staging,old}-*")) {
      for (Path entry : entries) {
        if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
          StagedOutput.deleteTree(entry);
          removed++;
        }
      }
    }
    return removed;
  }

  /** Whether a folder met while looking for sources is a build's output, not to be read. */
  public static boolean isOutput(Path folder) {
    return Files.isDirectory(folder.resolve(CACHE)) || Files.isRegularFile(folder.resolve(MARKER));
  }
}
