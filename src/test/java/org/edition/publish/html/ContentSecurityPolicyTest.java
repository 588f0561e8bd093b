package org.edition.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.edition.Cli;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page's Content-Security-Policy is made of sources parsed from the addresses it names
 * (WebAddress): facsimiles on servers written in upper case are allowed, written with a ";", a
 * "," a user name or an IPv6 literal are refused by the check stage and never reach a policy;
 * the map's tile server ({s} servers included) and the site's address (base-url) are named as
 * browsers read them; no policy holds a directive twice or a source that is not one.
 * (src/test/resources/web-addresses)
 */
class ContentSecurityPolicyTest {
  @TempDir static Path project;
  private static Cli.Run run;
  private static Path site;

  /** A source as CSP Level 3 writes it (keywords, schemes, scheme://host[:port][/path]). */
  private static final Pattern SOURCE = Pattern.compile(
      "'self'|'none'|file:|data:|https?://(\\*\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)*(:\\d{1,5})?(/[^\\s;,']*)?", Pattern.CASE_INSENSITIVE);
  private static final Set<String> DIRECTIVES = Set.of("default-src", "script-src", "style-src", "img-src", "connect-src",
      "font-src", "object-src", "base-uri", "form-action", "frame-src");

  @BeforeAll
  static void build() throws Exception {
    Path tei = project.resolve("tei");
    Files.createDirectories(tei);
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/web-addresses"))) {
      for (Path f : files.toList()) {
        Files.copy(f, tei.resolve(f.getFileName()));
      }
    }
    Files.writeString(project.resolve("edition.properties"),
        "map-tiles = https://{s}.tile.example.org/{z}/{x}/{y}.png\nbase-url = https://Edition.Example.org/lettres/\n");
    run = Cli.run("build", "--html", "--project", project.toString(), "-o", project.resolve("output").toString(), tei.toString());
    site = project.resolve("output/html");
    assertTrue(Files.isRegularFile(site.resolve("facsimiles.html")), run.out() + run.err());
  }

  /** A page's policy, directive by directive: each named once, each source a source. */
  private static Map<String, List<String>> policy(String page) throws Exception {
    String content = Jsoup.parse(site.resolve(page).toFile(), "UTF-8").select("meta[http-equiv=Content-Security-Policy]").attr("content");
    Map<String, List<String>> directives = new LinkedHashMap<>();
    for (String directive : content.split(";")) {
      List<String> words = List.of(directive.trim().split("\\s+"));
      assertTrue(DIRECTIVES.contains(words.get(0)), page + ": a directive " + words.get(0) + " in " + content);
      assertEquals(null, directives.put(words.get(0), words.subList(1, words.size())), page + ": twice " + words.get(0));
      for (String source : words.subList(1, words.size())) {
        assertTrue(SOURCE.matcher(source).matches(), page + ": not a source: " + source + " in " + content);
      }
    }
    return directives;
  }

  @Test
  void everyPolicyIsMadeOfSourcesAndDirectivesOnly() throws Exception {
    try (Stream<Path> pages = Files.walk(site)) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
        policy(site.relativize(page).toString());
      }
    }
  }

  @Test
  void facsimilesAreAllowedFromTheServersTheirParsedAddressesName() throws Exception {
    List<String> images = policy("facsimiles.html").get("img-src");
    assertTrue(images.contains("https://images.example.org"), "an address in upper case: " + images);
    assertTrue(images.contains("https://iiif.example.net:8443"), "a port: " + images);
    assertEquals(Set.of("'self'", "file:", "data:", "https://images.example.org", "https://iiif.example.net:8443"), new HashSet<>(images));
    assertEquals(images.subList(3, images.size()), policy("facsimiles.html").get("connect-src").subList(2, 4));
    String page = Files.readString(site.resolve("facsimiles.html"));
    for (String refused : List.of("evil.example", "private.example", "::1", "comma.example")) {
      assertFalse(page.contains(refused), refused + " is not shown: the policy could not name its server");
    }
    String said = run.err();
    assertEquals(1, run.exitCode(), run.out() + said);
    assertTrue(said.contains("(https://evil.example;sandbox/pages/3.jpg): it holds \";\""), said);
    assertTrue(said.contains("it has a user name or password"), said);
    assertTrue(said.contains("it names its server by an IPv6 address"), said);
    assertTrue(said.contains("it holds \",\""), said);
  }

  @Test
  void theMapsTilesAndTheSitesAddressAreNamedAsBrowsersReadThem() throws Exception {
    assertTrue(policy("map.html").get("img-src").contains("https://*.tile.example.org"), policy("map.html").toString());
    assertEquals(List.of("https://edition.example.org/lettres/assets/", "https://edition.example.org/lettres/search/",
        "https://edition.example.org/lettres/nav/", "file:"), policy("index.html").get("script-src"));
    assertTrue(run.out().contains("map tiles from https://*.tile.example.org"), run.out());
  }
}
