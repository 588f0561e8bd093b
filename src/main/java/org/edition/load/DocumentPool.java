package org.edition.load;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;

/**
 * The one source of documents of a run: each file is parsed once, by the check stage (whose parse
 * also feeds the grammars), and that tree is what the Schematron rules open with {@code doc()},
 * what the registers are read from and what every publisher renders. A tree is kept while its
 * file keeps its size and time; it is held softly, so that a run short of memory drops trees and
 * parses them again rather than failing.
 */
public final class DocumentPool {
  private record Kept(long size, long modified, SoftReference<XdmNode> tree) {}

  private final XmlParsing parsing;
  private final Path sandbox;
  private final Map<Path, Kept> kept = new ConcurrentHashMap<>();

  /** @param sandbox the folder includes may be read from (see {@link XmlParsing#tree}) */
  public DocumentPool(XmlParsing parsing, Path sandbox) {
    this.parsing = parsing;
    this.sandbox = sandbox;
  }

  public Path sandbox() {
    return sandbox;
  }

  /** Keeps the tree just parsed from {@code file}, as the file is now. */
  public void offer(Path file, XdmNode tree) {
    long[] stamp = stamp(file);
    if (stamp != null) {
      kept.put(key(file), new Kept(stamp[0], stamp[1], new SoftReference<>(tree)));
    }
  }

  /** The tree of {@code file} if one is kept and the file has not changed since. */
  public XdmNode kept(Path file) {
    Kept k = kept.get(key(file));
    if (k == null) {
      return null;
    }
    long[] stamp = stamp(file);
    XdmNode tree = k.tree().get();
    return stamp != null && stamp[0] == k.size() && stamp[1] == k.modified() ? tree : null;
  }

  /**
   * The tree of {@code file}: the kept one, else parsed now (includes resolved inside the
   * sandbox; if one fails, the document as written) and kept.
   */
  public XdmNode tree(Path file) throws IOException {
    XdmNode tree = kept(file);
    if (tree != null) {
      return tree;
    }
    try {
      tree = parsing.tree(file, sandbox, XmlParsing.SILENT);
    } catch (SaxonApiException e) {
      try {
        // an include that failed was reported by the check stage; the text is read without it
        tree = parsing.tree(file, null, XmlParsing.SILENT);
      } catch (SaxonApiException again) {
        throw new IOException("cannot read " + file + " (did it change during the build?): " + again.getMessage(), again);
      }
    }
    offer(file, tree);
    return tree;
  }

  private static Path key(Path file) {
    return file.toAbsolutePath().normalize();
  }

  /** A file's size and modification time (milliseconds), or null when it cannot be read. */
  public static long[] stamp(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return new long[] {a.size(), a.lastModifiedTime().toMillis()};
    } catch (IOException e) {
      return null;
    }
  }
}
