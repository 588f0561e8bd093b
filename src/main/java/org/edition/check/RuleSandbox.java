package org.edition.check;

import java.io.Reader;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import net.sf.saxon.Configuration;
import net.sf.saxon.lib.CollectionFinder;
import net.sf.saxon.lib.EnvironmentVariableResolver;
import net.sf.saxon.lib.Feature;
import net.sf.saxon.lib.ResourceResolver;
import net.sf.saxon.lib.UnparsedTextURIResolver;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.trans.XPathException;
import org.edition.load.Sandbox;
import org.edition.load.SecureXmlReader;

/**
 * A Saxon processor for Schematron rules that a document names itself ({@code <?xml-model?>}):
 * rules compiled to XSLT are a program of the document's author, so they run with no access to
 * anything but the edition's own files. {@code doc()}, {@code collection()}, {@code
 * unparsed-text()}, {@code xsl:include} reach only files inside the allowed folders (nothing of
 * the network, nothing elsewhere on disk), {@code environment-variable()} sees none, and no
 * external function exists. {@link SchematronCheck} also forbids {@code xsl:result-document} and
 * bounds the time the rules may take.
 */
final class RuleSandbox {
  private RuleSandbox() {}

  /**
   * @param readable the folders the rules may read (the edition's; the schema's own while it is
   *     compiled)
   * @param trees the processor that parsed the documents the rules will check
   */
  static Processor processor(List<Path> readable, Processor trees) {
    List<Path> roots = readable.stream().map(Sandbox::realPath).toList();
    Processor processor = new Processor(false);
    // The documents checked were parsed by the run's processor: sharing its names and document
    // numbers makes its trees readable here.
    processor.getUnderlyingConfiguration().setNamePool(trees.getUnderlyingConfiguration().getNamePool());
    processor.getUnderlyingConfiguration().setDocumentNumberAllocator(
        trees.getUnderlyingConfiguration().getDocumentNumberAllocator());
    processor.setConfigurationProperty(Feature.SOURCE_PARSER_CLASS, SecureXmlReader.class.getName());
    processor.setConfigurationProperty(Feature.ALLOW_EXTERNAL_FUNCTIONS, false);
    processor.setConfigurationProperty(Feature.ALLOWED_PROTOCOLS, "file,jar");
    processor.setConfigurationProperty(Feature.ENVIRONMENT_VARIABLE_RESOLVER, new NoEnvironment());
    Configuration config = processor.getUnderlyingConfiguration();
    ResourceResolver resources = request -> {
      refuseUnlessInside(request.uri, roots);
      return null; // read as usual
    };
    config.setResourceResolver(resources);
    UnparsedTextURIResolver text = config.getUnparsedTextURIResolver();
    config.setUnparsedTextURIResolver((URI uri, String encoding, Configuration c) -> {
      refuseUnlessInside(uri == null ? null : uri.toString(), roots);
      Reader reader = text.resolve(uri, encoding, c);
      return reader;
    });
    CollectionFinder collections = config.getCollectionFinder();
    config.setCollectionFinder((context, uri) -> {
      refuseUnlessInside(uri, roots);
      return collections.findCollection(context, uri);
    });
    return processor;
  }

  /** Lets the toolkit's own resources (SchXslt, in the jar) and files inside the roots through. */
  static void refuseUnlessInside(String uri, List<Path> roots) throws XPathException {
    if (uri == null) {
      throw new XPathException("no address given: refused");
    }
    if (uri.startsWith("jar:") && isOwnResource(uri)) {
      return;
    }
    String plain = uri.replaceFirst("[?#].*$", "");
    if (plain.startsWith("file:")) {
      try {
        Path path = Path.of(URI.create(plain)).toAbsolutePath().normalize();
        Path real = Sandbox.realPath(path);
        for (Path root : roots) {
          if (path.startsWith(root) && real.startsWith(root)) {
            return;
          }
        }
      } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
        // not a path of this machine: refused below
      }
    }
    throw new XPathException("rules named by a document may read only the edition's files, not " + uri);
  }

  /** SchXslt2, which compiles the rules: the jar it is in (or null when it is in a folder). */
  private static final String SCHXSLT_JAR = jarOf(RuleSandbox.class.getResource("/content/transpile.xsl"));

  private static String jarOf(java.net.URL url) {
    return url == null || !url.toString().startsWith("jar:") ? null : url.toString().replaceFirst("!/.*$", "!/");
  }

  /** Whether a jar: URI is a part of SchXslt2, which the compilation of the rules reads. */
  private static boolean isOwnResource(String uri) {
    return SCHXSLT_JAR != null && uri.startsWith(SCHXSLT_JAR);
  }

  /** No environment variable is visible to the rules. */
  private static final class NoEnvironment implements EnvironmentVariableResolver {
    @Override
    public Set<String> getAvailableEnvironmentVariables() {
      return Set.of();
    }

    @Override
    public String getEnvironmentVariable(String name) {
      return null;
    }
  }
}
