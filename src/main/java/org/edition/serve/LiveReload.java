package org.edition.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The pages open in a browser, each listening on a server-sent event stream: told to reload when
 * a build has finished.
 */
final class LiveReload {
  private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();

  void add(OutputStream stream) throws IOException {
    stream.write(": listening\n\n".getBytes(StandardCharsets.UTF_8));
    stream.flush();
    listeners.add(stream);
  }

  /** Tells every open page that build {@code number} is done; forgets the pages that closed. */
  void built(long number) {
    byte[] event = ("event: built\ndata: " + number + "\n\n").getBytes(StandardCharsets.UTF_8);
    for (OutputStream listener : listeners) {
      try {
        listener.write(event);
        listener.flush();
      } catch (IOException closed) {
        listeners.remove(listener);
      }
    }
  }

  int listening() {
    return listeners.size();
  }
}
