package org.edition.engine;

import org.edition.load.Records;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the last build of one format made, and from what: for each unit (a text, or the
 * edition-wide outputs) the fingerprint of its inputs and the files it wrote, with their size and
 * modification time. A unit is up to date when its fingerprint is the same and its files are
 * still there as written; anything else about them (a crash between writing the output and this
 * record, a hand edit) makes it out of date. Kept in {@code OUTPUT/.edition-cache/FORMAT.state}.
 */
final class BuildState {
  private static final String HEADER = "# edition build state 1";

  /** One output file as it was left. */
  record Output(String path, long size, long modified) {}

  /** One unit: its inputs' fingerprint and its outputs. */
  record Unit(String key, List<Output> outputs) {}

  private final Map<String, Unit> units;

  private BuildState(Map<String, Unit> units) {
    this.units = units;
  }

  static BuildState empty() {
    return new BuildState(new LinkedHashMap<>());
  }

  static BuildState read(Path file) {
    Map<String, Unit> units = new LinkedHashMap<>();
    List<Output> outputs = null;
    for (String line : Records.read(file, HEADER)) {
      String[] f = Records.fields(line);
      try {
        if (f[0].equals("U") && f.length == 3) {
          outputs = new ArrayList<>();
          units.put(f[1], new Unit(f[2], outputs));
        } else if (f[0].equals("O") && f.length == 4 && outputs != null) {
          outputs.add(new Output(f[1], Long.parseLong(f[2]), Long.parseLong(f[3])));
        }
      } catch (NumberFormatException damaged) {
        return empty();
      }
    }
    return new BuildState(units);
  }

  void write(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    units.forEach((name, unit) -> {
      lines.add(Records.line("U", name, unit.key()));
      unit.outputs().forEach(o -> lines.add(Records.line("O", o.path(), o.size(), o.modified())));
    });
    Records.write(file, HEADER, lines);
  }

  Unit unit(String name) {
    return units.get(name);
  }

  void put(String name, Unit unit) {
    units.put(name, unit);
  }

  /** Whether the unit was made from {@code key} and its files in {@code folder} are as written. */
  boolean upToDate(String name, String key, Path folder) {
    Unit unit = units.get(name);
    if (unit == null || !unit.key().equals(key)) {
      return false;
    }
    for (Output o : unit.outputs()) {
      Output now = describe(folder, o.path());
      if (now == null || now.size() != o.size() || now.modified() != o.modified()) {
        return false;
      }
    }
    return true;
  }

  /** A file of the folder as it is now, or null if it is not there. */
  static Output describe(Path folder, String relative) {
    Path file = folder.resolve(relative);
    long[] now = Files.isRegularFile(file) ? FileStamps.now(file) : null;
    return now == null ? null : new Output(relative, now[0], now[1]);
  }
}
