package org.edition.gallery;

import java.nio.file.Path;

/**
 * One picture of the contact sheet, on one side of a comparison: which edition, which kind of
 * page, which row (a page file, a book, a focus entry), which cell of the row (a width, a
 * scheme, a PDF page, an EPUB chapter). {@code file} is null when the picture could not be
 * taken; {@code note} then says why. {@code page} is what the picture shows (an HTML page, a
 * PDF, an XHTML document), for a link beside it.
 */
record Shot(String edition, Group group, String row, String cell, String caption, Path file, String note, Path page) {
  /** The same picture on the other side of a comparison has the same key. */
  String key() {
    return edition + '\u0000' + group + '\u0000' + row + '\u0000' + cell;
  }

  /** The kinds of rows, in the order the sheet shows them. */
  enum Group {
    FOCUS("Focus shots"),
    HOME("Home page"),
    TEXT("Text pages"),
    REGISTER("Registers"),
    ABOUT("About"),
    DATES("Dates"),
    SEARCH("Search"),
    MAP("Map"),
    OTHER("Other pages"),
    PDF("PDF, first pages"),
    EPUB("EPUB, chapters of the spine");

    final String title;

    Group(String title) {
      this.title = title;
    }
  }
}
