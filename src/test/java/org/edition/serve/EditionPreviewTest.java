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
import org.edition.Cli;
import org.edition.engine.IncrementalBuildTest;
import org.edition.engine.BuildOptions;
import org.edition.load.ProjectLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `edition serve` on a copy of the flagship: serves the site, rebuilds on save, shows problems. */
@org.junit.jupiter.api.parallel.Isolated("a preview server and its rebuilds, timed")
class EditionPreviewTest {
  @TempDir Path project;
  private EditionPreview preview;
  private Thread watching;
  private String address;
  private final StringWriter terminal = new StringWriter();
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws IOException {
    for (String folder : new String[] {"tei", "schemas"}) {
      IncrementalBuildTest.copyTree(Cli.root().resolve(folder), project.resolve(folder));
    }
    BuildOptions options = new BuildOptions(List.of(project.resolve("tei")), project.resolve("output"),
        ProjectLayout.at(project), Set.of("html"), null, null, null, 2, false, false);
    preview = new EditionPreview(options, new PrintWriter(terminal, true));
    address = preview.start(0);
    watching = Watching.start(preview);
  }

  @AfterEach
  void stop() throws IOException {
    watching.interrupt();
    preview.close();
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(address).resolve(path)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Waits for the build after {@code number} to be done. */
  private BuildStatus waitForBuildAfter(long number) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (preview.status().number() > number) {
        return preview.status();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no rebuild after a change; terminal: " + terminal);
  }

  @Test
  void servesTheSiteOnThisMachineOnlyWithTheLiveScript() throws Exception {
    assertTrue(address.startsWith("http://localhost:"), address);
    HttpResponse<String> home = get("/");
    assertEquals(200, home.statusCode());
    assertTrue(home.body().contains("<script src=\"/_edition/live.js\"></script></body>"), "live script");
    assertEquals(200, get("/_edition/live.js").statusCode());
    assertTrue(get("/_edition/status").body().contains("\"build\":1"), "status of the first build");
    assertEquals(404, get("/nothing-here.html").statusCode());
    assertEquals(403, get("/%2e%2e/%2e%2e/etc/passwd").statusCode());
    assertTrue(Files.readString(project.resolve("output/html/index.html")).indexOf("live.js") < 0,
        "the built site itself carries no preview script");
  }

  @Test
  void aSavedChangeIsRebuiltAndAProblemIsShownOnThePage() throws Exception {
    long first = preview.status().number();
    Path text = project.resolve("tei/forum-fil.xml");
    Files.writeString(text, Files.readString(text).replace("Regardez ce robot", "Regardez vite ce robot"));
    BuildStatus status = waitForBuildAfter(first);
    assertEquals(null, status.failure(), terminal.toString());
    assertTrue(org.edition.Shown.text(get("/forum-fil.html").body()).contains("Regardez vite ce robot"), "the page shows the change");
    assertTrue(terminal.toString().contains("rebuilt after a change to"), terminal.toString());

    // A file that is not well-formed: the problem, with its line, in the terminal and on the page.
    Files.writeString(project.resolve("tei/draft.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<teiHeader>\n");
    status = waitForBuildAfter(status.number());
    String json = get("/_edition/status").body();
    assertTrue(json.contains("draft.xml:"), json);
    assertTrue(status.problems().stream().anyMatch(p -> p.contains("draft.xml") && p.contains("error")), status.toString());
    assertTrue(terminal.toString().contains("draft.xml"), terminal.toString());
    assertTrue(org.edition.Shown.text(get("/forum-fil.html").body()).contains("Regardez vite ce robot"), "the rest of the site is still served");
  }
}
