package org.edition.publish;

/**
 * An edition-wide output of a format, and what it is made from: a build rewrites it only when
 * that changed.
 *
 * @param name its name in the build's records (pages, search, assets, volume)
 * @param source what it is made from, besides the registers, stylesheets and settings
 * @param standsAlone whether the format's folder is whole without it (a volume is a book of its
 *     own, like a text's); a site without its home page or search is not
 */
public record EditionUnit(String name, Source source, boolean standsAlone) {
  public EditionUnit(String name, Source source) {
    this(name, source, false);
  }

  /** What an edition-wide output reads of the texts. */
  public enum Source {
    /** their extracts: headers and mentions (home, register and about pages) */
    EXTRACTS,
    /** their search records */
    SEARCH_RECORDS,
    /** the texts themselves (a volume) */
    TEXTS,
    /** nothing of the texts (stylesheet, script) */
    NONE
  }
}
