package org.edition.gallery;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.edition.gallery.Shot.Group;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pictures of one built site: every page type (home, each text, each register, about, dates
 * and the first decade, the search page with a query typed, the header's search box, the map),
 * each at every width and scheme asked, the top of the page; a text page also whole, as a
 * downscaled thumbnail.
 */
final class SiteShots {
  /** How much of the top of a page is shown, in CSS px. */
  static final int TOP = 1600;
  /** The registers in the order of the site's menu. */
  private static final List<String> REGISTERS = List.of("persons", "organisations", "places", "works");
  private static final Pattern BODY_CLASS = Pattern.compile("<body[^>]*\\sclass=\"([^\"]*)\"");

  private final Camera camera;
  private final Gallery.Options options;

  SiteShots(Camera camera, Gallery.Options options) {
    this.camera = camera;
    this.options = options;
  }

  /** A page of the site and its type, read from the classes of its body. */
  record Page(Path file, Group group, String type, int order) {
    String name() {
      return file.getFileName().toString();
    }
  }

  /** The pages to show, in the sheet's order: one decade page of the dates, every other page. */
  static List<Page> pages(Path html) throws IOException {
    List<Page> pages = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(html)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
    }
    boolean decade = false;
    for (Path file : files) {
      String classes = bodyClass(file);
      List<String> tokens = List.of(classes.split("\\s+"));
      Page page;
      if (tokens.contains("home-page")) {
        page = new Page(file, Group.HOME, "home", 0);
      } else if (tokens.contains("text-page")) {
        page = new Page(file, Group.TEXT, "text", 0);
      } else if (tokens.contains("register-page")) {
        String which = tokens.stream().filter(t -> t.startsWith("register-") && !t.equals("register-page"))
            .map(t -> t.substring("register-".length())).findFirst().orElse("register");
        int at = REGISTERS.indexOf(which);
        page = new Page(file, Group.REGISTER, "register: " + which, at < 0 ? REGISTERS.size() : at);
      } else if (tokens.contains("about-page")) {
        page = new Page(file, Group.ABOUT, "about", 0);
      } else if (tokens.contains("decade-page")) {
        if (decade) {
          continue;
        }
        decade = true;
        page = new Page(file, Group.DATES, "dates: a decade", 1);
      } else if (tokens.contains("dates-page")) {
        page = new Page(file, Group.DATES, "dates", 0);
      } else if (tokens.contains("search-page")) {
        page = new Page(file, Group.SEARCH, "search", 0);
      } else if (tokens.contains("map-page")) {
        page = new Page(file, Group.MAP, "map", 0);
      } else {
        String type = tokens.stream().filter(t -> t.endsWith("-page") && !t.equals("page")).findFirst().orElse("page");
        page = new Page(file, Group.OTHER, type, 0);
      }
      pages.add(page);
    }
    pages.sort(Comparator.comparing(Page::group).thenComparing(Page::order).thenComparing(Page::name));
    return pages;
  }

  private static String bodyClass(Path file) throws IOException {
    char[] head = new char[256 * 1024];
    int n;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      n = in.read(head);
    } catch (java.nio.charset.MalformedInputException e) {
      return "";
    }
    Matcher m = BODY_CLASS.matcher(new String(head, 0, Math.max(n, 0)));
    return m.find() ? m.group(1) : "";
  }

  /** Every picture of the site {@code html}, written under {@code out}. */
  List<Shot> shoot(String edition, Path html, Path out) throws IOException {
    Files.createDirectories(out);
    List<Shot> shots = new ArrayList<>();
    String word = null;
    Page search = null;
    for (Page page : pages(html)) {
      if (page.group() == Group.SEARCH) {
        search = page;
        continue;
      }
      long start = System.nanoTime();
      List<Shot> whole = new ArrayList<>();
      for (String scheme : options.schemes()) {
        for (int width : options.widths()) {
          String cell = cell(width, scheme, false);
          Path file = out.resolve(stem(page.name()) + "-" + width + ("dark".equals(scheme) ? "-dark" : "") + ".png");
          Shot shot = top(edition, page, page.name(), cell, width, scheme, file, () -> { });
          shots.add(shot);
          if (shot.file() != null && page.group() == Group.TEXT && "light".equals(scheme)) {
            if (word == null) {
              word = firstWord();
            }
            if (options.full()) {
              // The page is still open at this width: the whole of it too.
              whole.add(full(edition, page, width, out.resolve(stem(page.name()) + "-" + width + "-full.png")));
            }
          }
        }
      }
      shots.addAll(whole);
      Gallery.progress(edition + ": " + page.name(), start);
    }
    if (search != null) {
      long start = System.nanoTime();
      String query = word == null ? "the" : word;
      Page page = search;
      for (String scheme : options.schemes()) {
        for (int width : options.widths()) {
          Path file = out.resolve("search-q-" + width + ("dark".equals(scheme) ? "-dark" : "") + ".png");
          shots.add(top(edition, page, "search.html?q=" + query, cell(width, scheme, false), width, scheme, file,
              () -> searchPage(query)));
        }
      }
      Path index = html.resolve("index.html");
      if (Files.isRegularFile(index)) {
        Page home = new Page(index, Group.SEARCH, "search box", 1);
        for (String scheme : options.schemes()) {
          for (int width : options.widths()) {
            Path file = out.resolve("search-box-" + width + ("dark".equals(scheme) ? "-dark" : "") + ".png");
            shots.add(top(edition, home, "index.html, search box: " + query, cell(width, scheme, false), width, scheme,
                file, () -> searchBox(query)));
          }
        }
      }
      Gallery.progress(edition + ": " + page.name() + "?q=" + query + " and the search box", start);
    }
    return shots;
  }

  static String cell(int width, String scheme, boolean full) {
    return width + " px" + ("dark".equals(scheme) ? ", dark" : "") + (full ? ", whole page" : "");
  }

  static String stem(String name) {
    return name.endsWith(".html") ? name.substring(0, name.length() - 5) : name;
  }

  /** What to do on a page once it is open, before its picture. */
  interface Action {
    void run();
  }

  /** The top of a page (TOP CSS px at most), at its real size. */
  private Shot top(String edition, Page page, String row, String cell, int width, String scheme, Path file, Action action) {
    boolean phone = width < 600;
    String caption = page.name() + " · " + width + " px · " + page.type();
    try {
      camera.viewport(width, phone, scheme);
      camera.open(page.file().toUri().toString());
      action.run();
      Map<String, Object> m = camera.metrics();
      int height = (int) Math.min(TOP, number(m.get("height")));
      Files.write(file, camera.capture(0, 0, width, Math.max(height, 1), 1));
      return new Shot(edition, page.group(), row, cell, caption, file, note(m, width), page.file());
    } catch (WebDriverException | IOException e) {
      return new Shot(edition, page.group(), row, cell, caption, null, "not taken: " + firstLine(e), page.file());
    }
  }

  /** The whole page, open at {@code width}, downscaled: to a quarter at 1280, to a half at 390. */
  private Shot full(String edition, Page page, int width, Path file) {
    boolean phone = width < 600;
    double scale = phone ? 0.5 : 0.25;
    String caption = page.name() + " · " + width + " px · " + page.type() + ", whole page at " + (phone ? "1/2" : "1/4");
    try {
      Map<String, Object> m = camera.metrics();
      double height = number(m.get("height"));
      double shown = Math.min(height, 6000 / scale);
      Files.write(file, camera.capture(0, 0, width, Math.max(shown, 1), scale));
      String note = shown < height ? "the first " + (int) shown + " of " + (int) height + " px" : (int) height + " px high";
      return new Shot(edition, page.group(), page.name(), cell(width, "light", true), caption, file, note, page.file());
    } catch (WebDriverException | IOException e) {
      return new Shot(edition, page.group(), page.name(), cell(width, "light", true), caption, null,
          "not taken: " + firstLine(e), page.file());
    }
  }

  /** The first word of four letters or more in the text's title: what the search is asked. */
  private String firstWord() {
    Object word = camera.driver().executeScript("""
        const h = document.querySelector('main h1') || document.querySelector('h1');
        const m = (h ? h.innerText : '').match(/\\p{L}{4,}/u);
        return m ? m[0] : null;""");
    return word instanceof String s ? s : null;
  }

  /** Types the query into the search page's form (once its index is loaded) and waits for results. */
  private void searchPage(String query) {
    WebDriverWait wait = new WebDriverWait(camera.driver(), Duration.ofSeconds(20));
    WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id("search-query")));
    input.sendKeys(query, Keys.ENTER);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-page-results > *")));
    camera.driver().executeScript("if (document.activeElement) document.activeElement.blur();");
    camera.settle();
  }

  /** Types the query into the header's search box and waits for its list of results. */
  private void searchBox(String query) {
    WebDriverWait wait = new WebDriverWait(camera.driver(), Duration.ofSeconds(20));
    WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id("search-input")));
    input.sendKeys(query);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-results")));
    camera.settle();
  }

  /** What the sheet says under a picture: where the layout is wider than the viewport. */
  static String note(Map<String, Object> m, int width) {
    List<String> notes = new ArrayList<>();
    long viewport = (long) number(m.get("viewport"));
    long scroll = (long) number(m.get("scrollWidth"));
    if (viewport != width) {
      notes.add("layout viewport " + viewport + " px, not " + width);
    }
    if (scroll > viewport + 1) {
      notes.add("wider than the viewport: " + scroll + " px" + (m.get("wide") instanceof List<?> l && !l.isEmpty() ? " (" + String.join(", ", l.stream().map(String::valueOf).toList()) + ")" : ""));
    }
    notes.add((long) number(m.get("height")) + " px high");
    return String.join("; ", notes);
  }

  static double number(Object o) {
    return o instanceof Number n ? n.doubleValue() : 0;
  }

  static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int nl = message.indexOf('\n');
    return e.getClass().getSimpleName() + ": " + (nl < 0 ? message : message.substring(0, nl));
  }
}
