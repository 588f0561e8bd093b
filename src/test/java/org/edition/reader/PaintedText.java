package org.edition.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The text a page paints, box by box, as Chromium laid it out: every run of a text node or of
 * generated content (a marker's {@code ::before}), with its place on the page, the element it
 * belongs to and the part of it that is visible (clipped by the boxes around it). Read from the
 * DevTools protocol's DOM snapshot, so that what CSS draws counts as much as what the HTML holds.
 */
public final class PaintedText {
  private static final List<String> STYLES =
      List.of("overflow-x", "overflow-y", "visibility", "opacity", "direction", "position", "display");

  /** A rectangle in the page's coordinates (CSS pixels from the document's top left). */
  public record Box(double x, double y, double w, double h) {
    public double right() {
      return x + w;
    }

    public double bottom() {
      return y + h;
    }

    public Box intersect(Box other) {
      double left = Math.max(x, other.x);
      double top = Math.max(y, other.y);
      double r = Math.min(right(), other.right());
      double b = Math.min(bottom(), other.bottom());
      return new Box(left, top, Math.max(0, r - left), Math.max(0, b - top));
    }

    public boolean empty() {
      return w < 1 || h < 1;
    }
  }

  /**
   * One painted run of text.
   *
   * @param generated drawn by CSS ({@code content:}), not text of the document
   * @param owner the element it belongs to, as {@code tag.class#id}
   * @param ownerPath its owner and the owner's ancestors, innermost first, each as {@code owner}
   * @param visible the part not clipped by an ancestor that hides its overflow (empty when hidden)
   * @param clippedBy the ancestor that cuts part of it off, if one does (a scroll container does not)
   * @param rtl laid out right to left
   * @param scrolls inside a box that scrolls (what lies beyond its edge is reached by scrolling it)
   */
  public record Run(String text, Box box, boolean generated, int node, String owner, List<String> ownerPath,
      Box visible, String clippedBy, boolean rtl, boolean scrolls) {
    /** Whether it or an ancestor is this element ({@code tag}) or has this class. */
    public boolean inside(String tagOrClass) {
      return ownerPath.stream().anyMatch(o -> is(o, tagOrClass));
    }

    /** Whether an element described as {@code tag.class#id} is that tag or has that class. */
    public static boolean is(String described, String tagOrClass) {
      String[] parts = described.replaceFirst("#.*$", "").split("\\.");
      if (parts[0].equals(tagOrClass)) {
        return true;
      }
      for (int i = 1; i < parts.length; i++) {
        if (parts[i].equals(tagOrClass)) {
          return true;
        }
      }
      return false;
    }
  }

  private PaintedText() {}

  /** Every run of text the page paints, in the layout's order. */
  @SuppressWarnings("unchecked")
  public static List<Run> of(ChromeDriver driver) {
    Map<String, Object> snapshot = driver.executeCdpCommand("DOMSnapshot.captureSnapshot",
        Map.of("computedStyles", STYLES));
    List<String> strings = (List<String>) snapshot.get("strings");
    Map<String, Object> doc = ((List<Map<String, Object>>) snapshot.get("documents")).get(0);
    Map<String, Object> nodes = (Map<String, Object>) doc.get("nodes");
    Map<String, Object> layout = (Map<String, Object>) doc.get("layout");
    Map<String, Object> textBoxes = (Map<String, Object>) doc.get("textBoxes");

    List<Long> parent = (List<Long>) nodes.get("parentIndex");
    List<Long> nodeName = (List<Long>) nodes.get("nodeName");
    List<List<Long>> attributes = (List<List<Long>>) nodes.get("attributes");
    Map<Integer, String> pseudo = new HashMap<>();
    Map<String, Object> pseudoType = (Map<String, Object>) nodes.get("pseudoType");
    if (pseudoType != null) {
      List<Long> index = (List<Long>) pseudoType.get("index");
      List<Long> value = (List<Long>) pseudoType.get("value");
      for (int i = 0; i < index.size(); i++) {
        pseudo.put(index.get(i).intValue(), strings.get(value.get(i).intValue()));
      }
    }

    List<Long> layoutNode = (List<Long>) layout.get("nodeIndex");
    List<List<Number>> layoutBounds = (List<List<Number>>) layout.get("bounds");
    List<Long> layoutText = (List<Long>) layout.get("text");
    List<List<Long>> layoutStyles = (List<List<Long>>) layout.get("styles");
    Map<Integer, Integer> layoutOf = new HashMap<>();
    for (int i = 0; i < layoutNode.size(); i++) {
      layoutOf.putIfAbsent(layoutNode.get(i).intValue(), i);
    }

    Snapshot s = new Snapshot(strings, parent, nodeName, attributes, pseudo, layoutOf, layoutBounds, layoutStyles);
    List<Long> boxLayout = (List<Long>) textBoxes.get("layoutIndex");
    List<List<Number>> boxBounds = (List<List<Number>>) textBoxes.get("bounds");
    List<Long> starts = (List<Long>) textBoxes.get("start");
    List<Long> lengths = (List<Long>) textBoxes.get("length");
    List<Run> runs = new ArrayList<>();
    for (int i = 0; i < boxLayout.size(); i++) {
      int li = boxLayout.get(i).intValue();
      long textIndex = layoutText.get(li);
      if (textIndex < 0) {
        continue;
      }
      String all = strings.get((int) textIndex);
      int start = starts.get(i).intValue();
      int end = Math.min(all.length(), start + lengths.get(i).intValue());
      String text = start < end ? all.substring(start, end) : "";
      if (text.isBlank()) {
        continue;
      }
      int node = layoutNode.get(li).intValue();
      runs.add(s.run(text, box(boxBounds.get(i)), node));
    }
    return runs;
  }

  private static Box box(List<Number> b) {
    return new Box(b.get(0).doubleValue(), b.get(1).doubleValue(), b.get(2).doubleValue(), b.get(3).doubleValue());
  }

  /** The snapshot's tables, read back node by node. */
  private record Snapshot(List<String> strings, List<Long> parent, List<Long> nodeName, List<List<Long>> attributes,
      Map<Integer, String> pseudo, Map<Integer, Integer> layoutOf, List<List<Number>> bounds,
      List<List<Long>> styles) {

    Run run(String text, Box box, int node) {
      boolean generated = false;
      List<String> path = new ArrayList<>();
      Box visible = box;
      String clippedBy = null;
      boolean rtl = false;
      boolean directionKnown = false;
      boolean inScroller = false;
      for (int n = parentOf(node); n >= 0; n = parentOf(n)) {
        if (pseudo.containsKey(n)) {
          generated = true;
          continue;
        }
        String name = string(nodeName.get(n)).toLowerCase();
        if (name.startsWith("#")) {
          continue;
        }
        path.add(describe(n, name));
        Integer li = layoutOf.get(n);
        if (li == null) {
          continue;
        }
        if (!directionKnown) {
          rtl = "rtl".equals(style(li, "direction"));
          directionKnown = true;
        }
        if ("hidden".equals(style(li, "visibility")) || "0".equals(style(li, "opacity"))) {
          visible = new Box(box.x(), box.y(), 0, 0);
        }
        if (describe(n, name).contains(".visually-hidden")) {
          // words for a screen reader alone, clipped to nothing by design: not painted
          visible = new Box(box.x(), box.y(), 0, 0);
          break;
        }
        String overflow = style(li, "overflow-x");
        if (overflow != null && !overflow.equals("visible")) {
          Box clip = box(bounds.get(li));
          Box cut = visible.intersect(clip);
          boolean scrolls = overflow.equals("auto") || overflow.equals("scroll");
          if (!scrolls && clippedBy == null && !cut.empty() && (cut.w() < visible.w() - 1 || cut.h() < visible.h() - 1)) {
            clippedBy = describe(n, name);
          }
          if (scrolls) {
            inScroller = true;
          } else {
            visible = cut;
          }
        }
      }
      if (pseudo.containsKey(node)) {
        generated = true;
      }
      String owner = path.isEmpty() ? "" : path.get(0);
      return new Run(text, box, generated, node, owner, List.copyOf(path), visible, clippedBy, rtl, inScroller);
    }

    private String string(long index) {
      return index < 0 ? "" : strings.get((int) index);
    }

    private int parentOf(int node) {
      return parent.get(node).intValue();
    }

    private String style(int layoutIndex, String property) {
      List<Long> values = styles.get(layoutIndex);
      int at = STYLES.indexOf(property);
      if (values == null || at >= values.size() || values.get(at) < 0) {
        return null;
      }
      return strings.get(values.get(at).intValue());
    }

    private String describe(int node, String name) {
      StringBuilder out = new StringBuilder(name);
      List<Long> attrs = attributes.get(node);
      String id = null;
      for (int i = 0; i + 1 < attrs.size(); i += 2) {
        String key = string(attrs.get(i));
        String value = string(attrs.get(i + 1));
        if (key.equals("class")) {
          for (String c : value.trim().split("\\s+")) {
            if (!c.isEmpty()) {
              out.append('.').append(c);
            }
          }
        } else if (key.equals("id")) {
          id = value;
        }
      }
      if (id != null) {
        out.append('#').append(id);
      }
      return out.toString();
    }
  }
}
