package org.edition.publish.formats;

import java.util.List;
import org.edition.publish.Format;
import org.edition.publish.epub.EpubBooks;
import org.edition.publish.html.HtmlSite;
import org.edition.publish.pdf.PdfBooks;

/** The formats edition publishes, in the order a build writes them. */
public final class Formats {
  public static final List<Format> ALL = List.of(HtmlSite.FORMAT, PdfBooks.FORMAT, EpubBooks.FORMAT);

  private Formats() {}

  public static Format named(String name) {
    return ALL.stream().filter(f -> f.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown format " + name));
  }

  /** Their names: html, pdf, epub. */
  public static List<String> names() {
    return ALL.stream().map(Format::name).toList();
  }
}
