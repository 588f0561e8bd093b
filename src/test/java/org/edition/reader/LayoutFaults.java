package org.edition.reader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.reader.PaintedText.Box;
import org.edition.reader.PaintedText.Run;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The faults a reader sees on a page laid out in Chromium, found as a careful reader would find
 * them: the page wider than the screen, text printed over text, numbers and words cut off by the
 * screen's edge or their box, a quotation in the line given a block's margins, a marker between
 * two letters of a word or read backwards, a margin number on the wrong side of a right-to-left
 * page. Each fault is one line naming the element and the words.
 */
public final class LayoutFaults {
  /** A box fully outside the screen by more than this is hidden on purpose (a skip link). */
  private static final double OFF_SCREEN_BY_DESIGN = 200;

  private static final String PAGE_FAULTS = resource("page-faults.js");

  private LayoutFaults() {}

  private static String resource(String name) {
    try (var in = LayoutFaults.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Lays the loaded page out at {@code width} CSS pixels (a phone's viewport below 600). */
  public static void viewport(ChromeDriver driver, int width, String scheme) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
        "width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
    driver.executeCdpCommand("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  /** Every fault of the page now loaded, with its text runs (for further checks by the caller). */
  public static List<String> of(ChromeDriver driver, List<Run> runs) {
    List<String> faults = new ArrayList<>();
    faults.addAll(script(driver));
    double width = ((Number) driver.executeScript("return document.documentElement.clientWidth")).doubleValue();
    faults.addAll(overlaps(runs));
    faults.addAll(clipped(runs, width));
    faults.addAll(markersInWords(runs));
    faults.addAll(markersReversed(runs));
    return faults;
  }

  /** The checks made in the page itself, where computed styles and element boxes are at hand. */
  @SuppressWarnings("unchecked")
  private static List<String> script(ChromeDriver driver) {
    return (List<String>) driver.executeScript(PAGE_FAULTS);
  }

  /** Runs of text drawn over other text (more than a sliver: a glyph's edge may touch). */
  static List<String> overlaps(List<Run> runs) {
    List<Run> shown = runs.stream().filter(r -> !r.visible().empty() && !r.inside("leaflet-container"))
        .sorted(Comparator.comparingDouble(r -> r.visible().y())).toList();
    Set<String> faults = new LinkedHashSet<>();
    for (int i = 0; i < shown.size(); i++) {
      Box a = shown.get(i).visible();
      for (int j = i + 1; j < shown.size() && shown.get(j).visible().y() < a.bottom(); j++) {
        Run first = shown.get(i);
        Run second = shown.get(j);
        if (first.node() == second.node()) {
          continue;
        }
        Box b = second.visible();
        Box both = a.intersect(b);
        if (both.w() > 2 && both.h() > 0.4 * Math.min(a.h(), b.h())) {
          faults.add("text over text: \"" + first.text() + "\" (" + first.owner() + ") and \"" + second.text() + "\" ("
              + second.owner() + ")");
        }
      }
    }
    return faults.stream().limit(12).toList();
  }

  /** Runs cut by the screen's edge or by a box that hides what overflows it. */
  static List<String> clipped(List<Run> runs, double width) {
    Set<String> faults = new LinkedHashSet<>();
    for (Run run : runs) {
      if (run.visible().empty() && run.clippedBy() == null) {
        continue;
      }
      Box box = run.box();
      if (run.clippedBy() != null) {
        faults.add("cut off by " + run.clippedBy() + ": \"" + run.text() + "\" (" + run.owner() + ")");
      } else if (!run.scrolls() && (box.x() < -0.5 || box.right() > width + 0.5)
          && box.right() > -OFF_SCREEN_BY_DESIGN && box.x() < width + OFF_SCREEN_BY_DESIGN) {
        faults.add("cut off by the screen's edge (" + Math.round(box.x()) + " to " + Math.round(box.right()) + " px of "
            + Math.round(width) + "): \"" + run.text() + "\" (" + run.owner() + ")");
      }
    }
    return faults.stream().limit(12).toList();
  }

  private static final Pattern ALNUM = Pattern.compile("[\\p{L}\\p{N}]");

  /** A marker drawn between two letters of one word ("My d[1]ear"). */
  static List<String> markersInWords(List<Run> runs) {
    Set<String> faults = new LinkedHashSet<>();
    List<Run> text = runs.stream().filter(r -> !r.generated() && !r.visible().empty()).toList();
    for (Run marker : runs) {
      if (!marker.generated() || marker.visible().empty() || !ALNUM.matcher(marker.text()).find()) {
        continue;
      }
      Run left = neighbour(text, marker, true);
      Run right = neighbour(text, marker, false);
      if (left != null && right != null) {
        String l = left.text();
        String r = right.text();
        char before = marker.rtl() ? l.charAt(0) : l.charAt(l.length() - 1);
        char after = marker.rtl() ? r.charAt(r.length() - 1) : r.charAt(0);
        if (Character.isLetter(before) && Character.isLetter(after)) {
          faults.add("marker inside a word: \"" + l.strip() + "\" " + marker.text() + " \"" + r.strip() + "\" ("
              + marker.owner() + ")");
        }
      }
    }
    return faults.stream().limit(12).toList();
  }

  /** The run of text that touches the marker on its left (or right) on the same line. */
  private static Run neighbour(List<Run> text, Run marker, boolean onTheLeft) {
    Box m = marker.visible();
    for (Run run : text) {
      Box b = run.visible();
      boolean sameLine = Math.min(b.bottom(), m.bottom()) - Math.max(b.y(), m.y()) > 0.5 * Math.min(b.h(), m.h());
      if (sameLine && (onTheLeft ? Math.abs(b.right() - m.x()) < 1.5 : Math.abs(m.right() - b.x()) < 1.5)) {
        return run;
      }
    }
    return null;
  }

  private static final Pattern BRACKETED = Pattern.compile("[\\[\\]()]");

  /** A bracketed marker whose parts the screen shows in another order than they are written. */
  static List<String> markersReversed(List<Run> runs) {
    Set<String> faults = new LinkedHashSet<>();
    java.util.Map<Integer, List<Run>> byNode = new java.util.LinkedHashMap<>();
    for (Run run : runs) {
      if (run.generated() && !run.visible().empty()) {
        byNode.computeIfAbsent(run.node(), k -> new ArrayList<>()).add(run);
      }
    }
    for (List<Run> parts : byNode.values()) {
      String written = String.join("", parts.stream().map(Run::text).toList());
      double top = parts.get(0).box().y();
      boolean oneLine = parts.stream().allMatch(r -> Math.abs(r.box().y() - top) < 0.5 * r.box().h());
      if (parts.size() < 2 || !oneLine || !BRACKETED.matcher(written).find()) {
        continue;
      }
      String seen = String.join("", parts.stream().sorted(Comparator.comparingDouble(r -> r.box().x())).map(Run::text).toList());
      Matcher open = Pattern.compile("^\\s*[\\[(]").matcher(seen);
      if (!seen.equals(written) && !open.find()) {
        faults.add("marker read in another order than written: \"" + seen + "\" for \"" + written + "\" ("
            + parts.get(0).owner() + ")");
      }
    }
    return faults.stream().limit(12).toList();
  }
}
