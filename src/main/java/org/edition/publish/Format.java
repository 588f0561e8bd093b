package org.edition.publish;

import java.io.IOException;
import java.util.List;
import org.edition.load.ProjectLayout;
import org.edition.transform.Stylesheets;

/**
 * A way of publishing an edition (the website, the PDFs, the EPUBs): all the engine knows of one,
 * so that it never names a format itself.
 */
public interface Format {
  /** Its name on the command line and its folder in the output: html, pdf, epub. */
  String name();

  /** Its stylesheets (paths under xslt/), the first the main one, compiled ahead of first use. */
  List<String> stylesheets();

  /** Whether it makes books, for which a volume of all the texts is made or not. */
  boolean makesBooks();

  /**
   * Its publisher for one build.
   *
   * @param warm what a format keeps from one build to the next (FOP's set-up, say), for serve
   */
  Publisher publisher(Stylesheets xsl, ProjectLayout layout, PublishContext context, WarmTools warm) throws IOException;
}
