package org.edition.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.edition.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/**
 * One direction of flow: load → check → transform → publish, the engine above them, the CLI on
 * top. Read from the sources (imports and qualified names), the packages must form no cycle, and
 * the early stages must not reach the later ones.
 */
@Tag("fast")
class PackageCycleTest {
  private static final Path SOURCES = Cli.root().resolve("src/main/java");
  private static final Pattern REFERENCE = Pattern.compile("\\borg\\.edition\\.((?:[a-z]+\\.)*[a-z]+)\\.[A-Z]");

  /** Each package of the toolkit, with the packages its classes name. */
  static Map<String, Set<String>> dependencies() throws IOException {
    Map<String, Set<String>> uses = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES.resolve("org/edition"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String pkg = SOURCES.relativize(file.getParent()).toString().replace('/', '.').replaceFirst("^org\\.edition\\.", "");
        Set<String> mine = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
        Matcher m = REFERENCE.matcher(Files.readString(file));
        while (m.find()) {
          if (!m.group(1).equals(pkg)) {
            mine.add(m.group(1));
          }
        }
      }
    }
    return uses;
  }

  @Test
  void thePackagesFormNoCycle() throws IOException {
    Map<String, Set<String>> uses = dependencies();
    assertTrue(uses.keySet().containsAll(List.of("load", "check", "transform", "publish", "engine", "cli")), uses.toString());
    List<String> cycles = new ArrayList<>();
    for (String start : uses.keySet()) {
      findCycle(start, start, uses, new ArrayList<>(List.of(start)), new TreeSet<>(), cycles);
    }
    assertEquals(List.of(), cycles, "package cycles");
  }

  private static void findCycle(String start, String at, Map<String, Set<String>> uses, List<String> path,
      Set<String> seen, List<String> cycles) {
    for (String next : uses.getOrDefault(at, Set.of())) {
      if (next.equals(start)) {
        cycles.add(String.join(" -> ", path) + " -> " + start);
      } else if (seen.add(next)) {
        path.add(next);
        findCycle(start, next, uses, path, seen, cycles);
        path.remove(path.size() - 1);
      }
    }
  }

  @Test
  void theEarlyStagesDoNotReachTheLaterOnes() throws IOException {
    Map<String, Set<String>> uses = dependencies();
    List<String> order = List.of("load", "check", "transform", "publish", "engine", "serve", "cli");
    List<String> wrong = new ArrayList<>();
    uses.forEach((pkg, deps) -> {
      int rank = order.indexOf(pkg.replaceFirst("\\..*$", ""));
      for (String dep : deps) {
        int depRank = order.indexOf(dep.replaceFirst("\\..*$", ""));
        if (rank >= 0 && depRank > rank) {
          wrong.add(pkg + " -> " + dep);
        }
      }
    });
    assertEquals(List.of(), wrong, "a stage that reaches a later one");
  }
}
