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
 * pages. Problems found in the sources are printed and shown on the page. With books, the PDFs and
 * EPUBs follow each page build in the background, one document at a time: a save rebuilds its
 * text's page at once, even while the books of the save before are still being set.
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
  private final Books books;

  /** One line in the terminal (a request served), whoever's thread it comes from. */
  private void log(String line) {
    synchronized (out) {
      out.println(line);
      out.flush();
    }
  }

  /** @param options what to build (the website only is served) */
  public EditionPreview(BuildOptions options, PrintWriter out) {
    this(options, out, false);
  }

  /**
   * @param options the website's build (served)
   * @param books whether the PDFs and EPUBs follow each build of the website, into the same output
   */
  public EditionPreview(BuildOptions options, PrintWriter out, boolean books) {
    this.options = options;
    this.out = out;
    this.books = books ? new Books(new BuildOptions(options.paths(), options.output(), options.project(),
        java.util.Set.of("pdf", "epub"), options.lang(), options.baseUrl(), options.volumes(), 1, false, false)) : null;
  }

  /** Builds once and starts serving; returns the address. */
  public String start(int port) throws IOException {
    rebuild(List.of());
    Thread warm = new Thread(() -> build.warmUp(options), "warm up");
    warm.setDaemon(true);
    warm.start();
    if (books != null) {
      books.start();
    }
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
      BuildReport report = build.run(options, Progress.of(out, out, null, false));
      stages = report.stages();
      for (Diagnostic d : report.diagnostics()) {
        problems.add(lines.line(d));
      }
      if (report.result() == BuildReport.Result.STOPPED) {
        failure = report.stopReason();
      }
    } catch (Exception e) {
      failure = why(e);
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
    if (books != null) {
      books.wanted();
    }
  }

  /** How many builds of the books have finished (for the tests). */
  int booksBuilt() {
    return books == null ? 0 : books.finished();
  }

  /** What the books' builds report their stages to (for the tests: one that holds a build). */
  void booksProgress(Progress progress) {
    books.progress = progress;
  }

  /**
   * The PDFs and EPUBs, built after the pages on a thread of their own, one document at a time (the
   * other processor stays for the next page); saves made meanwhile make one more build after it.
   */
  private final class Books {
    private final BuildOptions options;
    private final EditionBuild build = new EditionBuild(false);
    private final Thread worker = new Thread(this::work, "books");
    private boolean wanted;
    private int finished;
    private volatile Progress progress = Progress.quiet();

    Books(BuildOptions options) {
      this.options = options;
      worker.setDaemon(true);
      worker.setPriority(Thread.MIN_PRIORITY);
    }

    void start() {
      worker.start();
    }

    synchronized void wanted() {
      wanted = true;
      notifyAll();
    }

    synchronized int finished() {
      return finished;
    }

    private void work() {
      while (!Thread.currentThread().isInterrupted()) {
        synchronized (this) {
          while (!wanted) {
            try {
              wait();
            } catch (InterruptedException e) {
              return;
            }
          }
          wanted = false;
        }
        buildOnce();
        synchronized (this) {
          finished++;
          notifyAll();
        }
      }
    }

    private void buildOnce() {
      long start = System.nanoTime();
      String outcome;
      try {
        BuildReport report = build.run(options, progress);
        // what only the books found (a character no font has): the site's build said the rest
        List<String> seen = status.problems();
        report.diagnostics().stream().map(lines::line).filter(l -> !seen.contains(l)).forEach(EditionPreview.this::log);
        outcome = report.result() == BuildReport.Result.STOPPED ? "failed: " + report.stopReason()
            : report.formats().stream().map(f -> f.format() + " " + f.rebuilt() + " rebuilt"
                + (f.failed() > 0 ? ", " + f.failed() + " failed" : "")).collect(java.util.stream.Collectors.joining(", "));
      } catch (Exception e) {
        outcome = "failed: " + why(e);
      }
      log(String.format(Locale.ROOT, "books (%s) in %.2f s: %s", options.output().resolve("{pdf,epub}"),
          (System.nanoTime() - start) / 1e9, outcome));
    }

    void stop() {
      worker.interrupt();
    }
  }

  /** What a build that threw says of it. */
  private static String why(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private String names(List<Path> changed) {
    List<String> names = changed.stream().map(p -> lines.displayPath(p)).limit(3).toList();
    return String.join(", ", names) + (changed.size() > 3 ? " and " + (changed.size() - 3) + " more" : "");
  }

  @Override
  public void close() throws IOException {
    if (books != null) {
      books.stop();
    }
    if (server != null) {
      server.close();
    }
    if (watcher != null) {
      watcher.close();
    }
  }
}
