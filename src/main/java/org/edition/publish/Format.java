package org.edition.publish;

import java.io.IOException;
import java.util.List;
import org.edition.load.ProjectLayout;
import org.edition.transform.Stylesheets;

/**
 * A way of publishing an edition (the website, the PDFs, the EPUBs): all the engine knows of one,
 * so that it never names a format itself.
 *
 * @param name its name on the command line and its folder in the output: html, pdf, epub
 * @param stylesheets its stylesheets (paths under xslt/), the first the main one, compiled ahead
 * @param makesBooks whether it makes books, for which a volume of all the texts is made or not
 * @param factory its publisher for one build
 * @param extensions the functions its stylesheets call in Java (a drawing of a MathML formula),
 *     registered with the processor before any stylesheet is compiled
 */
public record Format(String name, List<String> stylesheets, boolean makesBooks, Factory factory,
    List<net.sf.saxon.lib.ExtensionFunctionDefinition> extensions) {
  /** The namespace of the functions formats give their stylesheets (prefix j: in xslt/). */
  public static final String FUNCTIONS_NAMESPACE = "urn:x-edition:java";

  public Format(String name, List<String> stylesheets, boolean makesBooks, Factory factory) {
    this(name, stylesheets, makesBooks, factory, List.of());
  }

  /** Makes a format's publisher; {@code warm} is what the format keeps from build to build. */
  @FunctionalInterface
  public interface Factory {
    Publisher make(Stylesheets xsl, ProjectLayout layout, PublishContext context, WarmTools warm) throws IOException;
  }

  public Publisher publisher(Stylesheets xsl, ProjectLayout layout, PublishContext context, WarmTools warm)
      throws IOException {
    return factory.make(xsl, layout, context, warm);
  }
}
