package org.edition.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.edition.load.DeepStack;
import org.edition.transform.StylesheetException;

/**
 * Runs one task per item on {@code --jobs} threads, and rethrows the first failure as it was: a
 * stylesheet error or an I/O error.
 *
 * <p>The threads have deep stacks (see {@link DeepStack}).
 */
final class Parallel implements AutoCloseable {
  /** A task that may fail as building fails. */
  @FunctionalInterface
  interface Task<T> {
    void run(T item) throws StylesheetException, IOException;
  }

  private final ExecutorService pool;
  private final int jobs;

  Parallel(int jobs) {
    this.jobs = Math.max(1, jobs);
    AtomicInteger n = new AtomicInteger();
    pool = new ThreadPoolExecutor(this.jobs, this.jobs, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
      Thread t = DeepStack.thread("edition-" + n.incrementAndGet(), r);
      t.setDaemon(true);
      return t;
    });
  }

  int jobs() {
    return jobs;
  }

  <T> void forEach(List<T> items, Task<T> task) throws StylesheetException, IOException {
    if (items.isEmpty()) {
      return;
    }
    List<Future<Void>> running = new ArrayList<>(items.size());
    java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
    for (T item : items) {
      running.add(pool.submit(() -> {
        if (failed.get()) {
          return null;
        }
        try {
          task.run(item);
        } catch (Exception | Error e) {
          failed.set(true);
          throw e;
        }
        return null;
      }));
    }
    try {
      for (Future<Void> f : running) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      // The tasks not started do nothing; those running are waited for, so that none writes
      // into a staging folder once the failed build has removed it.
      for (Future<Void> f : running) {
        try {
          f.get();
        } catch (ExecutionException other) {
          // the first failure is the one reported
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof StylesheetException s) {
        throw s;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  @Override
  public void close() {
    pool.shutdown();
  }
}
