package org.edition.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.edition.engine.BuildOptions;
import org.edition.engine.BuildReport;
import org.edition.engine.EditionBuild;
import org.edition.engine.Progress;
import org.edition.check.Diagnostic;
import org.edition.check.DiagnosticReport;

/**
 * {@code edition serve}: builds the website, serves it on the loopback interface, and rebuilds it
 * (incrementally, in the same warm process) whenever a source changes, then reloads the open
 * pages. Problems found in the sources are printed and shown on the page.
 */
public final class EditionPreview implements AutoCloseable {
  private final BuildOptions options;
  private final PrintWriter out;
  private final EditionBuild build = new EditionBuild(true);
  private final LiveReload live = new LiveReload();
  private final DiagnosticReport lines = new DiagnosticReport(Path.of(""), null, "");
  private volatile BuildStatus status = new BuildStatus(0, 0, List.of(), null);
  private PreviewServer server;
  private SourceWatcher watcher;

  /** @param options what to build (the website only is served) */
  /** One line in the terminal (a request served), whoever's thread it comes from. */
  private void log(String line) {
    synchronized (out) {
      out.println(line);
      out.flush();
    }
  }

  public EditionPreview(BuildOptions options, PrintWriter out) {
    this.options = options;
    this.out = out;
  }

  /** Builds once and starts serving; returns the address. */
  public String start(int port) throws IOException {
    rebuild(List.of());
    Thread warm = new Thread(() -> build.warmUp(options), "warm up");
    warm.setDaemon(true);
    warm.start();
    server = new PreviewServer(port, options.output().resolve("html"), live, () -> status, this::log);
    server.start();
    List<Path> trees = new ArrayList<>();
    List<Path> flat = new ArrayList<>();
    for (Path p : options.paths()) {
      Path path = p.toAbsolutePath().normalize();
      // a file named on the command line: its folder is watched, the file alone counts
      (java.nio.file.Files.isDirectory(path) ? trees : flat).add(java.nio.file.Files.isDirectory(path) ? path : path.getParent());
    }
    Path root = options.project().root();
    trees.add(root.resolve("xslt"));
    trees.add(root.resolve("schemas"));
    flat.add(root);
    Path output = options.output().toAbsolutePath().normalize();
    // The project's root may itself be the folder of texts (a folder of TEI that is no project).
    boolean textsAtRoot = trees.contains(root) || flat.contains(root) && options.paths().stream()
        .anyMatch(p -> root.equals(p.toAbsolutePath().normalize().getParent()));
    watcher = new SourceWatcher(trees.stream().distinct().toList(), flat.stream().distinct().toList(),
        p -> isSource(p.toAbsolutePath().normalize(), root, output, textsAtRoot), 60);
    return server.address();
  }

  /** What a change may alter the site: TEI, stylesheets and their assets, schemas, settings. */
  private boolean isSource(Path p, Path root, Path output, boolean textsAtRoot) {
    String name = p.getFileName().toString();
    if (p.startsWith(output) || name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp")) {
      return false;
    }
    if (p.getParent() != null && p.getParent().equals(root)) {
      return name.equals("edition.properties") || textsAtRoot && name.endsWith(".xml");
    }
    // stylesheets and schemas have assets and parts of any kind; TEI folders only count their XML
    return p.startsWith(root.resolve("xslt")) || p.startsWith(root.resolve("schemas")) || name.endsWith(".xml");
  }

  /** Rebuilds on every change, until interrupted. */
  public void watch() throws InterruptedException {
    while (!Thread.currentThread().isInterrupted()) {
      List<Path> changed = watcher.next();
      rebuild(changed);
    }
  }

  /** The last build's outcome. */
  BuildStatus status() {
    return status;
  }

  private synchronized void rebuild(List<Path> changed) {
    long start = System.nanoTime();
    List<String> problems = new ArrayList<>();
    String failure = null;
    String stages = "";
    try {
      BuildReport report = build.run(options, Progress.of(out, out, false, false));
      stages = report.stages();
      for (Diagnostic d : report.diagnostics()) {
        problems.add(lines.line(d));
      }
      if (report.result() == BuildReport.Result.STOPPED) {
        failure = report.stopReason();
      }
    } catch (Exception e) {
      failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    status = new BuildStatus(status.number() + 1, seconds, List.copyOf(problems), failure);
    problems.forEach(out::println);
    String what = changed.isEmpty() ? "built" : "rebuilt after a change to " + names(changed);
    out.println(String.format(Locale.ROOT, "%s in %.2f s%s", what, seconds,
        failure != null ? ": failed: " + failure
            : (problems.isEmpty() ? "" : ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"))
                + (stages.isEmpty() ? "" : " (" + stages + ")")));
    out.flush();
    live.built(status.number());
  }

  private String names(List<Path> changed) {
    List<String> names = changed.stream().map(p -> lines.displayPath(p)).limit(3).toList();
    return String.join(", ", names) + (changed.size() > 3 ? " and " + (changed.size() - 3) + " more" : "");
  }

  @Override
  public void close() throws IOException {
    if (server != null) {
      server.close();
    }
    if (watcher != null) {
      watcher.close();
    }
  }
}
