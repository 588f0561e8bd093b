package org.edition.check;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import net.sf.saxon.s9api.XdmNode;
import org.edition.load.FacsimileImage;

/**
 * The pointers of a documentary edition, whatever schema a text declares: a facs, a zone's or a
 * line's start, a hand resolve within the document (its included page files too); an image it
 * keeps is there, is a picture and is whole; an image address is one a browser may load. Each
 * problem is reported at the element that writes it, in the file that holds it.
 */
final class FacsimileCheck {
  static final String NAME = "facsimile";

  private final Path sandbox;
  private final Consumer<Diagnostic> out;
  private final Path file;
  /** Each local image judged once per document, however often it is named. */
  private final Map<Path, String> judged = new HashMap<>();

  private FacsimileCheck(Path file, Path sandbox, Consumer<Diagnostic> out) {
    this.file = file;
    this.sandbox = sandbox;
    this.out = out;
  }

  static void check(Path file, Pointers pointers, Path sandbox, Consumer<Diagnostic> out) {
    new FacsimileCheck(file, sandbox, out).run(pointers);
  }

  private void run(Pointers pointers) {
    Map<String, XdmNode> ids = pointers.ids;
    for (XdmNode e : pointers.elements) {
      String local = e.getNodeName().getLocalName();
      String facs = e.attribute("facs");
      if (facs != null) {
        for (String token : Pointers.tokens(facs)) {
          if (token.startsWith("#")) {
            if (!ids.containsKey(token.substring(1))) {
              error(e, "@facs on <" + local + "> points to " + token + ", which no element of the document is"
                  + " (no xml:id=\"" + token.substring(1) + "\")");
            }
          } else if (FacsimileImage.namesPicture(token) || token.matches("(?i)^(javascript|data|vbscript):.*")) {
            image(e, "facs", token);
          }
        }
      }
      String start = e.attribute("start");
      if (start != null && (local.equals("zone") || local.equals("line") || local.equals("surface"))) {
        for (String token : Pointers.tokens(start)) {
          if (token.startsWith("#") && !ids.containsKey(token.substring(1))) {
            error(e, "@start on <" + local + "> points to " + token + ", which no element of the document is");
          }
        }
      }
      String hand = e.attribute("hand");
      if (hand == null && local.equals("handShift")) {
        hand = e.attribute("new");
      }
      if (hand != null) {
        for (String token : Pointers.tokens(hand)) {
          if (!token.startsWith("#")) {
            continue;
          }
          XdmNode target = ids.get(token.substring(1));
          if (target == null) {
            error(e, "the hand " + token + " on <" + local + "> is not described: no <handNote xml:id=\""
                + token.substring(1) + "\"> in the header");
          } else if (!target.getNodeName().getLocalName().equals("handNote")
              && !target.getNodeName().getLocalName().equals("person")) {
            error(e, "the hand " + token + " on <" + local + "> points to a <" + target.getNodeName().getLocalName()
                + ">, not a <handNote>");
          }
        }
      }
      if (local.equals("graphic")) {
        String url = e.attribute("url");
        if (url != null) {
          image(e, "url", url);
        }
      }
    }
  }

  /** An image address: a web address is left alone; a file must be a sound picture inside the edition. */
  private void image(XdmNode e, String attribute, String written) {
    URI base = e.getBaseURI();
    FacsimileImage.Address address = FacsimileImage.resolve(written, base, sandbox);
    String at = "@" + attribute + " on <" + e.getNodeName().getLocalName() + ">";
    switch (address.kind()) {
      case REMOTE -> { }
      case REFUSED -> error(e, at + " is not an image address a page may load (" + shorten(written) + ")"
          + (address.why() == null ? "" : ": " + address.why())
          + "; give an http(s) address or a file of the edition: it is not published");
      case OUTSIDE -> error(e, at + " leads outside the edition's folder (" + written + "): the image is not read");
      case LOCAL -> {
        String problem = judged.computeIfAbsent(address.file(), f -> {
          String p = FacsimileImage.problem(f);
          return p == null ? "" : p;
        });
        if (!problem.isEmpty()) {
          error(e, at + ": " + problem);
        }
      }
    }
  }

  private void error(XdmNode e, String message) {
    out.accept(Diagnostic.error(fileOf(e), e.getLineNumber(), e.getColumnNumber(), NAME, message));
  }

  /** The file that holds an element: an included page file, or the document's own. */
  private Path fileOf(XdmNode e) {
    return fileOf(file, e);
  }

  static Path fileOf(Path file, XdmNode e) {
    String system = e.getUnderlyingNode().getSystemId();
    if (system != null && system.startsWith("file:")) {
      try {
        Path holder = Path.of(URI.create(system));
        return holder.equals(file.toAbsolutePath().normalize()) ? file : holder;
      } catch (IllegalArgumentException ignored) {
        // the document's own file, below
      }
    }
    return file;
  }

  private static String shorten(String written) {
    String s = written.strip();
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
