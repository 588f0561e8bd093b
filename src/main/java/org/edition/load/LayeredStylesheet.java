package org.edition.load;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A driver with an edition's customisations set over it: the stylesheet the build compiles for a
 * driver when {@code xslt/custom/} customises the library it renders with. It imports the driver,
 * then each customisation in turn, so that a customisation wins by import precedence over the
 * driver and the library both, and a later one over an earlier ({@code custom/epub.xsl} over
 * {@code custom/html.xsl}). Editors write only the customisation; this wrapper is never a file:
 * it is named by a URI ({@code edition-layers:...}) that lists the stylesheets it imports, from
 * which it is made again whenever compiled.
 *
 * @param driver the driver (packaged, or the edition's own copy)
 * @param layers the customisations over it, lowest precedence first
 */
public record LayeredStylesheet(URI driver, List<URI> layers) {
  public static final String SCHEME = "edition-layers";

  public LayeredStylesheet {
    layers = List.copyOf(layers);
  }

  /** The URI that names this stylesheet (and from which {@link #of} reads it back). */
  public URI uri() {
    List<String> parts = new ArrayList<>();
    parts.add(driver.toString());
    layers.forEach(layer -> parts.add(layer.toString()));
    return URI.create(SCHEME + ":" + URLEncoder.encode(String.join(" ", parts), StandardCharsets.UTF_8));
  }

  /** Whether a URI names a layered stylesheet. */
  public static boolean is(URI uri) {
    return SCHEME.equals(uri.getScheme());
  }

  /** The layered stylesheet a URI of {@link #uri()} names. */
  public static LayeredStylesheet of(URI uri) {
    if (!is(uri)) {
      throw new IllegalArgumentException(uri + " names no layered stylesheet");
    }
    String[] parts = URLDecoder.decode(uri.getRawSchemeSpecificPart(), StandardCharsets.UTF_8).split(" ");
    List<URI> layers = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      layers.add(URI.create(parts[i]));
    }
    return new LayeredStylesheet(URI.create(parts[0]), layers);
  }

  /** Every stylesheet it imports: the driver, then the layers. */
  public List<URI> imports() {
    List<URI> all = new ArrayList<>();
    all.add(driver);
    all.addAll(layers);
    return all;
  }

  /** The wrapper's text: an import of the driver, then one of each layer. */
  public String text() {
    StringBuilder xsl = new StringBuilder("<xsl:stylesheet version=\"3.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">\n");
    for (URI uri : imports()) {
      xsl.append("  <xsl:import href=\"").append(uri.toString().replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;"))
          .append("\"/>\n");
    }
    return xsl.append("</xsl:stylesheet>\n").toString();
  }
}
