package org.edition.publish;

import java.util.Optional;

/**
 * Choices of the site that the TEI does not make.
 *
 * @param uiLang the language of the interface labels (fr, en)
 * @param baseUrl where the site will be published, for absolute citation links, if known
 */
public record SiteSettings(String uiLang, Optional<String> baseUrl) {}
