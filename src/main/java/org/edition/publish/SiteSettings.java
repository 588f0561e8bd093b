package org.edition.publish;

import java.util.Map;
import java.util.Optional;

/**
 * Choices of the publication that the TEI does not make.
 *
 * @param uiLang the language of the interface labels (fr, en)
 * @param baseUrl where the site will be published, for absolute citation links, if known
 * @param edition the edition's metadata from its settings (title, subtitle, editors, publisher,
 *     licence), which win over its headers'; only the keys set
 * @param pageSize the printed page the settings name, as width and height ("170mm", "240mm"); when
 *     they name none, the print stylesheet's own (fo/book.xsl, or what a customisation sets)
 * @param plates whether the books (PDF, EPUB) hold the page images kept in the edition, a page each
 * @param placedZones whether the website places a transcribed page's zones by their coordinates
 *     (else in reading order)
 * @param mapTiles the tile server the website's map is drawn on ("https://…/{z}/{x}/{y}.png"),
 *     if the edition names one; else the outline of the world shipped in the site, and no
 *     server is asked
 * @param dts whether the website answers the Distributed Text Services (dts/, its passages in tei/ID/)
 */
public record SiteSettings(String uiLang, Optional<String> baseUrl, Map<String, String> edition, Optional<PageSize> pageSize,
    boolean plates, boolean placedZones, Optional<String> mapTiles, boolean dts) {
  /**
   * The most texts for which `dts = auto` (the default) writes the DTS files: some twenty files a
   * text, which cost the real diary's site two fifths more at 1,600 entries.
   */
  public static final int AUTO_DTS_TEXTS = 5_000;

  public SiteSettings(String uiLang, Optional<String> baseUrl) {
    this(uiLang, baseUrl, Map.of(), Optional.empty(), false, false, Optional.empty(), true);
  }

  /** Whether a `dts` setting (auto, always, never; none is auto) answers DTS for this many texts. */
  public static boolean dtsFor(String setting, int texts) {
    return "always".equals(setting) || !"never".equals(setting) && texts <= AUTO_DTS_TEXTS;
  }

  /** The metadata keys of the settings file that the stylesheets read. */
  public static final java.util.List<String> EDITION_KEYS = java.util.List.of("title", "subtitle", "editors", "publisher", "licence");

  /** A printed page size. */
  public record PageSize(String width, String height) {
    /** The size a page-size setting names (A4, A5, B5, letter, royal, crown, or "W mm x H mm"). */
    public static Optional<PageSize> of(String setting) {
      if (setting == null) {
        return Optional.empty();
      }
      return Optional.of(switch (setting) {
        case "A4" -> new PageSize("210mm", "297mm");
        case "A5" -> new PageSize("148mm", "210mm");
        case "B5" -> new PageSize("176mm", "250mm");
        case "letter" -> new PageSize("215.9mm", "279.4mm");
        case "royal" -> new PageSize("156mm", "234mm");
        case "crown" -> new PageSize("123mm", "186mm");
        default -> {
          String[] sides = setting.split("\\s*x\\s*");
          yield new PageSize(sides[0].replace(" ", ""), sides[1].replace(" ", ""));
        }
      });
    }
  }
}
