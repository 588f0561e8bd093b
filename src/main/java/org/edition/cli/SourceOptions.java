package org.edition.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.edition.load.ProjectLayout;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every command works on: the TEI files or folders, and the edition's root. */
final class SourceOptions {
  @Parameters(
      paramLabel = "PATH",
      description = "TEI files or folders (default: ${DEFAULT-VALUE}).",
      defaultValue = "tei")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--project",
      paramLabel = "DIR",
      description = "The edition's root folder, with its own schemas/ and xslt/ if it has them"
          + " (default: the current folder if the texts are in it, else the nearest project above"
          + " them, else the folder that holds them).")
  Path project;

  ProjectLayout layout() {
    return project != null ? ProjectLayout.at(project) : ProjectLayout.forSources(paths);
  }
}
