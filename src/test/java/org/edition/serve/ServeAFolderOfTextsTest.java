package org.edition.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.edition.Cli;
import org.edition.engine.BuildOptions;
import org.edition.load.ProjectLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `edition serve` on a folder of TEI that is no project (its texts at the root, no schemas/,
 * no xslt/): the project is that folder, and saving one of its texts rebuilds the site.
 */
@org.junit.jupiter.api.parallel.Isolated("a preview server and its rebuilds, timed")
class ServeAFolderOfTextsTest {
  @TempDir Path texts;
  @TempDir Path output;

  @Test
  void aSavedTextAtTheRootIsRebuilt() throws Exception {
    for (String file : List.of("forum-fil.xml", "registers.xml")) {
      Files.copy(Cli.root().resolve("tei").resolve(file), texts.resolve(file));
    }
    BuildOptions options = new BuildOptions(List.of(texts), output, ProjectLayout.at(texts), Set.of("html"),
        null, null, null, 2, false, false);
    StringWriter terminal = new StringWriter();
    try (EditionPreview preview = new EditionPreview(options, new PrintWriter(terminal, true))) {
      preview.start(0);
      Thread watching = Watching.start(preview);
      long first = preview.status().number();
      Path text = texts.resolve("forum-fil.xml");
      Files.writeString(text, Files.readString(text).replace("Regardez ce robot", "Regardez vite ce robot"));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (preview.status().number() == first && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      watching.interrupt();
      assertTrue(preview.status().number() > first, "no rebuild after a change; terminal: " + terminal);
      assertTrue(org.edition.Shown.text(Files.readString(output.resolve("html/forum-fil.html"))).contains("Regardez vite ce robot"), terminal.toString());
    }
  }
}
