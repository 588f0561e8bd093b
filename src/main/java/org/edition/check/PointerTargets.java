package org.edition.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Predicates;
import net.sf.saxon.s9api.streams.Steps;
import org.edition.load.DocumentPool;
import org.edition.load.XmlParsing;

/**
 * What a pointer may lead to outside its own document: the entries of the edition's registers
 * (the xml:ids kept in a standOff, a list or a taxonomy of any file of the run, which a local
 * {@code #id} of a text may name, as the publishers read it), and the other files of the edition,
 * each read once (from the run's pool of trees) for its xml:ids.
 */
final class PointerTargets {
  private static final QName XML_ID = new QName("http://www.w3.org/XML/1998/namespace", "id");

  /**
   * A file of the edition as a pointer finds it: its ids (null when an include of it failed, so
   * that they are not all known), or why they cannot be read.
   */
  record Known(long size, long modified, Set<String> ids, String problem) {}

  private final XmlParsing parsing;
  private final Path sandbox;
  private volatile DocumentPool pool;
  private volatile Set<String> registerIds = Set.of();
  private final java.util.Map<Path, Known> files = new ConcurrentHashMap<>();
  /** The real path of each folder a pointer leads into, for a run: pointers are many, folders few. */
  private final java.util.Map<Path, Path> realFolders = new ConcurrentHashMap<>();

  PointerTargets(XmlParsing parsing, Path sandbox) {
    this.parsing = parsing;
    this.sandbox = sandbox;
  }

  Path sandbox() {
    return sandbox;
  }

  void usePool(DocumentPool pool) {
    this.pool = pool;
  }

  /** The xml:ids of the register entries of the run's files (see {@link #entriesOf}). */
  void useRegisterIds(Set<String> ids) {
    registerIds = Set.copyOf(ids);
    realFolders.clear();
  }

  /**
   * Whether a file would be inside the edition's folder (the sandbox), its links followed as far
   * as it exists: what lies outside is not judged.
   */
  boolean inEdition(Path file) {
    Path folder = file.getParent();
    if (folder == null) {
      return false;
    }
    Path real = realFolders.computeIfAbsent(folder, PointerTargets::realAsFarAsItExists);
    return real.resolve(file.getFileName()).normalize().startsWith(sandbox);
  }

  private static Path realAsFarAsItExists(Path path) {
    Path existing = path;
    while (existing != null && !Files.isDirectory(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return path;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(path)).normalize();
    } catch (IOException e) {
      return path;
    }
  }

  Set<String> registerIds() {
    return registerIds;
  }

  /**
   * Whether an element with an xml:id is one a pointer of another file may name without its file:
   * inside a standOff, a list (listPerson, listPlace, listBibl, listWit, list, ...) or a taxonomy.
   */
  static boolean isEntry(XdmNode e) {
    for (XdmNode up = e.getParent(); up != null; up = up.getParent()) {
      if (up.getNodeName() == null) {
        continue;
      }
      String local = up.getNodeName().getLocalName();
      if (local.equals("standOff") || local.startsWith("list") || local.equals("taxonomy")) {
        return true;
      }
    }
    return false;
  }

  /** A file of the edition (inside the sandbox, existing, named .xml), read for its ids. */
  Known file(Path file) {
    long[] stamp = org.edition.load.DocumentPool.stamp(file);
    Known known = files.get(file);
    if (known != null && stamp != null && known.size() == stamp[0] && known.modified() == stamp[1]) {
      return known;
    }
    Known read = read(file, stamp);
    files.put(file, read);
    return read;
  }

  private Known read(Path file, long[] stamp) {
    long size = stamp == null ? -1 : stamp[0];
    long modified = stamp == null ? -1 : stamp[1];
    if (!org.edition.load.Sandbox.containsFile(sandbox, file)) {
      // a link to a file outside the edition: not read, not judged
      return new Known(size, modified, null, null);
    }
    XdmNode tree;
    try {
      DocumentPool documents = pool;
      if (documents != null) {
        tree = documents.tree(file);
      } else {
        try {
          tree = parsing.tree(file, sandbox, XmlParsing.SILENT);
        } catch (SaxonApiException e) {
          tree = parsing.tree(file, null, XmlParsing.SILENT);
        }
      }
    } catch (IOException | SaxonApiException | RuntimeException e) {
      return new Known(size, modified, Set.of(), "it cannot be read as XML");
    }
    Set<String> ids = new HashSet<>();
    boolean[] includesLeft = {false};
    tree.select(Steps.descendant(Predicates.isElement())).forEach(e -> {
      String id = e.getAttributeValue(XML_ID);
      if (id != null) {
        ids.add(id.strip());
      }
      includesLeft[0] |= Pointers.failedInclude(e);
    });
    // an include of that file failed: its ids are not all known, none is judged missing
    return new Known(size, modified, includesLeft[0] ? null : ids, null);
  }
}
