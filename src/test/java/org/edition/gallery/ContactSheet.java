package org.edition.gallery;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.edition.gallery.Shot.Group;

/**
 * The contact sheet: {@code index.html}, the focus shots first, then edition by edition and
 * page type by page type, a row per page or book, its pictures side by side (the same picture
 * before and after, next to each other, when comparing), each thumbnail a link to the picture at
 * full size. Plain HTML and CSS: it opens from {@code file://} with no script.
 */
final class ContactSheet {
  /** The same picture on both sides; either may be missing. */
  static final class Pair {
    Shot before;
    Shot after;
    /** 0 the same, above 0 the share of pixels that differ, -1 sizes differ, NaN not compared. */
    double difference = Double.NaN;
    int id;

    Shot any() {
      return after != null ? after : before;
    }

    boolean changed(boolean comparing) {
      if (!comparing) {
        return false;
      }
      if (before == null || after == null) {
        return true;
      }
      if (before.file() == null || after.file() == null) {
        return before.file() != null || after.file() != null || !before.note().equals(after.note());
      }
      return difference != 0;
    }
  }

  private ContactSheet() {}

  static Path write(Path out, Gallery.Options options, List<Shot> after, List<Shot> before) throws IOException {
    boolean comparing = before != null;
    Map<String, Pair> pairs = new LinkedHashMap<>();
    for (Shot shot : after) {
      pairs.computeIfAbsent(shot.key(), k -> new Pair()).after = shot;
    }
    if (comparing) {
      for (Shot shot : before) {
        pairs.computeIfAbsent(shot.key(), k -> new Pair()).before = shot;
      }
    }
    int id = 0;
    for (Pair pair : pairs.values()) {
      pair.id = ++id;
      if (comparing && pair.before != null && pair.after != null && pair.before.file() != null && pair.after.file() != null) {
        pair.difference = Png.difference(pair.before.file(), pair.after.file());
      }
    }
    List<String> editions = new ArrayList<>(options.editions().keySet());
    for (Pair pair : pairs.values()) {
      if (!editions.contains(pair.any().edition())) {
        editions.add(pair.any().edition());
      }
    }
    Path index = out.resolve("index.html");
    Files.writeString(index, page(out, options, editions, pairs, comparing, p -> true, false), StandardCharsets.UTF_8);
    if (comparing) {
      Files.writeString(out.resolve("changes.html"),
          page(out, options, editions, pairs, comparing, p -> p.changed(true), true), StandardCharsets.UTF_8);
    }
    return index;
  }

  private static String page(Path out, Gallery.Options options, List<String> editions, Map<String, Pair> pairs,
      boolean comparing, Predicate<Pair> shown, boolean changesOnly) throws IOException {
    StringBuilder h = new StringBuilder();
    String title = changesOnly ? "Gallery: what changed" : "Gallery";
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(title).append("</title><style>").append(CSS).append("</style></head>\n<body>\n");
    h.append("<header><h1>").append(title).append("</h1><p>");
    if (comparing) {
      h.append("<span class=\"side-label before\">before</span> ").append(esc(options.beforeLabel()))
          .append(" &nbsp; <span class=\"side-label after\">after</span> ").append(esc(options.afterLabel()));
    } else {
      h.append(esc(options.afterLabel()));
    }
    h.append(" · ").append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)))
        .append(" · widths 1280 and 390 CSS px, light").append(options.dark() ? " and dark" : "").append(" scheme")
        .append(" · click a picture for its full size</p>\n");
    List<Pair> all = new ArrayList<>(pairs.values());
    if (comparing) {
      List<Pair> changed = all.stream().filter(p -> p.changed(true)).toList();
      h.append("<p class=\"summary\"><b>").append(changed.size()).append(" of ").append(all.size())
          .append(" pictures differ</b>");
      h.append(changesOnly ? " · <a href=\"index.html\">every picture</a>" : " · <a href=\"changes.html\">only those</a>");
      h.append("</p>\n");
      if (!changed.isEmpty() && !changesOnly) {
        h.append("<details class=\"changed-list\"><summary>which</summary><ul>");
        for (Pair p : changed) {
          Shot s = p.any();
          h.append("<li><a href=\"#s").append(p.id).append("\">").append(esc(s.edition())).append(" · ")
              .append(esc(s.row())).append(" · ").append(esc(s.cell())).append("</a> ").append(status(p, true)).append("</li>");
        }
        h.append("</ul></details>\n");
      }
    }
    // The table of contents.
    Map<String, Map<Group, Map<String, List<Pair>>>> tree = new LinkedHashMap<>();
    List<Pair> focus = new ArrayList<>();
    for (Pair p : all) {
      if (!shown.test(p)) {
        continue;
      }
      Shot s = p.any();
      if (s.group() == Group.FOCUS) {
        focus.add(p);
        continue;
      }
      tree.computeIfAbsent(s.edition(), e -> new LinkedHashMap<>());
    }
    for (String edition : editions) {
      if (!tree.containsKey(edition)) {
        continue;
      }
      Map<Group, Map<String, List<Pair>>> groups = new LinkedHashMap<>();
      for (Group g : Group.values()) {
        if (g == Group.FOCUS) {
          continue;
        }
        for (Pair p : all) {
          Shot s = p.any();
          if (shown.test(p) && s.edition().equals(edition) && s.group() == g) {
            groups.computeIfAbsent(g, x -> new LinkedHashMap<>()).computeIfAbsent(s.row(), r -> new ArrayList<>()).add(p);
          }
        }
      }
      tree.put(edition, groups);
    }
    h.append("<nav class=\"toc\"><ul>");
    if (!focus.isEmpty()) {
      h.append("<li><a href=\"#focus\">Focus shots</a></li>");
    }
    for (var e : tree.entrySet()) {
      h.append("<li><a href=\"#").append(anchor(e.getKey())).append("\">").append(esc(e.getKey())).append("</a>: ");
      List<String> links = new ArrayList<>();
      for (Group g : e.getValue().keySet()) {
        links.add("<a href=\"#" + anchor(e.getKey()) + "-" + g.name().toLowerCase(Locale.ROOT) + "\">"
            + esc(g.title) + "</a>");
      }
      h.append(String.join(" · ", links)).append("</li>");
    }
    h.append("</ul></nav>\n");
    if (!focus.isEmpty()) {
      h.append("<section id=\"focus\"><h2>Focus shots</h2>\n");
      Map<String, List<Pair>> rows = new LinkedHashMap<>();
      for (Pair p : focus) {
        rows.computeIfAbsent(p.any().row(), r -> new ArrayList<>()).add(p);
      }
      for (var row : rows.entrySet()) {
        row(h, out, row.getKey(), row.getValue(), comparing);
      }
      h.append("</section>\n");
    }
    for (var e : tree.entrySet()) {
      String edition = e.getKey();
      h.append("<section id=\"").append(anchor(edition)).append("\"><h2>").append(esc(edition)).append("</h2>");
      Path build = options.editions().get(edition);
      if (build != null) {
        h.append("<p class=\"where\">").append(link(out, build.resolve("html/index.html"), "the site"))
            .append(" · ").append(link(out, build.resolve("pdf"), "pdf/"))
            .append(" · ").append(link(out, build.resolve("epub"), "epub/")).append("</p>");
      }
      h.append('\n');
      for (var g : e.getValue().entrySet()) {
        h.append("<h3 id=\"").append(anchor(edition)).append('-').append(g.getKey().name().toLowerCase(Locale.ROOT))
            .append("\">").append(esc(g.getKey().title)).append("</h3>\n");
        for (var row : g.getValue().entrySet()) {
          row(h, out, row.getKey(), row.getValue(), comparing);
        }
      }
      h.append("</section>\n");
    }
    if (tree.isEmpty() && focus.isEmpty()) {
      h.append("<p>Nothing to show.</p>\n");
    }
    h.append("</body></html>\n");
    return h.toString();
  }

  private static void row(StringBuilder h, Path out, String label, List<Pair> cells, boolean comparing) {
    Shot first = cells.get(0).any();
    boolean focus = first.group() == Group.FOCUS;
    h.append("<div class=\"row\"><h4>").append(esc(label));
    if (first.page() != null && !focus) {
      h.append(" <a class=\"open\" href=\"").append(href(out, first.page())).append("\">open</a>");
    }
    h.append("</h4><div class=\"cells\">\n");
    for (Pair p : cells) {
      boolean changed = p.changed(comparing);
      h.append("<figure class=\"cell").append(comparing ? changed ? " changed" : " same" : "").append("\" id=\"s")
          .append(p.id).append("\"><div class=\"pair\">");
      if (comparing) {
        picture(h, out, p.before, "before", focus);
      }
      picture(h, out, p.after, comparing ? "after" : null, focus);
      Shot s = p.any();
      h.append("</div><figcaption><b>").append(esc(s.cell())).append("</b> · ").append(esc(s.caption()));
      if (comparing) {
        h.append(" · ").append(status(p, false));
      }
      String note = notes(p, comparing);
      if (!note.isEmpty()) {
        h.append("<br><span class=\"note\">").append(note).append("</span>");
      }
      h.append("</figcaption></figure>\n");
    }
    h.append("</div></div>\n");
  }

  private static String notes(Pair p, boolean comparing) {
    if (!comparing) {
      return p.after == null || p.after.note() == null ? "" : esc(p.after.note());
    }
    String a = p.after == null ? "" : p.after.note();
    String b = p.before == null ? "" : p.before.note();
    if (a.equals(b)) {
      return esc(a);
    }
    return (b.isEmpty() ? "" : "before: " + esc(b)) + (a.isEmpty() || b.isEmpty() ? "" : "<br>") + (a.isEmpty() ? "" : "after: " + esc(a));
  }

  private static String status(Pair p, boolean brief) {
    if (p.before == null) {
      return "<span class=\"status new\">only after</span>";
    }
    if (p.after == null) {
      return "<span class=\"status gone\">only before</span>";
    }
    if (p.before.file() == null && p.after.file() == null) {
      return "<span class=\"status gone\">not taken</span>";
    }
    if (p.before.file() == null || p.after.file() == null) {
      return "<span class=\"status gone\">not taken on one side</span>";
    }
    if (p.difference == 0) {
      return "<span class=\"status same\">identical</span>";
    }
    if (p.difference < 0) {
      return "<span class=\"status diff\">differs (size)</span>";
    }
    return "<span class=\"status diff\">differs (" + String.format(Locale.ROOT, p.difference < 0.001 ? "%.3f" : "%.1f",
        p.difference * 100) + " % of pixels)</span>";
  }

  private static void picture(StringBuilder h, Path out, Shot shot, String side, boolean focus) {
    h.append("<div class=\"side\">");
    if (side != null) {
      h.append("<span class=\"side-label ").append(side).append("\">").append(side).append("</span>");
    }
    if (shot == null || shot.file() == null || !Files.isRegularFile(shot.file())) {
      h.append("<div class=\"missing\">").append(shot == null ? "absent" : "not taken").append("</div></div>");
      return;
    }
    int[] size;
    try {
      size = Png.size(shot.file());
    } catch (IOException e) {
      size = null;
    }
    int w = size == null ? 200 : size[0];
    int ht = size == null ? 200 : size[1];
    double scale = focus || shot.cell().contains("whole page") ? 1 : w >= 1000 ? 400.0 / 1280 : w >= 300 ? 0.5 : 1;
    int dw = (int) Math.round(w * scale);
    int dh = (int) Math.round(ht * scale);
    String src = href(out, shot.file());
    h.append("<div class=\"frame").append(dh > 900 ? " tall" : "").append(focus ? " focus" : "").append("\">")
        .append("<a href=\"").append(src).append("\"><img src=\"").append(src).append("\" width=\"").append(dw)
        .append("\" height=\"").append(dh).append("\" loading=\"lazy\" alt=\"").append(esc(shot.caption()))
        .append("\"></a></div><span class=\"px\">").append(w).append(" × ").append(ht).append("</span></div>");
  }

  private static String link(Path out, Path target, String text) {
    return "<a href=\"" + href(out, target) + "\">" + esc(text) + "</a>";
  }

  /** A link from the sheet: relative when under the gallery folder, else a file: address. */
  static String href(Path out, Path target) {
    Path t = target.toAbsolutePath().normalize();
    if (t.startsWith(out)) {
      try {
        return esc(new URI(null, null, out.relativize(t).toString().replace('\\', '/'), null).getRawPath());
      } catch (URISyntaxException e) {
        return esc(t.toUri().toString());
      }
    }
    return esc(t.toUri().toString());
  }

  private static String anchor(String name) {
    return "e-" + name.replaceAll("[^A-Za-z0-9_-]", "_");
  }

  static String esc(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static final String CSS = """
      body { font: 14px/1.4 system-ui, sans-serif; margin: 0 1.5rem 3rem; background: #f4f4f2; color: #222; }
      header { position: sticky; top: 0; background: #f4f4f2ee; padding: .3rem 0; border-bottom: 1px solid #ccc; z-index: 1; }
      h1 { font-size: 1.3rem; margin: .4rem 0; } header p { margin: .2rem 0; }
      h2 { font-size: 1.25rem; margin: 2rem 0 .3rem; border-bottom: 2px solid #333; }
      h3 { font-size: 1.05rem; margin: 1.2rem 0 .3rem; color: #444; }
      h4 { font-size: .95rem; margin: .8rem 0 .3rem; font-weight: 600; }
      .toc ul { padding-left: 1.2rem; margin: .5rem 0; } .where { margin: 0; color: #555; }
      a.open { font-weight: normal; font-size: .85rem; margin-left: .5rem; }
      .row { border-top: 1px solid #ddd; padding-bottom: .4rem; }
      .cells { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
      figure.cell { margin: 0; padding: .4rem; background: #fff; border: 1px solid #ddd; border-radius: 4px; max-width: 100%; }
      figure.cell.changed { border: 2px solid #c62828; }
      .pair { display: flex; gap: .5rem; align-items: flex-start; }
      .side { display: flex; flex-direction: column; min-width: 0; }
      .frame { border: 1px solid #bbb; background: repeating-conic-gradient(#eee 0 25%, #fff 0 50%) 0 0 / 16px 16px; line-height: 0; }
      .frame.tall { max-height: 900px; overflow-y: auto; }
      .frame.focus img { max-width: 640px; height: auto; }
      .frame img { display: block; }
      .px { font-size: .75rem; color: #777; }
      .side-label { font-size: .75rem; font-weight: bold; text-transform: uppercase; padding: 0 .3rem; border-radius: 3px; align-self: flex-start; }
      .side-label.before { background: #e3e3e3; } .side-label.after { background: #cfe3ff; }
      figcaption { font-size: .8rem; width: 0; min-width: 100%; margin-top: .3rem; overflow-wrap: anywhere; }
      .note { color: #8a4b00; }
      .status.same { color: #2e7d32; } .status.diff, .status.gone { color: #c62828; font-weight: bold; } .status.new { color: #1565c0; font-weight: bold; }
      .missing { width: 195px; height: 120px; display: flex; align-items: center; justify-content: center; background: #fbe9e7; color: #c62828; border: 1px dashed #c62828; }
      .summary { font-size: 1rem; }
      details.changed-list ul { columns: 2; font-size: .85rem; }
      """;
}
