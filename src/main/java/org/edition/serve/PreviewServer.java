package org.edition.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import net.sf.saxon.s9api.Processor;

/**
 * The preview's web server: the built site from its folder, on the loopback interface only, with
 * a script added to every page that reloads it after each build and shows the problems found.
 */
final class PreviewServer implements AutoCloseable {
  static final String LIVE_SCRIPT = "/_edition/live.js";
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("json", "application/json"),
      Map.entry("xml", "application/xml"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("woff", "font/woff"),
      Map.entry("woff2", "font/woff2"),
      Map.entry("ttf", "font/ttf"),
      Map.entry("pdf", "application/pdf"),
      Map.entry("epub", "application/epub+zip"));

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "preview");
    t.setDaemon(true);
    return t;
  });
  private final Path site;
  private final LiveReload live;
  private final Supplier<BuildStatus> status;
  private final Processor processor = new Processor(false);
  private final java.util.function.Consumer<String> log;
  private Path realSite;

  /**
   * @param site the folder served (the built website)
   * @param status the outcome of the last build
   */
  PreviewServer(int port, Path site, LiveReload live, Supplier<BuildStatus> status,
      java.util.function.Consumer<String> log) throws IOException {
    this.site = site.toAbsolutePath().normalize();
    this.log = log;
    this.live = live;
    this.status = status;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.setExecutor(threads);
    server.createContext("/", this::handle);
  }

  void start() {
    server.start();
  }

  /** The address pages are served from. */
  String address() {
    InetSocketAddress a = server.getAddress();
    return "http://localhost:" + a.getPort() + "/";
  }

  /**
   * Answers every request, and logs it: what it will not serve gets a 4xx status rather than a
   * closed connection.
   */
  private void handle(HttpExchange exchange) throws IOException {
    int[] code = {0};
    String what = exchange.getRequestMethod() + " " + printable(exchange.getRequestURI().getRawPath());
    try (exchange) {
      answer(exchange, code);
    } catch (IOException | RuntimeException e) {
      if (code[0] == 0) {
        try {
          code[0] = 400;
          send(exchange, 400, "text/plain; charset=utf-8", "bad request".getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException gone) {
          // the client went away
        }
      }
    } finally {
      if (!what.endsWith(" /_edition/events") && !what.endsWith(" /_edition/status")) {
        log.accept("serve: " + what + " " + code[0]);
      }
    }
  }

  /** A request's path as it may be printed: control characters escaped, and not endless. */
  private static String printable(String raw) {
    String s = raw == null ? "" : raw;
    return org.edition.check.DiagnosticReport.printable(s.length() > 200 ? s.substring(0, 200) + "..." : s);
  }

  /** Whether a Host header names this machine (DNS rebinding sends a foreign name). */
  private boolean localHost(String host) {
    if (host == null) {
      return false;
    }
    int port = server.getAddress().getPort();
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost:" + port) || h.equals("127.0.0.1:" + port) || h.equals("[::1]:" + port);
  }

  private void answer(HttpExchange exchange, int[] code) throws IOException {
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    if (!localHost(exchange.getRequestHeaders().getFirst("Host"))) {
      code[0] = 400;
      send(exchange, 400, "text/plain; charset=utf-8",
          "this preview answers only to localhost, 127.0.0.1 or [::1] with its port".getBytes(StandardCharsets.UTF_8));
      return;
    }
    if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
      code[0] = 405;
      send(exchange, 405, "text/plain; charset=utf-8", "only GET".getBytes(StandardCharsets.UTF_8));
      return;
    }
    String path = exchange.getRequestURI().getPath();
    code[0] = 200;
    switch (path) {
      case "/_edition/events" -> events(exchange);
      case "/_edition/status" -> send(exchange, 200, "application/json",
          status.get().json(processor).getBytes(StandardCharsets.UTF_8));
      case LIVE_SCRIPT -> {
        try (InputStream in = PreviewServer.class.getResourceAsStream("/edition/serve/live.js")) {
          send(exchange, 200, TYPES.get("js"), in.readAllBytes());
        }
      }
      default -> code[0] = file(exchange, path);
    }
  }

  private void events(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    OutputStream body = exchange.getResponseBody();
    live.add(body);
    // The stream stays open until the page goes; the thread waits here meanwhile.
    try {
      while (true) {
        Thread.sleep(15_000);
        body.write(": still here\n\n".getBytes(StandardCharsets.UTF_8));
        body.flush();
      }
    } catch (InterruptedException | IOException gone) {
      // the page was closed or reloaded
    }
  }

  /** Sends a file of the site; returns the status sent. */
  private int file(HttpExchange exchange, String path) throws IOException {
    if (path == null || path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) {
      send(exchange, 400, "text/plain; charset=utf-8", "bad path".getBytes(StandardCharsets.UTF_8));
      return 400;
    }
    Path file;
    try {
      file = site.resolve(path.replaceFirst("^/+", "")).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      send(exchange, 400, "text/plain; charset=utf-8", "bad path".getBytes(StandardCharsets.UTF_8));
      return 400;
    }
    if (!file.startsWith(site)) {
      send(exchange, 403, "text/plain; charset=utf-8", "outside the site".getBytes(StandardCharsets.UTF_8));
      return 403;
    }
    if (Files.isDirectory(file)) {
      file = file.resolve("index.html");
    }
    if (!Files.isRegularFile(file)) {
      send(exchange, 404, "text/html; charset=utf-8",
          ("<!DOCTYPE html><title>Not found</title><p>No page " + escape(path)
              + " in the site. <a href=\"/\">Home</a></p>" + scriptTag()).getBytes(StandardCharsets.UTF_8));
      return 404;
    }
    // A symbolic link (or a folder of the path that is one) must not lead out of the site.
    if (!file.toRealPath().startsWith(realSite())) {
      send(exchange, 403, "text/plain; charset=utf-8", "outside the site".getBytes(StandardCharsets.UTF_8));
      return 403;
    }
    String name = file.getFileName().toString();
    String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    byte[] body = Files.readAllBytes(file);
    if (extension.equals("html")) {
      body = withLiveScript(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }
    String policy = policy(extension, "http://" + exchange.getRequestHeaders().getFirst("Host"));
    if (policy != null) {
      exchange.getResponseHeaders().set("Content-Security-Policy", policy);
    }
    send(exchange, 200, TYPES.getOrDefault(extension, "application/octet-stream"), body);
    return 200;
  }

  /**
   * The Content-Security-Policy a file of the site is served with, or null for none.
   *
   * <p>A page: narrower than its own policy, which cannot know the address: scripts only from the
   * folders the site's scripts are in (SiteScripts: its assets, its search index, a letter's
   * neighbours) and the preview's own, never from the TEI copies under tei/.
   *
   * <p>Anything else a browser may open as a document of the site (the TEI copies, an SVG, a
   * JSON file): no script, nothing loaded, and a sandbox (an origin of its own), whatever it
   * holds. The PDFs are the build's own and Chromium's viewer does not open in a sandbox.
   */
  static String policy(String extension, String origin) {
    return switch (extension) {
      case "html" -> "script-src "
          + String.join(" ", org.edition.publish.html.SiteScripts.FOLDERS.stream().map(f -> origin + "/" + f).toList())
          + " " + origin + LIVE_SCRIPT + "; object-src 'none'; base-uri 'none'; frame-src 'none'";
      case "pdf" -> null;
      default -> "default-src 'none'; script-src 'none'; sandbox";
    };
  }

  /** The site folder with its links resolved (it is replaced whole by each build). */
  private Path realSite() throws IOException {
    return site.toRealPath();
  }

  /** The page with the preview's script before its end (the page's CSP allows same-origin scripts). */
  static String withLiveScript(String html) {
    int end = html.lastIndexOf("</body>");
    return end < 0 ? html + scriptTag() : html.substring(0, end) + scriptTag() + html.substring(end);
  }

  private static String scriptTag() {
    return "<script src=\"" + LIVE_SCRIPT + "\"></script>";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static void send(HttpExchange exchange, int code, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(code, head ? -1 : body.length);
    if (!head) {
      exchange.getResponseBody().write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
