package org.edition.check;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.lib.ResourceRequest;
import net.sf.saxon.lib.ResourceResolver;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.edition.load.SecureXmlReader;
import org.edition.load.XmlParsing;

/**
 * The documents the Schematron rules open with {@code doc()} (the registers a pointer leads to),
 * read once and shared by the checks of every file rather than read again for each: a file is
 * read again only when its size or time changed.
 */
final class SharedDocuments implements ResourceResolver {
  private record Known(long size, long modified, XdmNode tree) {}

  private final Processor processor;
  private final Map<String, Known> known = new ConcurrentHashMap<>();

  SharedDocuments(Processor processor) {
    this.processor = processor;
  }

  @Override
  public Source resolve(ResourceRequest request) {
    if (request.uri == null || !request.uri.startsWith("file:") || !ResourceRequest.XML_NATURE.equals(request.nature)) {
      return null;
    }
    try {
      Path file = Path.of(URI.create(request.uri));
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      long modified = a.lastModifiedTime().toMillis();
      Known k = known.get(request.uri);
      if (k == null || k.size() != a.size() || k.modified() != modified) {
        SecureXmlReader reader = new SecureXmlReader();
        reader.setErrorHandler(XmlParsing.SILENT);
        XdmNode tree = processor.newDocumentBuilder().build(new SAXSource(reader, XmlParsing.input(file)));
        k = new Known(a.size(), modified, tree);
        known.put(request.uri, k);
      }
      return k.tree().asSource();
    } catch (IOException | SaxonApiException | IllegalArgumentException e) {
      // not there, or not XML: Saxon's own resolution reports it as doc-available() expects
      return null;
    }
  }
}
