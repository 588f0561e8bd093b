package org.edition.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Predicates;
import net.sf.saxon.s9api.streams.Steps;
import org.edition.check.Diagnostic;
import org.edition.check.EditionValidator;
import org.edition.load.Fingerprint;
import org.edition.load.TeiDocument;

/**
 * The check stage of a build: every file's diagnostics, and what the later stages need to know of
 * it, taken from the last build when nothing it depends on changed.
 *
 * <p>A file's diagnostics depend on its bytes, the schemas, and, through the cross-file rules
 * (every pointer resolves; every register entry is used), on the xml:ids and pointers of the other
 * files. Correcting a word in one text therefore checks that text alone; adding an xml:id or a
 * {@code @ref} checks them all again.
 */
final class CheckStage {
  private static final List<String> REGISTER_HINTS =
      List.of("listPerson", "listPlace", "listOrg", "listBibl");
  private static final String XINCLUDE = "http://www.w3.org/2001/XInclude";
  private static final QName XML_ID = new QName("http://www.w3.org/XML/1998/namespace", "id");
  private static final List<QName> POINTERS =
      List.of(new QName("ref"), new QName("target"), new QName("corresp"), new QName("who"), new QName("resp"));

  private final Supplier<EditionValidator> validator;
  private final String schemasKey;
  private final Progress progress;
  private final Map<Path, String> schemaFileKeys = new ConcurrentHashMap<>();
  private final java.util.Set<Path> registerFiles = ConcurrentHashMap.newKeySet();
  private final Map<Path, FileStamps.Stamp> previousStamps;
  private Map<Path, FileStamps.Stamp> stamps = Map.of();
  private int checkedNow;

  /**
   * @param validator the validator, made (schemas loaded) only if some file needs checking
   * @param schemasKey fingerprint of the tool and the project's schemas
   * @param previousStamps what the last build read of each file
   */
  CheckStage(Supplier<EditionValidator> validator, String schemasKey, Progress progress,
      Map<Path, FileStamps.Stamp> previousStamps) {
    this.previousStamps = previousStamps;
    this.validator = validator;
    this.schemasKey = schemasKey;
    this.progress = progress;
  }

  /** How many files the last {@link #run} checked rather than took from the last build. */
  int checkedNow() {
    return checkedNow;
  }

  /**
   * Every file checked, in the order given, reusing {@code previous} findings where valid.
   *
   * @param onChange told, before the checking starts, that some file changed (so that the
   *     stylesheets can be compiled meanwhile)
   */
  List<CheckedFile> run(List<Path> files, Map<Path, CheckedFile> previous, Parallel parallel, Runnable onChange)
      throws IOException, org.edition.transform.StylesheetException {
    progress.stage("validate", files.size());
    Map<Path, String> contentKeys = contentKeys(files, parallel);
    Map<Path, CheckedFile> result = new ConcurrentHashMap<>();
    List<Path> toCheck = new ArrayList<>();
    for (Path file : files) {
      CheckedFile before = previous.get(file);
      if (before != null && before.contentKey().equals(contentKeys.get(file))) {
        result.put(file, before);
      } else {
        toCheck.add(file);
      }
    }
    if (!toCheck.isEmpty()) {
      onChange.run();
    }
    // Every file to check is parsed before any rule runs: the rules open other files' trees
    // (doc(), collection()), which are then there. Which unchanged files must be checked again
    // (their rules read pointers that changed) is known from the parsed trees, before any rule.
    Map<Path, EditionValidator.Grammared> parsed = parseAll(toCheck, parallel);
    Map<Path, Links> linksNow = new HashMap<>();
    for (Path file : toCheck) {
      linksNow.put(file, linksOf(parsed.get(file)));
    }
    String links = linksKey(files, p -> linksNow.containsKey(p) ? linksNow.get(p).key() : result.get(p).links());
    List<Path> stale = new ArrayList<>();
    for (Path file : files) {
      if (!linksNow.containsKey(file)) {
        CheckedFile c = result.get(file);
        if (!diagnosticsKey(c, links).equals(c.diagnosticsKey())) {
          stale.add(file);
        } else {
          progress.step();
        }
      }
    }
    parsed.putAll(parseAll(stale, parallel));
    List<Path> all = new ArrayList<>(toCheck);
    all.addAll(stale);
    if (!all.isEmpty()) {
      // A text's local pointer may name an entry of any file's registers: every file's, read
      // from its tree now or from the last build.
      java.util.Set<String> entries = new java.util.HashSet<>();
      for (Path file : files) {
        entries.addAll(linksNow.containsKey(file) ? linksNow.get(file).entries() : result.get(file).entries());
      }
      validator.get().useRegisterEntries(entries);
    }
    // Register files first: their rules read every file of the edition, the longest single task,
    // which would otherwise run alone at the end.
    all.sort(java.util.Comparator.comparing((Path f) -> !registerFiles.contains(f)));
    Map<Path, CheckedFile> checked = new ConcurrentHashMap<>();
    parallel.forEach(all, file -> {
      checked.put(file, check(file, contentKeys.get(file), validator.get().applyRules(parsed.remove(file)),
          // a stale file's content, and so its links, are those of the last build
          linksNow.containsKey(file) ? linksNow.get(file) : new Links(result.get(file).links(), result.get(file).entries())));
      progress.step();
    });
    checked.forEach((file, c) -> result.put(file, c.withDiagnosticsKey(diagnosticsKey(c, links))));
    checkedNow = toCheck.size() + stale.size();
    progress.done();
    return files.stream().map(result::get).toList();
  }

  private Map<Path, String> contentKeys(List<Path> files, Parallel parallel)
      throws IOException, org.edition.transform.StylesheetException {
    Map<Path, FileStamps.Stamp> stamps = new ConcurrentHashMap<>();
    parallel.forEach(files, file -> {
      long[] now = FileStamps.now(file);
      FileStamps.Stamp before = previousStamps.get(file);
      if (now != null && before != null && before.size() == now[0] && before.modified() == now[1]) {
        stamps.put(file, before);
        return;
      }
      byte[] bytes;
      try {
        bytes = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
      } catch (IOException e) {
        bytes = new byte[0];
      }
      String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
      // what may hold a register entry (TeiDocument.isRegisterEntry), prefixed or not: a cheap
      // superset, read before the file is parsed
      boolean registers = REGISTER_HINTS.stream().anyMatch(text::contains);
      stamps.put(file, new FileStamps.Stamp(now == null ? -1 : now[0], now == null ? -1 : now[1],
          Fingerprint.of(bytes), text.contains(XINCLUDE), registers, FileStamps.imagesNamed(file, text)));
    });
    this.stamps = stamps;
    stamps.forEach((file, stamp) -> {
      if (stamp.registers()) {
        registerFiles.add(file);
      }
    });
    // A file that includes others changes with them: it takes the fingerprint of every file.
    Fingerprint all = Fingerprint.start();
    Map<Path, String> own = new HashMap<>();
    for (Path file : files) {
      own.put(file, withImages(stamps.get(file)));
    }
    files.forEach(f -> all.add(f.toString()).add(own.get(f)));
    String edition = all.hex();
    Map<Path, String> keys = new HashMap<>();
    for (Path file : files) {
      FileStamps.Stamp stamp = stamps.get(file);
      keys.put(file, stamp.includes() ? Fingerprint.of(own.get(file), edition) : own.get(file));
    }
    return keys;
  }

  /**
   * A file's fingerprint with the size and time of each image it names: a page whose image was
   * replaced is made again (the tiles follow the picture's content, see the site's LocalImages).
   */
  private static String withImages(FileStamps.Stamp stamp) {
    if (stamp.images().isEmpty()) {
      return stamp.key();
    }
    Fingerprint key = Fingerprint.start().add(stamp.key());
    for (String image : stamp.images()) {
      long[] now = FileStamps.now(Path.of(image));
      key.add(image).add(now == null ? "missing" : now[0] + "/" + now[1]);
    }
    return key.hex();
  }

  /** What was read of each file, for the next build. */
  Map<Path, FileStamps.Stamp> stamps() {
    return stamps;
  }

  /** Each file parsed once, its grammars listening (see EditionValidator#parseAndValidate). */
  private Map<Path, EditionValidator.Grammared> parseAll(List<Path> files, Parallel parallel)
      throws IOException, org.edition.transform.StylesheetException {
    Map<Path, EditionValidator.Grammared> parsed = new ConcurrentHashMap<>();
    parallel.forEach(files, file -> parsed.put(file, validator.get().parseAndValidate(file)));
    return parsed;
  }

  /**
   * What other files' checks read of a file: the fingerprint of its xml:ids and pointers, and the
   * xml:ids of its register entries.
   */
  record Links(String key, List<String> entries) {}

  private Links linksOf(EditionValidator.Grammared parsed) {
    try {
      XdmNode tree = validator.get().tree(parsed);
      return tree == null ? new Links("none", List.of()) : links(tree);
    } catch (IOException e) {
      return new Links("none", List.of());
    }
  }

  /** @param links the fingerprint of its xml:ids and pointers, taken from its tree before the rules */
  private CheckedFile check(Path file, String contentKey, EditionValidator.Checked checked, Links links) {
    List<Diagnostic> diagnostics = checked.diagnostics();
    if (checked.tei() == null) {
      return new CheckedFile(file, contentKey, false, false, false, "", "", "none", List.of(), "", diagnostics);
    }
    TeiDocument doc = TeiDocument.of(file, checked.tei().tree());
    XdmNode root = doc.tree().select(Steps.child(Predicates.isElement())).findFirst().orElseThrow();
    String rootId = root.getAttributeValue(XML_ID);
    List<Path> ownSchemas = checked.ownSchemas().stream()
        .filter(u -> "file".equals(u.getScheme())).map(Path::of).toList();
    return new CheckedFile(file, contentKey, true, doc.hasText(), doc.hasRegisters(),
        rootId == null ? "" : rootId, doc.language(), links.key(), ownSchemas, "", diagnostics, links.entries());
  }

  /** The fingerprint of a file's xml:ids and pointers, in document order, and its register entries. */
  private static Links links(XdmNode tree) {
    Fingerprint f = Fingerprint.start();
    java.util.Set<String> entries = new java.util.TreeSet<>();
    tree.select(Steps.descendant(Predicates.isElement())).forEach(e -> {
      String id = e.getAttributeValue(XML_ID);
      if (id != null) {
        f.add("#").add(id);
        if (EditionValidator.isRegisterEntry(e)) {
          entries.add(id.strip());
        }
      }
      for (QName pointer : POINTERS) {
        String value = e.getAttributeValue(pointer);
        if (value != null) {
          f.add(pointer.getLocalName()).add(value);
        }
      }
    });
    return new Links(f.hex(), List.copyOf(entries));
  }

  private static String linksKey(List<Path> files, java.util.function.Function<Path, String> links) {
    Fingerprint f = Fingerprint.start();
    new TreeSet<>(files).forEach(p -> f.add(p.toString()).add(links.apply(p)));
    return f.hex();
  }

  private String diagnosticsKey(CheckedFile c, String links) {
    Fingerprint f = Fingerprint.start().add(c.contentKey()).add(schemasKey).add(links);
    for (Path schema : c.ownSchemas()) {
      f.add(schema.toString()).add(schemaFileKeys.computeIfAbsent(schema, CheckStage::fileKey));
    }
    return f.hex();
  }

  private static String fileKey(Path file) {
    try {
      return Fingerprint.ofFile(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
