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
          + " (default: the current folder).",
      defaultValue = ".")
  Path project;

  ProjectLayout layout() {
    return ProjectLayout.at(project);
  }
}
