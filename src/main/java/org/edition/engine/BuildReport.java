package org.edition.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edition.check.Diagnostic;

/**
 * What a build did: the diagnostics of the edition's files, a line per format, what was rebuilt
 * and what was up to date, and the time each stage took.
 */
public final class BuildReport {
  /** How a build ended. */
  public enum Result { BUILT, UP_TO_DATE, STOPPED }

  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final List<FormatOutcome> formats = new ArrayList<>();
  private final Map<String, Long> stageNanos = new LinkedHashMap<>();
  private final Map<String, Long> busyNanos = new java.util.concurrent.ConcurrentSkipListMap<>();
  private Result result = Result.BUILT;
  private String stopReason;
  private int files;
  private int checked;
  private int texts;
  private int rebuilt;
  private int upToDate;
  private long startNanos = System.nanoTime();
  private long totalNanos;

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Adds a problem found while publishing (from any thread). */
  synchronized void problem(Diagnostic d) {
    diagnostics.add(d);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  public long errors() {
    return diagnostics.stream().filter(Diagnostic::isError).count();
  }

  public long warnings() {
    return diagnostics.size() - errors();
  }

  /**
   * What one format's folder holds after the build.
   *
   * @param format html, pdf, epub
   * @param contents what the folder holds, in a few words (null if there is none)
   * @param folder where
   * @param rebuilt outputs written by this build
   * @param upToDate outputs left as they were
   * @param failed outputs that could not be written (each said as an error)
   * @param committed whether the folder is this build's; if not, the last build's folder (or
   *     none) is left as it was, the new one not being whole
   */
  public record FormatOutcome(String format, String contents, Path folder, int rebuilt, int upToDate, int failed,
      boolean committed) {
    /**
     * What was done, in a few words, as the summary says it after the folder: "(3 rebuilt, 2 up
     * to date, 1 failed)"; never "up to date" after a failure.
     */
    public String work() {
      if (failed > 0) {
        return "(" + rebuilt + " rebuilt, " + upToDate + " up to date, " + failed + " failed)";
      }
      return rebuilt == 0 ? "(up to date)" : "(" + rebuilt + " rebuilt, " + upToDate + " up to date)";
    }
  }

  public List<FormatOutcome> formats() {
    return formats;
  }

  public Result result() {
    return result;
  }

  /** Why the build wrote nothing (--strict, no text), if it stopped. */
  public String stopReason() {
    return stopReason;
  }

  /** Outputs (a text's page, book; the edition-wide pages) written by this build. */
  public int rebuilt() {
    return rebuilt;
  }

  /** Outputs left as the last build wrote them. */
  public int upToDate() {
    return upToDate;
  }

  void stop(String reason) {
    result = Result.STOPPED;
    stopReason = reason;
  }

  void upToDate(boolean nothingToDo) {
    if (nothingToDo) {
      result = Result.UP_TO_DATE;
    }
  }

  void files(int files, int checked) {
    this.files = files;
    this.checked = checked;
  }

  void texts(int texts) {
    this.texts = texts;
  }

  void format(FormatOutcome outcome) {
    formats.add(outcome);
    rebuilt += outcome.rebuilt();
    upToDate += outcome.upToDate();
  }

  void stage(String name, long nanos) {
    stageNanos.merge(name, nanos, Long::sum);
  }

  /** Time spent writing one format's outputs of the texts, summed over the threads. */
  void busy(String format, long nanos) {
    busyNanos.merge(format, nanos, Long::sum);
  }

  void finish() {
    totalNanos = System.nanoTime() - startNanos;
  }

  /** The closing summary: documents, outputs, what was skipped, time per stage. */
  public String summary() {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "%s in %.1f s: %d %s (%d checked, %d unchanged), %d %s",
        result == Result.UP_TO_DATE ? "up to date" : result == Result.STOPPED ? "stopped" : "built",
        totalNanos / 1e9, files, files == 1 ? "file" : "files", checked, files - checked,
        texts, texts == 1 ? "text" : "texts"));
    if (result != Result.STOPPED) {
      s.append(String.format(Locale.ROOT, "; outputs: %d rebuilt, %d up to date", rebuilt, upToDate));
    }
    if (!stageNanos.isEmpty()) {
      s.append("; ").append(stages());
    }
    return s.toString();
  }

  /** The time of each stage, as the summary ends: "validate 0.10 s, plan 0.02 s, ...". */
  public String stages() {
    List<String> parts = new ArrayList<>();
    stageNanos.forEach((name, nanos) -> {
      String part = String.format(Locale.ROOT, "%s %.2f s", name, nanos / 1e9);
      if (name.equals("texts") && !busyNanos.isEmpty()) {
        List<String> formats = new ArrayList<>();
        busyNanos.forEach((f, n) -> formats.add(String.format(Locale.ROOT, "%s %.1f", f, n / 1e9)));
        part += " (" + String.join(", ", formats) + " thread-s)";
      }
      parts.add(part);
    });
    return String.join(", ", parts);
  }
}
