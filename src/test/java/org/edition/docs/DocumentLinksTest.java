package org.edition.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.edition.Cli;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of README.md and of docs/*.md leads to a file or folder of the repository,
 * and a link to a heading of a Markdown file ({@code settings.md#volumes}) to a heading it has.
 */
@Tag("fast")
class DocumentLinksTest {
  private static final Path ROOT = Cli.root();
  /** A Markdown link or image: [text](target) or [text](target "title"). */
  private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

  static List<Path> documents() throws IOException {
    List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
    }
    return documents;
  }

  /** The lines of a Markdown file outside its fenced code blocks, inline code taken out. */
  static List<String> prose(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    boolean fenced = false;
    for (String line : Files.readAllLines(file)) {
      if (line.strip().startsWith("```")) {
        fenced = !fenced;
      } else if (!fenced) {
        lines.add(line.replaceAll("`[^`]*`", "``"));
      }
    }
    return lines;
  }

  /** The anchors GitHub gives a Markdown file's headings. */
  static Set<String> anchors(Path file) throws IOException {
    Set<String> anchors = new HashSet<>();
    boolean fenced = false;
    for (String line : Files.readAllLines(file)) {
      if (line.strip().startsWith("```")) {
        fenced = !fenced;
      } else if (!fenced && line.matches("^#{1,6}\\s.*")) {
        String slug = Normalizer.normalize(line.replaceFirst("^#+\\s*", "").strip(), Normalizer.Form.NFC)
            .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s_-]", "").replace(' ', '-');
        String anchor = slug;
        for (int n = 1; !anchors.add(anchor); n++) {
          anchor = slug + "-" + n;
        }
      }
    }
    return anchors;
  }

  @Test
  void everyRelativeLinkLeadsToAFileOfTheRepository() throws IOException {
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (Path document : documents()) {
      List<String> lines = prose(document);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = LINK.matcher(lines.get(i));
        while (m.find()) {
          String target = m.group(1);
          if (SCHEME.matcher(target).matches()) {
            continue;
          }
          links++;
          String path = target.replaceFirst("#.*$", "");
          String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
          Path file = path.isEmpty() ? document : document.getParent().resolve(path).normalize();
          String where = ROOT.relativize(document) + ": " + target;
          if (!file.startsWith(ROOT) || !Files.exists(file)) {
            broken.add(where + " (no such file)");
          } else if (anchor != null && file.toString().endsWith(".md") && !anchors(file).contains(anchor)) {
            broken.add(where + " (no such heading)");
          }
        }
      }
    }
    assertTrue(links > 20, "README and docs/ link to each other: " + links + " links");
    assertEquals(List.of(), broken, "links that lead nowhere");
  }

  @Test
  void everyPageOfTheGuideIsReachedFromItsContents() throws IOException {
    String contents = String.join("\n", prose(ROOT.resolve("docs/index.md")));
    List<String> missing = new ArrayList<>();
    for (Path document : documents()) {
      String name = document.getFileName().toString();
      if (document.getParent().endsWith("docs") && !name.equals("index.md") && !contents.contains("(" + name)) {
        missing.add(name);
      }
    }
    assertEquals(List.of(), missing, "pages of docs/ that docs/index.md does not list");
  }
}
