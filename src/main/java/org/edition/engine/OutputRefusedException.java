package org.edition.engine;

import java.io.IOException;

/** An output folder a build will not write into, said before anything is written. */
public final class OutputRefusedException extends IOException {
  public OutputRefusedException(String message) {
    super(message);
  }
}
