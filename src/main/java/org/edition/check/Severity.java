package org.edition.check;

/** How serious a diagnostic is; errors make {@code edition validate} exit with 1. */
public enum Severity {
  ERROR("error"),
  WARNING("warning"),
  INFO("info");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
