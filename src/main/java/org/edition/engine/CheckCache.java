package org.edition.engine;

import org.edition.load.Records;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edition.check.Diagnostic;
import org.edition.check.Severity;

/** The check stage's findings of the last build, by file: {@code OUTPUT/.edition-cache/checks.tsv}. */
final class CheckCache {
  private static final String HEADER = "# edition check cache 2";

  private CheckCache() {}

  static Map<Path, CheckedFile> read(Path file) {
    Map<Path, CheckedFile> found = new HashMap<>();
    CheckedFile current = null;
    List<Diagnostic> diagnostics = null;
    for (String line : Records.read(file, HEADER)) {
      String[] f = Records.fields(line);
      try {
        if (f[0].equals("F") && f.length == 12) {
          Path path = Path.of(f[1]);
          diagnostics = new ArrayList<>();
          List<Path> schemas = f[9].isEmpty() ? List.of() : Arrays.stream(f[9].split("\\|")).map(Path::of).toList();
          current = new CheckedFile(path, f[2], f[3].equals("1"), f[4].equals("1"), f[5].equals("1"),
              f[6], f[7], f[8], schemas, f[10], diagnostics,
              f[11].isEmpty() ? List.of() : List.of(f[11].split(" ")));
          found.put(path, current);
        } else if (f[0].equals("D") && f.length == 6 && current != null) {
          diagnostics.add(new Diagnostic(current.path(), Integer.parseInt(f[1]), Integer.parseInt(f[2]),
              Severity.valueOf(f[3]), f[4], f[5]));
        }
      } catch (IllegalArgumentException malformed) {
        // a damaged line: that file is checked again
        if (current != null) {
          found.remove(current.path());
        }
      }
    }
    return found;
  }

  static void write(Path file, Collection<CheckedFile> files) throws IOException {
    List<String> lines = new ArrayList<>();
    for (CheckedFile c : files) {
      lines.add(Records.line("F", c.path(), c.contentKey(), c.tei() ? 1 : 0, c.text() ? 1 : 0,
          c.registers() ? 1 : 0, c.rootId(), c.language(), c.links(),
          String.join("|", c.ownSchemas().stream().map(Path::toString).toList()), c.diagnosticsKey(),
          String.join(" ", c.entries())));
      for (Diagnostic d : c.diagnostics()) {
        lines.add(Records.line("D", d.line(), d.column(), d.severity().name(), d.check(), d.message()));
      }
    }
    Records.write(file, HEADER, lines);
  }
}
