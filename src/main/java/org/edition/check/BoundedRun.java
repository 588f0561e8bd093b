package org.edition.check;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import net.sf.saxon.s9api.SaxonApiException;

/**
 * Runs code of a document's author (its own Schematron rules) for a bounded time. Saxon cannot be
 * asked to stop a transformation, so the thread that runs it is stopped: its transformer is
 * thrown away, nothing it made is kept.
 */
final class BoundedRun {
  private BoundedRun() {}

  /** Work that makes a value with Saxon. */
  @FunctionalInterface
  interface Work<T> {
    T run() throws SaxonApiException;
  }

  @SuppressWarnings({"deprecation", "removal"})
  static <T> T within(Duration limit, Work<T> work) throws SaxonApiException, TimeoutException {
    Object[] result = new Object[1];
    Throwable[] failure = new Throwable[1];
    Thread runner = new Thread(null, () -> {
      try {
        result[0] = work.run();
      } catch (Throwable e) {
        failure[0] = e;
      }
    }, "document rules", 256L << 20);
    runner.setDaemon(true);
    runner.start();
    try {
      runner.join(limit.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (runner.isAlive()) {
      runner.interrupt();
      try {
        runner.stop();
      } catch (UnsupportedOperationException later) {
        // newer Javas cannot stop a thread: it runs on, as a daemon, and its result is ignored
      }
      throw new TimeoutException();
    }
    if (failure[0] instanceof SaxonApiException s) {
      throw s;
    }
    if (failure[0] instanceof RuntimeException r) {
      throw r;
    }
    if (failure[0] instanceof Error e) {
      throw e;
    }
    @SuppressWarnings("unchecked")
    T value = (T) result[0];
    return value;
  }
}
