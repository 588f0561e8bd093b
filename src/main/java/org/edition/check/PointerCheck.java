package org.edition.check;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.regex.RegularExpression;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.str.StringView;
import net.sf.saxon.trans.XPathException;
import org.edition.load.FacsimileImage;

/**
 * Every pointer of a text resolves, whatever schema it declares: each token of each attribute TEI
 * types as a pointer ({@link PointerAttributes}). A private prefix the document declares
 * ({@code prefixDef}) is expanded first. Then {@code #id} names an element of the document (its
 * included files too) or an entry of the edition's registers; {@code file.xml#id} and
 * {@code file.xml} name a file of the edition that exists and, for the former, has that xml:id.
 * A web address, another scheme, a prefix the document does not declare, an XPointer and a file
 * outside the edition's folder are not judged: nothing here says whether such a thing exists.
 * Each dangling token is one error at the element that writes it, in the file that holds it. What
 * FacsimileCheck and ApparatusCheck judge (a facs, a zone's start, a hand, a witness) is left to
 * them, so that a fault is said once.
 */
final class PointerCheck {
  static final String NAME = "pointer";
  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*):(.*)$", Pattern.DOTALL);
  /** A pointer that is a bare word: no folder, no extension, no fragment. */
  private static final Pattern BARE = Pattern.compile("[^/.#?]+");
  private static final Pattern DANGEROUS = Pattern.compile("(?i)^(javascript|data|vbscript):.*");

  private final Path file;
  private final Pointers pointers;
  private final PointerTargets targets;
  private final Consumer<Diagnostic> out;
  private Path realFile;
  private final java.util.Map<URI, Path> folders = new java.util.HashMap<>();

  private PointerCheck(Path file, Pointers pointers, PointerTargets targets, Consumer<Diagnostic> out) {
    this.file = file;
    this.pointers = pointers;
    this.targets = targets;
    this.out = out;
  }

  static void check(Path file, Pointers pointers, PointerTargets targets, Consumer<Diagnostic> out) {
    new PointerCheck(file, pointers, targets, out).run();
  }

  private void run() {
    if (pointers.pointers.isEmpty()) {
      return;
    }
    boolean apparatus = pointers.elements.stream()
        .anyMatch(e -> e.getNodeName().getLocalName().equals("app") || e.attribute("edRef") != null);
    for (Pointers.Written w : pointers.pointers) {
      String local = w.element().getNodeName().getLocalName();
      if (readOtherwise(w.element(), local, w.attribute())) {
        continue;
      }
      for (String token : new LinkedHashSet<>(Pointers.tokens(w.value()))) {
        if (judgedElsewhere(w.element(), local, w.attribute(), token, apparatus)) {
          continue;
        }
        String problem = problem(w.element(), token);
        if (problem != null) {
          out.accept(Diagnostic.error(FacsimileCheck.fileOf(file, w.element()), w.element().getLineNumber(),
              w.element().getColumnNumber(), NAME, "@" + w.attribute() + " on <" + local + "> points to " + token + problem));
        }
      }
    }
  }

  /**
   * A pointer the publishers read as something else than an address: the letters before and after
   * a letter (correspContext/ref/@target) are named by a text's id ("l4", "#l4", "l4.xml"), and one
   * the edition lacks is named, not linked (xslt/common/description.xsl, f:letter-context).
   */
  private static boolean readOtherwise(XdmNode e, String local, String attribute) {
    if (!attribute.equals("target") || !local.equals("ref")) {
      return false;
    }
    XdmNode parent = e.getParent();
    return parent != null && parent.getNodeName() != null && parent.getNodeName().getLocalName().equals("correspContext");
  }

  /** What FacsimileCheck and ApparatusCheck say of a pointer already (each fault is said once). */
  private static boolean judgedElsewhere(XdmNode e, String local, String attribute, String token, boolean apparatus) {
    boolean here = token.startsWith("#");
    return switch (attribute) {
      case "facs" -> here || FacsimileImage.namesPicture(token) || DANGEROUS.matcher(token).matches();
      case "start" -> here && (local.equals("zone") || local.equals("line") || local.equals("surface"));
      case "hand" -> here;
      case "new" -> here && e.attribute("hand") == null;
      case "url" -> local.equals("graphic");
      case "wit", "edRef" -> here && apparatus;
      case "source" -> here && apparatus && (local.equals("rdg") || local.equals("lem"));
      default -> false;
    };
  }

  /** Why a token leads nowhere (the end of the message), or null if it resolves or cannot be judged. */
  private String problem(XdmNode e, String token) {
    String pointer = token;
    String expanded = "";
    Matcher scheme = SCHEME.matcher(token);
    if (scheme.matches()) {
      List<XdmNode> defs = prefixDefs(scheme.group(1));
      if (defs.isEmpty()) {
        // a web address, another scheme, or a prefix declared elsewhere: not judged here
        return null;
      }
      Expansion expansion = expand(defs, scheme.group(2));
      if (expansion.unreadable()) {
        return null;
      }
      if (expansion.uri() == null) {
        return ", which no <prefixDef ident=\"" + scheme.group(1) + "\"> of the document matches (matchPattern \""
            + defs.get(0).attribute("matchPattern") + "\")";
      }
      pointer = expansion.uri().strip();
      expanded = " (expanded by its prefixDef to " + pointer + ")";
      if (pointer.isEmpty() || SCHEME.matcher(pointer).matches()) {
        return null;
      }
    }
    String problem = pointer.startsWith("#") ? local(pointer.substring(1)) : inFile(e, pointer);
    return problem == null ? null : expanded + problem;
  }

  private String local(String fragment) {
    String id = decode(fragment);
    if (id.isEmpty()) {
      return ": an empty fragment (#) names no element";
    }
    if (id.contains("(")) {
      // an XPointer scheme (xpath(), range(), string-range(), ...): not judged
      return null;
    }
    if (pointers.ids.containsKey(id) || targets.registerIds().contains(id) || pointers.includesLeft) {
      // (an include that failed is reported as such: what it would have brought is not known)
      return null;
    }
    return ": no element has xml:id=\"" + id + "\" in this document"
        + (targets.registerIds().isEmpty() ? "" : " nor among the entries of the edition's registers");
  }

  private String inFile(XdmNode e, String pointer) {
    int hash = pointer.indexOf('#');
    String path = hash < 0 ? pointer : pointer.substring(0, hash);
    String fragment = hash < 0 ? null : decode(pointer.substring(hash + 1));
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    String named = decode(path);
    if (path.isEmpty() || named.startsWith("//")) {
      return null;
    }
    Path folder = folderOf(e.getBaseURI());
    if (folder == null) {
      // an xml:base elsewhere (a web address): the pointer leads there, not judged
      return null;
    }
    Path target;
    try {
      target = folder.resolve(named.replace('\\', '/')).normalize();
    } catch (java.nio.file.InvalidPathException e1) {
      return null;
    }
    if (!targets.inEdition(target)) {
      // outside the edition: whether it exists is not said
      return null;
    }
    // a link is not followed: what it leads to may lie outside the edition
    if (!Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      if (fragment == null && BARE.matcher(named).matches()) {
        // a name or a key where TEI reads an address
        return pointers.ids.containsKey(named)
            ? ": there is no file " + named + " beside the document; the element with xml:id=\"" + named + "\" is #" + named
            : ": there is no file " + named + " beside the document (without #, a pointer is the address of a file)";
      }
      return ": the file " + named + " does not exist";
    }
    if (fragment == null || fragment.isEmpty() || fragment.contains("(") || !Files.isRegularFile(target)) {
      return null;
    }
    if (isDocument(target)) {
      return pointers.ids.containsKey(fragment) || pointers.includesLeft ? null
          : ": no element has xml:id=\"" + fragment + "\" in this document";
    }
    String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".xml") && !name.endsWith(".tei")) {
      return null;
    }
    PointerTargets.Known known = targets.file(target);
    if (known.problem() != null) {
      return ": " + named + " " + known.problem();
    }
    return known.ids() == null || known.ids().contains(fragment) ? null
        : ": no element has xml:id=\"" + fragment + "\" in " + named;
  }

  /** The folder relative pointers start from: that of a file base URI (or the folder it names), else null. */
  private Path folderOf(URI base) {
    if (base == null || !"file".equals(base.getScheme())) {
      return null;
    }
    return folders.computeIfAbsent(base, b -> {
      try {
        Path named = Path.of(b).toAbsolutePath().normalize();
        return b.getPath() != null && b.getPath().endsWith("/") ? named : named.getParent();
      } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
        return null;
      }
    });
  }

  /** Whether a file is the document checked (a text may name itself: texte.xml#p3). */
  private boolean isDocument(Path target) {
    try {
      if (realFile == null) {
        realFile = file.toRealPath();
      }
      return target.toRealPath().equals(realFile);
    } catch (IOException e) {
      return false;
    }
  }

  private List<XdmNode> prefixDefs(String ident) {
    List<XdmNode> found = new ArrayList<>();
    for (XdmNode def : pointers.prefixDefs) {
      if (ident.equals(def.attribute("ident"))) {
        found.add(def);
      }
    }
    return found;
  }

  /**
   * What a private URI expands to: the first of its prefix's definitions whose matchPattern
   * matches the part after the colon gives it, by replace() with its replacementPattern (XPath
   * regular expressions, as the TEI Guidelines and their stylesheets read them).
   *
   * @param uri the expansion, or null when no definition matches
   * @param unreadable a definition cannot be read (no pattern, or not an XPath regular expression)
   */
  private record Expansion(String uri, boolean unreadable) {}

  private static Expansion expand(List<XdmNode> defs, String locator) {
    for (XdmNode def : defs) {
      String match = def.attribute("matchPattern");
      String replacement = def.attribute("replacementPattern");
      if (match == null || replacement == null) {
        return new Expansion(null, true);
      }
      try {
        RegularExpression regex = def.getUnderlyingNode().getConfiguration()
            .compileRegularExpression(StringView.of(match), "", "XP30", null);
        if (regex.containsMatch(StringView.of(locator))) {
          return new Expansion(regex.replace(StringView.of(locator), StringView.of(replacement)).toString(), false);
        }
      } catch (XPathException | RuntimeException e) {
        return new Expansion(null, true);
      }
    }
    return new Expansion(null, false);
  }

  /** A URI's %XX escapes decoded (UTF-8); a malformed one is left as written. */
  private static String decode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    try {
      return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
