package org.edition.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.edition.transform.StylesheetException;

/** Runs one publishing task per item on every core, and rethrows the first failure as it was. */
public final class InParallel {
  /** A task that may fail as publishing fails: a stylesheet error or an I/O error. */
  @FunctionalInterface
  public interface Task<T> {
    void run(T item) throws StylesheetException, IOException;
  }

  private InParallel() {}

  public static <T> void forEach(List<T> items, Task<T> task) throws StylesheetException, IOException {
    try {
      items.parallelStream().forEach(item -> {
        try {
          task.run(item);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (StylesheetException e) {
          throw new Failure(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (Failure e) {
      throw e.stylesheet;
    }
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
