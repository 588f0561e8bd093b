package org.edition.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The problems as an editor reads them in a terminal: each fault once (one that RELAX NG and XSD
 * both find, at the same line, is the RELAX NG line), at most {@value #PER_FILE} lines a file
 * unless all are asked for, and a summary that says where the problems are. JSON and SARIF carry
 * every diagnostic; this is only what is printed.
 */
public final class ProblemListing {
  /** The lines a file gets before the rest are counted. */
  public static final int PER_FILE = 20;

  private final List<Diagnostic> problems;
  private final boolean all;

  /**
   * @param diagnostics in file order
   * @param all print every problem of every file
   */
  public ProblemListing(List<Diagnostic> diagnostics, boolean all) {
    this.problems = onceEach(diagnostics);
    this.all = all;
  }

  /** The problems, each once. */
  public List<Diagnostic> problems() {
    return problems;
  }

  public long errors() {
    return problems.stream().filter(d -> d.severity() == Severity.ERROR).count();
  }

  public long warnings() {
    return problems.stream().filter(d -> d.severity() == Severity.WARNING).count();
  }

  /** The lines to print, {@code line} saying one problem, before the summary. */
  public List<String> lines(Function<Diagnostic, String> line, Function<java.nio.file.Path, String> path) {
    List<String> out = new ArrayList<>();
    Map<java.nio.file.Path, List<Diagnostic>> byFile = byFile();
    for (Map.Entry<java.nio.file.Path, List<Diagnostic>> file : byFile.entrySet()) {
      List<Diagnostic> found = file.getValue();
      int shown = all ? found.size() : Math.min(found.size(), PER_FILE);
      found.subList(0, shown).forEach(d -> out.add(line.apply(d)));
      if (shown < found.size()) {
        out.add(DiagnosticReport.printable(path.apply(file.getKey())) + ": ... and "
            + String.format(java.util.Locale.ROOT, "%,d", found.size() - shown) + " more in this file; --all shows them");
      }
    }
    return out;
  }

  /**
   * Where the problems are, when there are enough for it to help: the counts by check, and the
   * files with the most. Empty for a handful of problems in one file.
   */
  public List<String> overview(Function<java.nio.file.Path, String> path) {
    Map<java.nio.file.Path, List<Diagnostic>> byFile = byFile();
    if (problems.size() <= PER_FILE && byFile.size() <= 1) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    Map<String, Long> byCheck = new TreeMap<>(problems.stream()
        .collect(Collectors.groupingBy(Diagnostic::check, Collectors.counting())));
    out.add("by check: " + byCheck.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .map(e -> e.getKey() + " " + count(e.getValue()))
        .collect(Collectors.joining(", ")));
    if (byFile.size() > 1) {
      out.add("most in: " + byFile.entrySet().stream()
          .sorted(Comparator.comparing((Map.Entry<java.nio.file.Path, List<Diagnostic>> e) -> -e.getValue().size()))
          .limit(3)
          .map(e -> DiagnosticReport.printable(path.apply(e.getKey())) + " (" + count(e.getValue().size()) + ")")
          .collect(Collectors.joining(", ")));
    }
    return out;
  }

  private Map<java.nio.file.Path, List<Diagnostic>> byFile() {
    Map<java.nio.file.Path, List<Diagnostic>> byFile = new LinkedHashMap<>();
    problems.forEach(d -> byFile.computeIfAbsent(d.file(), f -> new ArrayList<>()).add(d));
    return byFile;
  }

  private static String count(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }

  /**
   * Each fault once: the same diagnostic twice is one, and an XSD error on a line where RELAX NG
   * found one says the same fault in other words (both grammars describe the same TEI).
   */
  static List<Diagnostic> onceEach(List<Diagnostic> diagnostics) {
    Set<String> relaxNgLines = diagnostics.stream()
        .filter(d -> d.check().equals("relaxng") && d.severity() == Severity.ERROR && d.line() > 0)
        .map(d -> d.file() + ":" + d.line())
        .collect(Collectors.toSet());
    Set<Diagnostic> seen = new java.util.HashSet<>();
    List<Diagnostic> once = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      boolean sameAsRelaxNg = d.check().equals("xsd") && d.severity() == Severity.ERROR
          && relaxNgLines.contains(d.file() + ":" + d.line());
      if (!sameAsRelaxNg && seen.add(d)) {
        once.add(d);
      }
    }
    return once;
  }
}
