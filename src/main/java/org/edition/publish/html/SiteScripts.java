package org.edition.publish.html;

import java.util.List;

/**
 * The folders of the website that hold its scripts, and nothing but: its own code (assets/) and
 * the data the build writes as scripts because a page opened from disk cannot fetch a file
 * (search/, the index; nav/, a letter's neighbours). Every Content-Security-Policy that names
 * the site's scripts names these folders, the pages' own (html/modules/page.xsl, given them as
 * a parameter) and `edition serve`'s, so that a script the site publishes runs wherever the site
 * is read, and nothing else of it (the TEI copies under tei/) can be loaded as a script.
 */
public final class SiteScripts {
  /** Each relative to the site's root, ending in a slash (a policy's source for a folder). */
  public static final List<String> FOLDERS = List.of("assets/", "search/", "nav/");

  private SiteScripts() {}
}
