package org.edition.publish.html;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The site's sitemap (the Sitemaps protocol 0.9, sitemaps.org): every page of the site, by its
 * absolute address, for search engines and harvesters. Written only when the site's address is
 * known (--base-url): the protocol wants absolute addresses. Past the protocol's 50,000 addresses
 * a file, sitemap.xml is an index of sitemap-1.xml, sitemap-2.xml, ...
 */
final class Sitemap {
  static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  static final int MAX_URLS = 50_000;

  private Sitemap() {}

  /** Writes the sitemap of the pages in {@code folder}; returns the files written. */
  static List<String> write(Path folder, String baseUrl) throws IOException {
    List<String> pages;
    try (Stream<Path> files = Files.walk(folder)) {
      pages = files.filter(p -> p.getFileName().toString().endsWith(".html") && Files.isRegularFile(p))
          .map(p -> folder.relativize(p).toString().replace('\\', '/'))
          .sorted((a, b) -> a.equals("index.html") ? -1 : b.equals("index.html") ? 1 : a.compareTo(b))
          .toList();
    }
    List<String> written = new ArrayList<>();
    if (pages.size() <= MAX_URLS) {
      urlset(folder.resolve("sitemap.xml"), baseUrl, pages);
      written.add("sitemap.xml");
      return written;
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i * MAX_URLS < pages.size(); i++) {
      String name = "sitemap-" + (i + 1) + ".xml";
      urlset(folder.resolve(name), baseUrl, pages.subList(i * MAX_URLS, Math.min(pages.size(), (i + 1) * MAX_URLS)));
      parts.add(name);
    }
    document(folder.resolve("sitemap.xml"), "sitemapindex", "sitemap", baseUrl, parts);
    written.addAll(parts);
    written.add("sitemap.xml");
    return written;
  }

  private static void urlset(Path file, String baseUrl, List<String> pages) throws IOException {
    document(file, "urlset", "url", baseUrl, pages);
  }

  private static void document(Path file, String root, String item, String baseUrl, List<String> hrefs) throws IOException {
    org.edition.publish.StagedOutput.freshFile(file);
    try (OutputStream out = Files.newOutputStream(file)) {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement(root);
      xml.writeDefaultNamespace(NS);
      for (String href : hrefs) {
        xml.writeCharacters("\n  ");
        xml.writeStartElement(item);
        xml.writeStartElement("loc");
        xml.writeCharacters(address(baseUrl, href));
        xml.writeEndElement();
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** The page's absolute address, its path percent-encoded as the protocol asks. */
  static String address(String baseUrl, String href) {
    try {
      return baseUrl + new URI(null, null, href, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(href, e);
    }
  }
}
