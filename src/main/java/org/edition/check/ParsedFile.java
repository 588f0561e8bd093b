package org.edition.check;

import java.nio.file.Path;
import net.sf.saxon.s9api.XdmNode;

/**
 * A TEI file that parsed: its path and its tree, with line numbers on every node.
 *
 * @param asWritten whether the tree is the document as written, its includes left unresolved
 *     because one failed
 */
public record ParsedFile(Path path, XdmNode tree, boolean asWritten) {
  public ParsedFile(Path path, XdmNode tree) {
    this(path, tree, false);
  }
}
