package org.edition.check;

import java.nio.file.Path;
import net.sf.saxon.s9api.XdmNode;

/** A TEI file that parsed: its path and its tree, with line numbers on every node. */
public record ParsedFile(Path path, XdmNode tree) {}
