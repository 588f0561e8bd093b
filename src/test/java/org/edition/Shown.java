package org.edition;

/**
 * Text as a reader sees it: without the soft hyphens the website's running text carries for
 * justification (invisible but at a line's end; a copy drops them too).
 */
public final class Shown {
  private Shown() {}

  public static String text(String html) {
    return html.replace("\u00AD", "");
  }
}
