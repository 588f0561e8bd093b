package org.edition.reader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a reader of a long text meets on a built site, read from its files (no browser needed): no
 * page heavier than {@link #PAGE_LIMIT}; a text longer than {@link #LONG_TEXT} characters that
 * has sections is published in parts; a text in parts has contents on its first page that reach
 * every one of its pages, and its pages follow one another by their next and previous links.
 */
public final class LongTexts {
  /**
   * The heaviest page a site may have: 400 KB. Madame Bovary's single page weighed 1.1 MB; the
   * heaviest text left whole, the PTA's critical text with its apparatus, 340 KB.
   */
  public static final long PAGE_LIMIT = 400 * 1024;
  /** The length from which a text is published in parts (xslt/common/parts.xsl). */
  public static final int LONG_TEXT = 100_000;

  private static final Pattern PART_PAGE = Pattern.compile("(.+)-p(\\d+)\\.html");

  private LongTexts() {}

  /** Each fault of the site in {@code site} (its html/ folder), one line each. */
  public static List<String> faults(Path site) throws IOException {
    List<String> faults = new ArrayList<>();
    List<Path> pages;
    try (Stream<Path> files = Files.list(site)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    Set<String> names = new LinkedHashSet<>();
    for (Path page : pages) {
      names.add(page.getFileName().toString());
      if (Files.size(page) > PAGE_LIMIT) {
        faults.add(page.getFileName() + ": " + Files.size(page) / 1024 + " KB, over " + PAGE_LIMIT / 1024 + " KB");
      }
    }
    // The texts' pages: a first page and the later pages of its parts, by the first page's name.
    Map<String, List<String>> texts = new TreeMap<>();
    for (String name : names) {
      Matcher part = PART_PAGE.matcher(name);
      if (part.matches() && names.contains(part.group(1) + ".html")) {
        texts.computeIfAbsent(part.group(1) + ".html", k -> new ArrayList<>()).add(name);
      }
    }
    for (String name : names) {
      Document first = read(site.resolve(name));
      if (first.selectFirst("article.text") == null || PART_PAGE.matcher(name).matches() && texts.values().stream().anyMatch(l -> l.contains(name))) {
        continue;
      }
      List<String> later = texts.getOrDefault(name, List.of());
      long characters = words(first);
      boolean sections = !first.select(".tei-text section.tei-div").isEmpty();
      for (String page : later) {
        Document d = read(site.resolve(page));
        characters += words(d);
        sections |= !d.select(".tei-text section.tei-div").isEmpty();
      }
      if (later.isEmpty()) {
        if (characters > LONG_TEXT && sections) {
          faults.add(name + ": a text of " + characters + " characters, with sections, on one page");
        }
        continue;
      }
      faults.addAll(inParts(site, name, later, first));
    }
    return faults;
  }

  /** The faults of a text in parts: its contents, its pages' order. */
  private static List<String> inParts(Path site, String name, List<String> later, Document first) throws IOException {
    List<String> faults = new ArrayList<>();
    Set<String> all = new LinkedHashSet<>();
    all.add(name);
    all.addAll(later);
    Element contents = first.selectFirst("nav.contents");
    if (contents == null) {
      faults.add(name + ": a text in " + all.size() + " pages without contents");
    } else {
      Set<String> reached = new LinkedHashSet<>();
      for (Element a : contents.select("a[href]")) {
        reached.add(a.attr("href").replaceFirst("#.*$", "").isEmpty() ? name : a.attr("href").replaceFirst("#.*$", ""));
      }
      for (String page : later) {
        if (!reached.contains(page)) {
          faults.add(name + ": its contents do not reach " + page);
        }
      }
    }
    // From the first page by "next", every page once, and back by "previous".
    List<String> order = new ArrayList<>();
    String at = name;
    while (at != null && !order.contains(at) && order.size() <= all.size()) {
      order.add(at);
      Element next = read(site.resolve(at)).selectFirst(".part-nav a[rel=next]");
      at = next == null ? null : next.attr("href");
      if (at != null && !Files.exists(site.resolve(at))) {
        faults.add(order.get(order.size() - 1) + ": its next page " + at + " does not exist");
        at = null;
      }
    }
    if (!new LinkedHashSet<>(order).equals(all)) {
      faults.add(name + ": from the first page, next leads through " + order + ", not " + all);
    }
    for (int i = 1; i < order.size(); i++) {
      Element previous = read(site.resolve(order.get(i))).selectFirst(".part-nav a[rel=prev]");
      if (previous == null || !previous.attr("href").equals(order.get(i - 1))) {
        faults.add(order.get(i) + ": its previous page is not " + order.get(i - 1));
      }
      if (read(site.resolve(order.get(i))).selectFirst("a[href^=" + name + "#contents]") == null) {
        faults.add(order.get(i) + ": no way back to the contents");
      }
    }
    return faults;
  }

  /**
   * The characters of a page's text and notes, as a reader reads them: no soft hyphens, no
   * heading repeated from an earlier page, not the apparatus nor what is hidden.
   */
  private static long words(Document page) {
    Document copy = page.clone();
    copy.select(".apparatus, [hidden], .tei-head.continued").remove();
    return copy.select(".tei-text, .endnotes").stream()
        .mapToLong(e -> e.text().replace("\u00AD", "").length()).sum();
  }

  static Document read(Path page) throws IOException {
    return Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8), page.toUri().toString());
  }
}
