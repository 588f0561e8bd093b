package org.edition.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Says in one line what went wrong with the machine or the arguments, without a stack trace. */
final class EnvironmentError {
  private EnvironmentError() {}

  static String describe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return "not enough memory for these documents: give Java more, e.g. EDITION_JAVA_OPTS=-Xmx4g ./edition ...";
      }
    }
    if (e instanceof NoSuchFileException n) {
      return n.getFile() + ": no such file or folder";
    }
    if (e instanceof AccessDeniedException a) {
      return a.getFile() + ": permission denied";
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException f) {
      return f.getFile() + ": exists and is not a folder, cannot write there";
    }
    if (e instanceof java.nio.file.NotDirectoryException n) {
      return n.getFile() + ": is not a folder, cannot write there";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getFile() + ": " + f.getReason();
    }
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return message;
  }
}
