package org.edition.cli;

import java.util.Map;

/**
 * The text of a new edition.properties: every setting in a fixed order with what it takes, those
 * known set, the others left as comments to fill in (docs/settings.md documents each).
 */
final class SettingsTemplate {
  /** Each setting and the comment above it, in the order of the file. */
  private static final String[][] KEYS = {
    {"title", "The edition's title (site, title pages, citations); else its registers' header gives it"},
    {"subtitle", "A subtitle"},
    {"editors", "The editors, separated by ;"},
    {"publisher", "Who publishes it"},
    {"licence", "The licence of the edition (a name or an address)"},
    {"lang", "Interface labels: fr or en (else the texts' majority language)"},
    {"base-url", "Where the site will be published (absolute citation links)"},
    {"texts", "Where the texts are: folders or files, separated by spaces"},
    {"registers", "Files that hold the registers, if not among the texts"},
    {"schema", "The schema of texts that name none in <?xml-model?> (else schemas/edition.rng, else tei_all)"},
    {"catalog", "XML catalogs mapping schema addresses to local files"},
    {"volumes", "A volume of all the texts: auto, always or never"},
    {"page-size", "The printed page: A4, A5, B5, letter, royal, crown or 170mm x 240mm"},
    {"page-images", "The page images kept in the edition in the PDF and EPUB: plates (a page each), or none"},
    {"zones", "A transcribed page's zones on the website: reading-order, or coordinates (placed where they are on the page)"},
    {"map-tiles", "The tiles the website's map of places is drawn on, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png (by default an outline of the world shipped in the site, and no server is asked)"},
  };

  private SettingsTemplate() {}

  /** A value as the settings loader will read it back: on one line, without the spaces around it. */
  static String asRead(String value) {
    return value.replaceAll("[\\r\\n]+", " ").strip();
  }

  /** @param values the settings to set; {@code examples} fill the commented-out ones */
  static String render(Map<String, String> values, Map<String, String> examples) {
    StringBuilder s = new StringBuilder(
        "# The edition's settings: one key = value a line (options on the command line win).\n");
    for (String[] setting : KEYS) {
      String key = setting[0];
      String comment = setting[1];
      s.append("\n# ").append(comment).append('\n');
      String value = values.get(key);
      if (value != null) {
        s.append(key).append(" = ").append(asRead(value).replace("#", "\\#")).append('\n');
      } else {
        s.append("# ").append(key).append(" = ").append(examples.getOrDefault(key, "")).append('\n');
      }
    }
    return s.toString();
  }
}
