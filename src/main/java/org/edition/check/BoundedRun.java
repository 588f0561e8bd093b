package org.edition.check;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import net.sf.saxon.s9api.SaxonApiException;
import org.edition.load.DeepStack;

/** Runs code of a document's author (its own Schematron rules) for a bounded time. */
final class BoundedRun {
  private BoundedRun() {}

  /** Work that makes a value with Saxon. */
  @FunctionalInterface
  interface Work<T> {
    T run() throws SaxonApiException;
  }

  static <T> T within(Duration limit, Work<T> work) throws SaxonApiException, TimeoutException {
    try {
      return DeepStack.run("document rules", limit, work::run);
    } catch (SaxonApiException | TimeoutException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
