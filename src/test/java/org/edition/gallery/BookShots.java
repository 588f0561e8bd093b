package org.edition.gallery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.edition.gallery.Shot.Group;
import org.openqa.selenium.WebDriverException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The pictures of the books: the first pages of each PDF (poppler's pdftoppm), and the first
 * screen of each XHTML document of each EPUB's spine, at an e-reader's width.
 */
final class BookShots {
  private static final String OPF = "http://www.idpf.org/2007/opf";
  private static final String CONTAINER = "urn:oasis:names:tc:opendocument:xmlns:container";

  private final Camera camera;
  private final Gallery.Options options;

  BookShots(Camera camera, Gallery.Options options) {
    this.camera = camera;
    this.options = options;
  }

  static List<Path> files(Path folder, String extension) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList();
    }
  }

  /** The first pages of every PDF in {@code pdf}, at 60 dpi. */
  List<Shot> pdfs(String edition, Path pdf, Path out) throws IOException, InterruptedException {
    List<Shot> shots = new ArrayList<>();
    for (Path book : files(pdf, ".pdf")) {
      String name = book.getFileName().toString();
      String stem = name.substring(0, name.length() - 4);
      long start = System.nanoTime();
      Files.createDirectories(out);
      Path work = Files.createTempDirectory(out, ".pdftoppm-");
      String pages = pageCount(book);
      String failure = run(List.of("pdftoppm", "-r", "60", "-f", "1", "-l", String.valueOf(options.pdfPages()), "-png",
          book.toString(), work.resolve("p").toString()));
      List<Path> made = files(work, ".png");
      for (int i = 0; i < made.size(); i++) {
        Path file = out.resolve(stem + "-p" + (i + 1) + ".png");
        Files.move(made.get(i), file, StandardCopyOption.REPLACE_EXISTING);
        shots.add(new Shot(edition, Group.PDF, name, "page " + (i + 1), name + " · page " + (i + 1) + " · PDF",
            file, i == 0 && pages != null ? pages + " pages" : "", book));
      }
      if (made.isEmpty()) {
        shots.add(new Shot(edition, Group.PDF, name, "page 1", name + " · PDF", null,
            "no page rendered" + (failure == null ? "" : ": " + failure), book));
      }
      Files.deleteIfExists(work);
      Gallery.progress(edition + ": " + name, start);
    }
    return shots;
  }

  private static String pageCount(Path book) {
    try {
      Process p = new ProcessBuilder("pdfinfo", book.toString()).redirectErrorStream(true).start();
      String info = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor(30, TimeUnit.SECONDS);
      for (String line : info.split("\n")) {
        if (line.startsWith("Pages:")) {
          return line.substring(6).trim();
        }
      }
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return null;
  }

  /** Runs a command; null when it succeeded, else what it said. */
  private static String run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return "timed out";
    }
    return p.exitValue() == 0 ? null : "exit " + p.exitValue() + " " + said;
  }

  /**
   * Every EPUB in {@code epub}, unzipped under {@code unzipped}: the first screen (390 × 844 CSS
   * px, no mobile emulation: an e-reader lays the chapter out at its own width) of each of the
   * first XHTML documents of its spine.
   */
  List<Shot> epubs(String edition, Path epub, Path unzipped, Path out) throws IOException {
    List<Shot> shots = new ArrayList<>();
    for (Path book : files(epub, ".epub")) {
      String name = book.getFileName().toString();
      String stem = name.substring(0, name.length() - 5);
      long start = System.nanoTime();
      Files.createDirectories(out);
      Path root = unzipped.resolve(stem);
      List<Path> spine;
      try {
        unzip(book, root);
        spine = spine(root);
      } catch (IOException | SAXException | ParserConfigurationException e) {
        shots.add(new Shot(edition, Group.EPUB, name, "1", name + " · EPUB", null, "not read: " + SiteShots.firstLine(e), book));
        continue;
      }
      int shown = Math.min(spine.size(), options.epubChapters());
      for (int i = 0; i < shown; i++) {
        Path chapter = spine.get(i);
        String doc = root.relativize(chapter).toString();
        String cell = (i + 1) + ". " + chapter.getFileName();
        String caption = name + " · " + chapter.getFileName() + " · 390 px · EPUB chapter " + (i + 1) + " of " + spine.size();
        Path file = out.resolve(stem + "-" + (i + 1) + ".png");
        String note = i == shown - 1 && spine.size() > shown ? (spine.size() - shown) + " more in the spine" : "";
        try {
          camera.viewport(390, false, "light");
          camera.open(chapter.toUri().toString());
          Map<String, Object> m = camera.metrics();
          String size = SiteShots.note(m, 390);
          Files.write(file, camera.capture(0, 0, 390, 844, 1));
          shots.add(new Shot(edition, Group.EPUB, name, cell, caption, file, join(size, note), chapter));
        } catch (WebDriverException e) {
          shots.add(new Shot(edition, Group.EPUB, name, cell, caption, null, "not taken: " + SiteShots.firstLine(e) + " " + doc, chapter));
        }
      }
      Gallery.progress(edition + ": " + name, start);
    }
    return shots;
  }

  private static String join(String a, String b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
  }

  /** Unzips a book into an empty folder, refusing any entry that would land outside it. */
  static void unzip(Path zip, Path into) throws IOException {
    Gallery.delete(into);
    Files.createDirectories(into);
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        Path target = into.resolve(entry.getName()).normalize();
        if (!target.startsWith(into)) {
          throw new IOException("an entry outside the book: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** The XHTML documents of the spine, in reading order (linear="no" left out). */
  static List<Path> spine(Path root) throws IOException, SAXException, ParserConfigurationException {
    DocumentBuilder parser = parser();
    Document container = parse(parser, root.resolve("META-INF/container.xml"));
    Element rootfile = (Element) container.getElementsByTagNameNS(CONTAINER, "rootfile").item(0);
    if (rootfile == null) {
      throw new IOException("no rootfile in META-INF/container.xml");
    }
    Path opf = root.resolve(rootfile.getAttribute("full-path")).normalize();
    Document pack = parse(parser, opf);
    Map<String, Element> items = new java.util.HashMap<>();
    NodeList manifest = pack.getElementsByTagNameNS(OPF, "item");
    for (int i = 0; i < manifest.getLength(); i++) {
      Element item = (Element) manifest.item(i);
      items.put(item.getAttribute("id"), item);
    }
    List<Path> spine = new ArrayList<>();
    NodeList refs = pack.getElementsByTagNameNS(OPF, "itemref");
    for (int i = 0; i < refs.getLength(); i++) {
      Element ref = (Element) refs.item(i);
      Element item = items.get(ref.getAttribute("idref"));
      if (item == null || "no".equals(ref.getAttribute("linear"))
          || !"application/xhtml+xml".equals(item.getAttribute("media-type"))) {
        continue;
      }
      Path doc = opf.resolveSibling(java.net.URLDecoder.decode(item.getAttribute("href"), StandardCharsets.UTF_8)).normalize();
      if (doc.startsWith(root) && Files.isRegularFile(doc)) {
        spine.add(doc);
      }
    }
    return spine;
  }

  private static DocumentBuilder parser() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder();
  }

  private static Document parse(DocumentBuilder parser, Path file) throws IOException, SAXException {
    try (InputStream in = Files.newInputStream(file)) {
      return parser.parse(in);
    }
  }
}
