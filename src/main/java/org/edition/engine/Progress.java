package org.edition.engine;

import java.io.PrintStream;
import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * How a build tells where it is: a progress bar on a terminal, a few plain lines in a pipe or on
 * CI, nothing with {@code --quiet}; {@code --verbose} adds a line per output written.
 */
public interface Progress {
  /** A stage begins, with this many steps. */
  void stage(String name, long steps);

  void step();

  /** The stage is over. */
  void done();

  /** A detail shown with --verbose only. */
  void detail(String line);

  /** Something the editor should know while waiting (not shown with --quiet). */
  void notice(String line);

  /** Silent, except for the details when verbose. */
  static Progress quiet() {
    return new Progress() {
      @Override public void stage(String name, long steps) {}
      @Override public void step() {}
      @Override public void done() {}
      @Override public void detail(String line) {}
      @Override public void notice(String line) {}
    };
  }

  /**
   * The progress for a run: a bar drawn on {@code terminal} when a person watches one (null: a pipe
   * or CI), else plain lines.
   */
  static Progress of(PrintWriter out, PrintWriter err, PrintStream terminal, boolean verbose) {
    return terminal != null && !verbose ? new Bar(err, terminal) : new Lines(out, err, verbose);
  }

  /** A progress bar on the terminal (stderr), one per stage. */
  final class Bar implements Progress {
    private final PrintWriter err;
    private final PrintStream terminal;
    private ProgressBar bar;

    Bar(PrintWriter err, PrintStream terminal) {
      this.err = err;
      this.terminal = terminal;
    }

    @Override
    public synchronized void notice(String line) {
      done();
      err.println("edition: " + line);
      err.flush();
    }

    @Override
    public synchronized void stage(String name, long steps) {
      done();
      bar = new ProgressBarBuilder()
          .setTaskName(name)
          .setInitialMax(steps)
          .setStyle(ProgressBarStyle.ASCII)
          .setUpdateIntervalMillis(100)
          .setConsumer(terminal == System.err ? new ConsoleProgressBarConsumer(new PrintStream(System.err, true))
              // a daemon's client: no terminal here to ask for its width
              : new ConsoleProgressBarConsumer(terminal, 80))
          .continuousUpdate()
          .build();
    }

    @Override
    public synchronized void step() {
      if (bar != null) {
        bar.step();
      }
    }

    @Override
    public synchronized void done() {
      if (bar != null) {
        bar.close();
        bar = null;
      }
    }

    @Override
    public void detail(String line) {}
  }

  /** Plain lines: the stage with its count, then at each quarter. */
  final class Lines implements Progress {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean verbose;
    private String name;
    private long steps;
    private long done;
    private int quarter;

    Lines(PrintWriter out, PrintWriter err, boolean verbose) {
      this.out = out;
      this.err = err;
      this.verbose = verbose;
    }

    @Override
    public void notice(String line) {
      err.println("edition: " + line);
      err.flush();
    }

    @Override
    public synchronized void stage(String name, long steps) {
      this.name = name;
      this.steps = steps;
      this.done = 0;
      this.quarter = 0;
    }

    @Override
    public synchronized void step() {
      done++;
      int q = steps == 0 ? 4 : (int) (done * 4 / steps);
      if (q > quarter && steps >= 40 && q < 4) {
        quarter = q;
        out.println(name + ": " + done + "/" + steps);
        out.flush();
      }
    }

    @Override
    public synchronized void done() {}

    @Override
    public synchronized void detail(String line) {
      if (verbose) {
        out.println(line);
        out.flush();
      }
    }
  }
}
