package org.edition.load;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;

/**
 * Work run on a thread of its own with a deep stack: stylesheets and rules recurse once or more per
 * level of a document, and valid TEI may nest hundreds of levels deep (the parser refuses more
 * than {@link InputBounds#MAX_DEPTH}). The memory is reserved, not used, until a document needs it.
 */
public final class DeepStack {
  /** The stack of every thread that reads, checks or publishes a document. */
  public static final long BYTES = 512L << 20;

  private DeepStack() {}

  /** A new thread with a deep stack. */
  public static Thread thread(String name, Runnable work) {
    return new Thread(null, work, name, BYTES);
  }

  /**
   * Runs {@code work} and returns what it returns, or throws what it throws.
   *
   * @param limit how long it may take, or null for as long as it takes; past it the thread is
   *     stopped (Saxon cannot be asked to stop a transformation) and TimeoutException thrown
   */
  @SuppressWarnings({"deprecation", "removal"})
  public static <T> T run(String name, Duration limit, Callable<T> work) throws Exception {
    Object[] result = new Object[1];
    Throwable[] failure = new Throwable[1];
    Thread runner = thread(name, () -> {
      try {
        result[0] = work.call();
      } catch (Throwable e) {
        failure[0] = e;
      }
    });
    runner.setDaemon(limit != null);
    runner.start();
    if (limit == null) {
      runner.join();
    } else {
      runner.join(limit.toMillis());
      if (runner.isAlive()) {
        runner.interrupt();
        try {
          runner.stop();
        } catch (UnsupportedOperationException later) {
          // newer Javas cannot stop a thread: it runs on, as a daemon, and its result is ignored
        }
        throw new TimeoutException(name + " ran for more than " + limit.toSeconds() + " s");
      }
    }
    if (failure[0] instanceof Exception e) {
      throw e;
    }
    if (failure[0] instanceof Error e) {
      throw e;
    }
    @SuppressWarnings("unchecked")
    T value = (T) result[0];
    return value;
  }
}
