package org.edition.publish.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import org.apache.fop.apps.io.ResourceResolverFactory;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * Lets FOP read the fonts the toolkit ships ({@code classpath:} URIs), so that a PDF never
 * depends on the fonts of the machine it is built on. Remote resources are never fetched.
 */
final class ClasspathResources implements ResourceResolver {
  private final ResourceResolver files = ResourceResolverFactory.createDefaultResourceResolver();

  @Override
  public Resource getResource(URI uri) throws IOException {
    String scheme = uri.getScheme();
    if ("classpath".equals(scheme)) {
      InputStream in = ClasspathResources.class.getResourceAsStream(uri.getSchemeSpecificPart());
      if (in == null) {
        throw new IOException("not on the class path: " + uri);
      }
      return new Resource(in);
    }
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
