package org.edition.cli;

/** The exit codes of every command. */
final class ExitCode {
  static final int OK = 0;
  /** The documents have errors. */
  static final int DOCUMENT_ERRORS = 1;
  /** Usage or environment error (picocli uses 2 for usage errors too). */
  static final int ENVIRONMENT = 2;

  private ExitCode() {}
}
