package org.edition.gallery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.edition.gallery.Shot.Group;
import org.openqa.selenium.WebDriverException;

/**
 * The focus shots of {@code bench/gallery-focus.tsv}: one element of one page (or a band of it)
 * cropped, at the widths its line asks. A line is {@code edition  page  where  widths  caption},
 * separated by tabs: the edition's name in the gallery (flagship, corpus, documentary-critical,
 * reader, or an extra folder's name), the page's file in its site (a query such as
 * {@code search.html?q=word} may follow), a CSS selector (its first match, with 8 px around it)
 * or {@code @Y} / {@code @Y+H} (a band of the page from Y CSS px, H high, else a screen high),
 * the widths ({@code 1280,390}), and what the shot is for. {@code #} starts a comment line.
 */
final class FocusShots {
  /** One line of the file. */
  record Entry(int line, String edition, String page, String where, List<Integer> widths, String caption) {}

  private static final int MARGIN = 8;
  private static final int MAX_HEIGHT = 2400;

  private final Camera camera;

  FocusShots(Camera camera) {
    this.camera = camera;
  }

  static List<Entry> read(Path tsv) throws IOException {
    List<Entry> entries = new ArrayList<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length < 4) {
        throw new IOException(tsv + ":" + (i + 1) + ": expected edition, page, selector or @y, widths, caption (tab-separated)");
      }
      List<Integer> widths = new ArrayList<>();
      for (String w : cols[3].trim().split("[,\\s]+")) {
        try {
          widths.add(Integer.parseInt(w));
        } catch (NumberFormatException e) {
          throw new IOException(tsv + ":" + (i + 1) + ": not a width: " + w);
        }
      }
      entries.add(new Entry(i + 1, cols[0].trim(), cols[1].trim(), cols[2].trim(), widths,
          cols.length > 4 ? cols[4].trim() : ""));
    }
    return entries;
  }

  /** The entry's shots on one side, when {@code html} is the site of its edition. */
  List<Shot> shoot(Entry entry, Path html, Path out, int index) throws IOException {
    List<Shot> shots = new ArrayList<>();
    Files.createDirectories(out);
    String page = entry.page();
    int cut = indexOfAny(page, "?#");
    Path file = html.resolve(cut < 0 ? page : page.substring(0, cut));
    String row = String.format("%02d", index) + " " + entry.edition() + "/" + page + "  " + entry.where();
    for (int width : entry.widths()) {
      String cell = width + " px";
      String caption = (entry.caption().isEmpty() ? "" : entry.caption() + " · ") + entry.edition() + "/" + page
          + " · " + entry.where() + " · " + width + " px";
      Path png = out.resolve(String.format("%02d-%s-%s-%d.png", index, entry.edition(),
          SiteShots.stem(file.getFileName().toString()).replaceAll("[^\\p{L}\\p{N}._-]", "_"), width));
      if (!Files.isRegularFile(file)) {
        shots.add(new Shot(entry.edition(), Group.FOCUS, row, cell, caption, null, "no such page in this build", file));
        continue;
      }
      try {
        boolean phone = width < 600;
        camera.viewport(width, phone, "light");
        camera.open(file.toUri() + (cut < 0 ? "" : page.substring(cut)));
        Map<String, Object> m = camera.metrics();
        double pageHeight = SiteShots.number(m.get("height"));
        double x = 0;
        double y;
        double w = width;
        double h;
        if (entry.where().startsWith("@")) {
          String[] band = entry.where().substring(1).split("\\+");
          y = Double.parseDouble(band[0].trim());
          h = band.length > 1 ? Double.parseDouble(band[1].trim()) : camera.viewportHeight(phone);
        } else {
          @SuppressWarnings("unchecked")
          Map<String, Object> box = (Map<String, Object>) camera.driver().executeScript("""
              const e = document.querySelector(arguments[0]);
              if (!e) return null;
              const r = e.getBoundingClientRect();
              let left = r.left, top = r.top, right = r.right, bottom = r.bottom;
              if (r.width > 0 && r.height > 0) {
                // What hangs out of it (a paragraph's number in the margin, a note's sign) is in the picture too.
                let n = 0;
                for (const d of e.querySelectorAll('*')) {
                  if (++n > 3000) break;
                  const b = d.getBoundingClientRect();
                  if (b.width === 0 || b.height === 0) continue;
                  left = Math.min(left, b.left); top = Math.min(top, b.top);
                  right = Math.max(right, b.right); bottom = Math.max(bottom, b.bottom);
                }
              }
              return {x: left + scrollX, y: top + scrollY, w: right - left, h: bottom - top};""", entry.where());
          if (box == null) {
            shots.add(new Shot(entry.edition(), Group.FOCUS, row, cell, caption, null, "nothing matches " + entry.where(), file));
            continue;
          }
          if (SiteShots.number(box.get("w")) == 0 || SiteShots.number(box.get("h")) == 0) {
            shots.add(new Shot(entry.edition(), Group.FOCUS, row, cell, caption, null, entry.where() + " is not shown at this width", file));
            continue;
          }
          x = Math.max(0, SiteShots.number(box.get("x")) - MARGIN);
          y = Math.max(0, SiteShots.number(box.get("y")) - MARGIN);
          w = Math.min(SiteShots.number(box.get("x")) + SiteShots.number(box.get("w")) + MARGIN,
              Math.max(width, SiteShots.number(m.get("scrollWidth")))) - x;
          h = SiteShots.number(box.get("h")) + 2 * MARGIN;
        }
        h = Math.min(Math.min(h, MAX_HEIGHT), Math.max(1, pageHeight - y));
        String note = SiteShots.note(m, width).replaceAll("; [0-9]+ px high$|^[0-9]+ px high$", "");
        Files.write(png, camera.capture(x, y, Math.max(1, w), Math.max(1, h), 1));
        shots.add(new Shot(entry.edition(), Group.FOCUS, row, cell, caption, png, note, file));
      } catch (WebDriverException | NumberFormatException e) {
        shots.add(new Shot(entry.edition(), Group.FOCUS, row, cell, caption, null, "not taken: " + SiteShots.firstLine(e), file));
      }
    }
    return shots;
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
