package org.edition.check;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.transform.Source;
import net.sf.saxon.lib.ResourceRequest;
import net.sf.saxon.lib.ResourceResolver;
import net.sf.saxon.trans.XPathException;

/**
 * The documents the Schematron rules open with {@code doc()} (the registers a pointer leads to)
 * and {@code collection()}: the trees of the run's {@link org.edition.load.DocumentPool}, each
 * file parsed once and shared by the checks of every file. Only files inside the edition are opened: a
 * pointer to {@code /etc/passwd} or to a URL is refused, as if it did not exist, whether it does
 * or not.
 */
final class SharedDocuments implements ResourceResolver {
  private final List<Path> readable;
  private volatile org.edition.load.DocumentPool pool;
  /** Addresses already found inside the edition: the rules ask for the same few files again and again. */
  private final java.util.Set<String> inside = ConcurrentHashMap.newKeySet();

  /** @param readable the folders whose files the rules may open */
  SharedDocuments(List<Path> readable) {
    this.readable = readable.stream().map(org.edition.load.Sandbox::realPath).toList();
  }

  /** Opens the trees of the run's documents (parsed once, see DocumentPool) instead of its own. */
  void usePool(org.edition.load.DocumentPool pool) {
    this.pool = pool;
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
      org.edition.load.DocumentPool documents = pool;
      // Without a pool (no run keeps the trees), Saxon reads the file itself.
      return documents != null && Files.isRegularFile(file) ? documents.tree(file).asSource() : null;
    } catch (IOException | IllegalArgumentException e) {
      // not there, or not XML: Saxon's own resolution reports it as doc-available() expects
      return null;
    }
  }

  /**
   * The collections the rules read (every file of a folder, for the cross-file checks), with each
   * file's tree taken from the pool: the files listed as {@code delegate} lists them, each opened
   * as {@code doc()} opens it. A file that cannot be read as XML is left out, as
   * {@code on-error=ignore} asks.
   */
  net.sf.saxon.lib.CollectionFinder collections(net.sf.saxon.lib.CollectionFinder delegate) {
    return (context, collectionUri) -> {
      net.sf.saxon.lib.ResourceCollection listed = delegate.findCollection(context, collectionUri);
      org.edition.load.DocumentPool documents = pool;
      if (documents == null || listed == null) {
        return listed;
      }
      return new net.sf.saxon.lib.ResourceCollection() {
        @Override
        public String getCollectionURI() {
          return listed.getCollectionURI();
        }

        @Override
        public java.util.Iterator<String> getResourceURIs(net.sf.saxon.expr.XPathContext c) throws XPathException {
          return listed.getResourceURIs(c);
        }

        @Override
        public java.util.Iterator<? extends net.sf.saxon.lib.Resource> getResources(net.sf.saxon.expr.XPathContext c)
            throws XPathException {
          List<net.sf.saxon.lib.Resource> resources = new java.util.ArrayList<>();
          for (java.util.Iterator<String> uris = listed.getResourceURIs(c); uris.hasNext(); ) {
            String uri = uris.next();
            if (uri.startsWith("file:")) {
              RuleSandbox.refuseUnlessInside(uri, readable);
              try {
                resources.add(new net.sf.saxon.resource.XmlResource(
                    documents.tree(Path.of(URI.create(uri))).getUnderlyingNode()));
              } catch (IOException | IllegalArgumentException e) {
                // not XML: left out
              }
            }
          }
          return resources.iterator();
        }

        @Override
        public boolean isStable(net.sf.saxon.expr.XPathContext c) {
          return listed.isStable(c);
        }
      };
    };
  }
}
