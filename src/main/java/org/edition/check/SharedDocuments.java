package org.edition.check;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.lib.ResourceRequest;
import net.sf.saxon.lib.ResourceResolver;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.trans.XPathException;
import org.edition.load.SecureXmlReader;
import org.edition.load.XmlParsing;

/**
 * The documents the Schematron rules open with {@code doc()} (the registers a pointer leads to),
 * read once and shared by the checks of every file rather than read again for each: a file is
 * read again only when its size or time changed. Only files inside the edition are opened: a
 * pointer to {@code /etc/passwd} or to a URL is refused, as if it did not exist, whether it does
 * or not.
 */
final class SharedDocuments implements ResourceResolver {
  private record Known(long size, long modified, XdmNode tree) {}

  private final Processor processor;
  private final List<Path> readable;
  private final Map<String, Known> known = new ConcurrentHashMap<>();
  /** Addresses already found inside the edition: the rules ask for the same few files again and again. */
  private final java.util.Set<String> inside = ConcurrentHashMap.newKeySet();

  /** @param readable the folders whose files the rules may open */
  SharedDocuments(Processor processor, List<Path> readable) {
    this.processor = processor;
    this.readable = readable.stream().map(org.edition.load.Sandbox::realPath).toList();
  }

  @Override
  public Source resolve(ResourceRequest request) throws XPathException {
    if (request.uri == null || !inside.contains(request.uri)) {
      RuleSandbox.refuseUnlessInside(request.uri, readable);
      inside.add(request.uri);
    }
    if (!ResourceRequest.XML_NATURE.equals(request.nature) || !request.uri.startsWith("file:")) {
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
