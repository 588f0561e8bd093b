package org.edition.serve;

/** A preview's rebuilds on every save, on a thread of their own until interrupted (for the tests). */
final class Watching {
  private Watching() {}

  static Thread start(EditionPreview preview) {
    Thread watching = new Thread(() -> {
      try {
        preview.watch();
      } catch (InterruptedException stopped) {
        // the test is over
      }
    });
    watching.setDaemon(true);
    watching.start();
    return watching;
  }
}
