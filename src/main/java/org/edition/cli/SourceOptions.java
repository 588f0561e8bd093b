package org.edition.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.edition.load.ProjectLayout;
import org.edition.load.ProjectSettings;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every command works on: the TEI files or folders, and the edition's root. */
final class SourceOptions {
  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "TEI files or folders (default: the texts and registers edition.properties names, else tei).")
  List<Path> given = new ArrayList<>();

  @Option(
      names = "--project",
      paramLabel = "DIR",
      description = "The edition's root folder, with its own schemas/ and xslt/ if it has them"
          + " (default: the current folder if the texts are in it, else the nearest project above"
          + " them, else the folder that holds them).")
  Path project;

  private ProjectLayout layout;
  private List<Path> paths;

  /** The files and folders to read: those given, else those the settings name, else tei/. */
  synchronized List<Path> paths() {
    if (paths == null) {
      if (!given.isEmpty()) {
        paths = List.copyOf(given);
      } else {
        ProjectLayout root = project != null ? ProjectLayout.at(project) : ProjectLayout.at(Path.of(""));
        ProjectSettings settings = root.settings();
        List<Path> named = new ArrayList<>(settings.paths("texts"));
        named.addAll(settings.paths("registers"));
        if (named.isEmpty()) {
          named.add(project != null ? root.root().resolve("tei") : Path.of("tei"));
        }
        paths = List.copyOf(named);
      }
    }
    return paths;
  }

  synchronized ProjectLayout layout() {
    if (layout == null) {
      layout = project != null ? ProjectLayout.at(project) : ProjectLayout.forSources(paths());
    }
    return layout;
  }
}
