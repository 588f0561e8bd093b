package org.edition.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.edition.transform.StylesheetException;

/**
 * Runs one task per item on {@code --jobs} threads, and rethrows the first failure as it was: a
 * stylesheet error or an I/O error.
 */
final class Parallel implements AutoCloseable {
  /** A task that may fail as building fails. */
  @FunctionalInterface
  interface Task<T> {
    void run(T item) throws StylesheetException, IOException;
  }

  private final ForkJoinPool pool;

  Parallel(int jobs) {
    pool = new ForkJoinPool(Math.max(1, jobs));
  }

  int jobs() {
    return pool.getParallelism();
  }

  <T> void forEach(List<T> items, Task<T> task) throws StylesheetException, IOException {
    if (items.isEmpty()) {
      return;
    }
    try {
      pool.submit(() -> items.parallelStream().forEach(item -> {
        try {
          task.run(item);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (StylesheetException e) {
          throw new Failure(e);
        }
      })).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (cause instanceof Failure f) {
        throw f.stylesheet;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(cause);
    }
  }

  @Override
  public void close() {
    pool.shutdown();
  }

  /** Carries a stylesheet failure out of the stream. */
  private static final class Failure extends RuntimeException {
    final transient StylesheetException stylesheet;

    Failure(StylesheetException stylesheet) {
      super(stylesheet);
      this.stylesheet = stylesheet;
    }
  }
}
