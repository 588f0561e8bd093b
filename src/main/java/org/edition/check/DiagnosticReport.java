package org.edition.check;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmArray;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmValue;

/**
 * Prints a {@link ValidationResult} as an editor reads it ({@code path:line:column: error: [check]
 * message}, then a summary), as JSON, or as SARIF 2.1.0 for CI annotations. JSON is written by
 * Saxon's serializer, so escaping is never ours to get wrong.
 */
public final class DiagnosticReport {
  /** The output formats of {@code --format}. */
  public enum Format {
    text,
    json,
    sarif
  }

  private final Path base;
  private final Processor processor;
  private final String toolVersion;

  /**
   * @param base paths are printed relative to this folder (the working directory) when inside it
   */
  public DiagnosticReport(Path base, Processor processor, String toolVersion) {
    this.base = base.toAbsolutePath().normalize();
    this.processor = processor;
    this.toolVersion = toolVersion;
  }

  public void print(ValidationResult result, Format format, PrintWriter out) {
    print(result, format, false, out);
  }

  /** @param all in text, every problem of every file, not the first {@value ProblemListing#PER_FILE} */
  public void print(ValidationResult result, Format format, boolean all, PrintWriter out) {
    switch (format) {
      case text -> printText(result, all, out);
      case json -> printJson(json(result), out);
      case sarif -> printJson(sarif(result), out);
    }
    out.flush();
  }

  public String displayPath(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
  }

  /**
   * One diagnostic as one line; unknown positions are left out rather than printed as 0. A file
   * name or message with a newline or a control character (an escape sequence for the terminal)
   * has it escaped, so that a line always is one diagnostic and says what the document said.
   */
  public String line(Diagnostic d) {
    StringBuilder s = new StringBuilder(printable(displayPath(d.file())));
    if (d.line() > 0) {
      s.append(':').append(d.line());
      if (d.column() > 0) {
        s.append(':').append(d.column());
      }
    }
    return s.append(": ")
        .append(d.severity().label())
        .append(": [")
        .append(d.check())
        .append("] ")
        .append(printable(d.message()))
        .toString();
  }

  /**
   * Text as a terminal line may show it: control characters as \\n, \\t, \\x1b and the like,
   * bidirectional controls as \\u202e.
   */
  public static String printable(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029
          || isBidiControl(c);
      if (control && out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (out != null) {
        if (!control) {
          out.append(c);
        } else if (c == '\n') {
          out.append("\\n");
        } else if (c == '\r') {
          out.append("\\r");
        } else if (c == '\t') {
          out.append("\\t");
        } else {
          out.append(String.format(java.util.Locale.ROOT, c > 0xff ? "\\u%04x" : "\\x%02x", (int) c));
        }
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * The characters that reorder what follows them on the line (U+202E makes "txt.exe" of
   * "exe.txt", and the rest of the line with it): a name or message must not rearrange what the
   * terminal shows.
   */
  private static boolean isBidiControl(char c) {
    return c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
  }

  /**
   * A file as SARIF's artifactLocation.uri wants it: a URI reference, relative to the working
   * directory when inside it (percent-encoded, slashes), else an absolute file: URI.
   */
  String uri(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    if (absolute.startsWith(base)) {
      return base.toUri().relativize(absolute.toUri()).getRawPath();
    }
    return absolute.toUri().toString();
  }

  public static String summary(ValidationResult result) {
    return summary(result.files(), result.errors(), result.warnings());
  }

  static String summary(long files, long errors, long warnings) {
    return files
        + (files == 1 ? " file, " : " files, ")
        + errors
        + (errors == 1 ? " error, " : " errors, ")
        + warnings
        + (warnings == 1 ? " warning" : " warnings");
  }

  /** Each problem once, at most a screenful a file unless {@code all}, then where they are. */
  private void printText(ValidationResult result, boolean all, PrintWriter out) {
    ProblemListing listing = new ProblemListing(result.diagnostics(), all);
    listing.lines(this::line, this::displayPath).forEach(out::println);
    listing.overview(this::displayPath).forEach(out::println);
    out.println(summary(result.files(), listing.errors(), listing.warnings()));
  }

  private XdmMap json(ValidationResult result) {
    List<XdmValue> items = new ArrayList<>();
    for (Diagnostic d : result.diagnostics()) {
      Map<String, XdmValue> item = new LinkedHashMap<>();
      item.put("file", new XdmAtomicValue(displayPath(d.file())));
      item.put("line", new XdmAtomicValue(d.line()));
      item.put("column", new XdmAtomicValue(d.column()));
      item.put("severity", new XdmAtomicValue(d.severity().label()));
      item.put("check", new XdmAtomicValue(d.check()));
      item.put("message", new XdmAtomicValue(d.message()));
      items.add(map(item));
    }
    Map<String, XdmValue> top = new LinkedHashMap<>();
    top.put("files", new XdmAtomicValue(result.files()));
    top.put("errors", new XdmAtomicValue(result.errors()));
    top.put("warnings", new XdmAtomicValue(result.warnings()));
    top.put("diagnostics", new XdmArray(items));
    return map(top);
  }

  private XdmMap sarif(ValidationResult result) {
    TreeSet<String> ruleIds = new TreeSet<>();
    List<XdmValue> results = new ArrayList<>();
    for (Diagnostic d : result.diagnostics()) {
      ruleIds.add(d.check());
      Map<String, XdmValue> artifact = Map.of("uri", new XdmAtomicValue(uri(d.file())));
      Map<String, XdmValue> physical = new LinkedHashMap<>();
      physical.put("artifactLocation", map(artifact));
      if (d.line() > 0) {
        Map<String, XdmValue> region = new LinkedHashMap<>();
        region.put("startLine", new XdmAtomicValue(d.line()));
        if (d.column() > 0) {
          region.put("startColumn", new XdmAtomicValue(d.column()));
        }
        physical.put("region", map(region));
      }
      Map<String, XdmValue> r = new LinkedHashMap<>();
      r.put("ruleId", new XdmAtomicValue(d.check()));
      r.put("level", new XdmAtomicValue(sarifLevel(d.severity())));
      r.put("message", map(Map.of("text", new XdmAtomicValue(d.message()))));
      r.put(
          "locations",
          new XdmArray(List.of(map(Map.of("physicalLocation", map(physical))))));
      results.add(map(r));
    }
    List<XdmValue> rules = new ArrayList<>();
    for (String id : ruleIds) {
      rules.add(map(Map.of("id", new XdmAtomicValue(id))));
    }
    Map<String, XdmValue> driver = new LinkedHashMap<>();
    driver.put("name", new XdmAtomicValue("edition"));
    driver.put("version", new XdmAtomicValue(toolVersion));
    driver.put("rules", new XdmArray(rules));
    Map<String, XdmValue> run = new LinkedHashMap<>();
    run.put("tool", map(Map.of("driver", map(driver))));
    run.put("results", new XdmArray(results));
    Map<String, XdmValue> log = new LinkedHashMap<>();
    log.put("$schema", new XdmAtomicValue("https://json.schemastore.org/sarif-2.1.0.json"));
    log.put("version", new XdmAtomicValue("2.1.0"));
    log.put("runs", new XdmArray(List.of(map(run))));
    return map(log);
  }

  private static String sarifLevel(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private static XdmMap map(Map<String, XdmValue> entries) {
    XdmMap map = new XdmMap();
    for (Map.Entry<String, XdmValue> e : entries.entrySet()) {
      map = map.put(new XdmAtomicValue(e.getKey()), e.getValue());
    }
    return map;
  }

  /** A run that could not finish, as JSON: {"error": message}, for a CI step that reads the report. */
  public void printFailure(String message, PrintWriter out) {
    printJson(map(Map.of("error", new XdmAtomicValue(message))), out);
    out.flush();
  }

  private void printJson(XdmMap value, PrintWriter out) {
    Serializer serializer = processor.newSerializer(out);
    serializer.setOutputProperty(Serializer.Property.METHOD, "json");
    serializer.setOutputProperty(Serializer.Property.INDENT, "yes");
    try {
      serializer.serializeXdmValue(value);
    } catch (SaxonApiException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
    out.println();
  }
}
