package org.edition.reader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** An EPUB unpacked into a folder of its own, its content documents in reading order. */
public final class EpubFiles {
  private EpubFiles() {}

  /** The book's folder, unpacked (a new one each time). */
  public static Path unpack(Path book) throws IOException {
    Path folder = Files.createTempDirectory("edition-epub-");
    try (ZipFile zip = new ZipFile(book.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        Path to = folder.resolve(entry.getName()).normalize();
        if (!to.startsWith(folder) || entry.isDirectory()) {
          continue;
        }
        Files.createDirectories(to.getParent());
        try (InputStream in = zip.getInputStream(entry)) {
          Files.copy(in, to);
        }
      }
    }
    return folder;
  }

  /** The XHTML documents of the book's spine, in reading order. */
  public static List<Path> contentDocuments(Path book) throws IOException {
    Path folder = unpack(book);
    Document container = Jsoup.parse(Files.readString(folder.resolve("META-INF/container.xml")), "", Parser.xmlParser());
    Path opf = folder.resolve(container.selectFirst("rootfile").attr("full-path"));
    Document pkg = Jsoup.parse(Files.readString(opf), "", Parser.xmlParser());
    List<Path> documents = new ArrayList<>();
    for (Element ref : pkg.select("spine > itemref")) {
      Element item = pkg.selectFirst("manifest > item[id=" + ref.attr("idref") + "]");
      if (item != null && item.attr("media-type").equals("application/xhtml+xml")) {
        documents.add(opf.getParent().resolve(item.attr("href")));
      }
    }
    return documents;
  }
}
