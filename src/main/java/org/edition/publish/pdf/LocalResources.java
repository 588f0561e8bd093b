package org.edition.publish.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import org.apache.fop.apps.io.ResourceResolverFactory;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/** What FOP may read: files (the edition's, the fonts copied out of the jar), never the network. */
final class LocalResources implements ResourceResolver {
  private final ResourceResolver files = ResourceResolverFactory.createDefaultResourceResolver();

  @Override
  public Resource getResource(URI uri) throws IOException {
    String scheme = uri.getScheme();
    if (scheme != null && !scheme.equals("file") && !scheme.equals("data")) {
      throw new IOException("resources are only read from files of the edition, not from " + uri);
    }
    return files.getResource(uri);
  }

  @Override
  public OutputStream getOutputStream(URI uri) throws IOException {
    return files.getOutputStream(uri);
  }
}
