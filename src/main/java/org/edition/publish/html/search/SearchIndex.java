package org.edition.publish.html.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The website's search index (the folder {@code search/}), kept up to date in the build's cache
 * and linked into each site.
 *
 * <p>The index is a base segment over the texts as they were when it was last made in full, and
 * a small delta segment over the texts changed or added since, with the numbers of the base's
 * texts that no longer count: a changed text rewrites the delta, the list and its own snippet
 * files, never the base's shards. When the delta outgrows {@value #DELTA_SHARE} of the base
 * (in bytes) and {@value #SMALL_DELTA} bytes, the base is made again over every text. A text keeps its number as long as it is
 * in the edition, so that its snippet files keep their names and bytes.
 */
public final class SearchIndex {
  static final double DELTA_SHARE = 0.04;
  /** A delta a query reads in a moment whatever the base: a small edition keeps one too. */
  static final long SMALL_DELTA = 64 * 1024;
  /** The form of the files and of the state; another makes the index again in full. */
  static final String VERSION = "search-1";
  private static final String STATE = "state.tsv";

  /**
   * What one build of the index did.
   *
   * @param unreadable the files of records that could not be read, with why: their texts are
   *     left out of the index, the others are in it
   */
  public record Outcome(List<String> files, boolean full, long bytes, Map<Path, String> unreadable) {
  }

  private final Path cache;
  private final long smallDelta;

  /** @param cache the folder the index is kept in between builds (the build's cache) */
  public SearchIndex(Path cache) {
    this(cache, SMALL_DELTA);
  }

  /** With another size under which a delta is always kept (the tests' small corpora). */
  SearchIndex(Path cache, long smallDelta) {
    this.cache = cache;
    this.smallDelta = smallDelta;
  }

  private record Known(String key, int number, String fingerprint, int chunks, boolean inBase) {
  }

  /**
   * Brings the index up to date with these records (each text's file, and the registers'
   * records), and links it into {@code site}/search. Only the records of texts new or changed
   * since the last build are read, unless the base is made again; then one text at a time.
   */
  public Outcome update(List<Path> textRecords, byte[] registerRecords, Path site) throws IOException {
    Path mirror = cache.resolve("site");
    Map<String, Known> known = new LinkedHashMap<>();
    Map<String, String> stateValues = new HashMap<>();
    readState(known, stateValues);
    Map<String, String> keyByFingerprint = new HashMap<>();
    known.values().forEach(k -> keyByFingerprint.put(k.fingerprint(), k.key()));

    // Every current text by key, with its fingerprint; only those not known as they are are read.
    Map<String, String> fingerprints = new LinkedHashMap<>();
    Map<String, Path> fileOf = new HashMap<>();
    Map<String, TextRecord> read = new HashMap<>();
    Map<Path, String> unreadable = new LinkedHashMap<>();
    for (Path file : textRecords) {
      if (!Files.isRegularFile(file) || Files.size(file) == 0) {
        continue;
      }
      byte[] bytes = Files.readAllBytes(file);
      String fingerprint = org.edition.load.Fingerprint.of(bytes);
      String key = keyByFingerprint.get(fingerprint);
      if (key != null && !fingerprints.containsKey(key)) {
        fingerprints.put(key, fingerprint);
        fileOf.put(key, file);
        continue;
      }
      List<TextRecord> records;
      try {
        records = TextRecord.read(new java.io.ByteArrayInputStream(bytes), file.toString());
      } catch (IOException e) {
        // one text's records that cannot be read leave that text out, not the search of the others
        unreadable.put(file, e.getMessage());
        continue;
      }
      for (TextRecord record : records) {
        fingerprints.put(record.key(), fingerprint);
        fileOf.put(record.key(), file);
        read.put(record.key(), record);
      }
    }
    Map<String, TextRecord> entries = new HashMap<>();
    for (TextRecord record : TextRecord.read(new java.io.ByteArrayInputStream(registerRecords), "the registers")) {
      String key = "entry:" + record.key();
      TextRecord entry = new TextRecord(key, record.url(), record.title(), record.date(), record.dateLabel(),
          record.kind(), record.lang(), record.facets(), record.passages());
      String fingerprint = org.edition.load.Fingerprint.of(entry.toString());
      fingerprints.put(key, fingerprint);
      entries.put(key, entry);
      Known before = known.get(key);
      if (before == null || !before.fingerprint().equals(fingerprint)) {
        read.put(key, entry);
      }
    }

    Set<String> changed = new TreeSet<>();
    for (Map.Entry<String, String> text : fingerprints.entrySet()) {
      Known before = known.get(text.getKey());
      if (before == null || !before.fingerprint().equals(text.getValue()) || !before.inBase()) {
        changed.add(text.getKey());
      }
    }
    Set<String> gone = new TreeSet<>(known.keySet());
    gone.removeAll(fingerprints.keySet());
    // a text in the delta since an earlier build is read again: the delta is made anew
    for (String key : changed) {
      if (!read.containsKey(key)) {
        read.put(key, recordOf(key, read, entries, fileOf));
      }
    }

    // Numbers: kept; new texts take the next ones, in date order.
    int next = Integer.parseInt(stateValues.getOrDefault("next", "0"));
    Map<String, Integer> numbers = new HashMap<>();
    for (String key : fingerprints.keySet()) {
      Known before = known.get(key);
      if (before != null) {
        numbers.put(key, before.number());
      }
    }
    List<TextRecord> fresh = read.values().stream().filter(r -> !numbers.containsKey(r.key()))
        .sorted(Comparator.comparing((TextRecord r) -> r.date() == null ? "~" : r.date()).thenComparing(TextRecord::key)).toList();
    for (TextRecord r : fresh) {
      numbers.put(r.key(), next++);
    }

    // A delta when the base is there and what changed is small; else the base made again.
    long baseCharacters = Long.parseLong(stateValues.getOrDefault("base-characters", "0"));
    long changedCharacters = changed.stream().mapToLong(k -> read.get(k).characters()).sum();
    boolean full = !VERSION.equals(stateValues.get("version")) || !Files.isDirectory(mirror.resolve("b"))
        || changedCharacters > Math.max(DELTA_SHARE * baseCharacters, smallDelta);
    Map<String, String> deltaFiles = new LinkedHashMap<>();
    Segment.Written delta = null;
    if (!full) {
      Segment segment = Segment.named("d");
      for (String key : byNumber(changed, numbers)) {
        segment.add(new Segment.Numbered(numbers.get(key), read.get(key)));
      }
      delta = segment.finish(deltaFiles::put);
      full = delta.bytes() > Math.max(DELTA_SHARE * Long.parseLong(stateValues.getOrDefault("base-bytes", "0")), smallDelta);
    }
    Files.createDirectories(mirror);
    Set<Integer> deleted = new TreeSet<>();
    Map<String, Known> now = new LinkedHashMap<>();
    long written = 0;
    Segment.Written base;
    if (full) {
      // the old base is of no use from here: a build that stops before the end makes it again
      Files.deleteIfExists(cache.resolve(STATE));
      deleteTree(mirror.resolve("b"));
      Segment segment = Segment.named("b");
      long[] bytes = {0};
      long characters = 0;
      for (String key : byNumber(fingerprints.keySet(), numbers)) {
        TextRecord record = recordOf(key, read, entries, fileOf);
        int number = numbers.get(key);
        segment.add(new Segment.Numbered(number, record));
        characters += record.characters();
        written += writeSnippets(mirror, record, number, known.get(key));
        now.put(key, new Known(key, number, fingerprints.get(key), Segment.chunks(record).size(), true));
      }
      base = segment.finish((name, data) -> bytes[0] += writeIfChanged(mirror.resolve(name + ".js"), Json.script(name, data)));
      written += bytes[0];
      delta = Segment.named("d").finish(deltaFiles::put);
      stateValues.put("base-bytes", String.valueOf(base.bytes()));
      stateValues.put("base-characters", String.valueOf(characters));
    } else {
      for (String n : stateValues.getOrDefault("deleted", "").split(",")) {
        if (!n.isEmpty()) {
          deleted.add(Integer.parseInt(n));
        }
      }
      for (String key : fingerprints.keySet()) {
        Known before = known.get(key);
        boolean again = changed.contains(key);
        int chunks = again ? Segment.chunks(read.get(key)).size() : before.chunks();
        now.put(key, new Known(key, numbers.get(key), fingerprints.get(key), chunks, !again && before.inBase()));
        if (again && before != null && before.inBase()) {
          deleted.add(before.number());
        }
        if (again) {
          written += writeSnippets(mirror, read.get(key), numbers.get(key), before);
        }
      }
      for (String key : gone) {
        if (known.get(key).inBase()) {
          deleted.add(known.get(key).number());
        }
      }
      base = readBase(stateValues);
    }
    for (String key : gone) {
      Known k = known.get(key);
      for (int c = 0; c < k.chunks(); c++) {
        Files.deleteIfExists(mirror.resolve(snippetName(k.number(), c) + ".js"));
      }
    }
    deleteTree(mirror.resolve("d"));
    for (Map.Entry<String, String> file : deltaFiles.entrySet()) {
      written += writeIfChanged(mirror.resolve(file.getKey() + ".js"), Json.script(file.getKey(), file.getValue()));
    }
    written += writeIfChanged(mirror.resolve("index.js"), Json.script("index", meta(base, delta, deleted, now.size())));
    stateValues.put("version", VERSION);
    stateValues.put("next", String.valueOf(next));
    stateValues.put("base-documents", String.valueOf(base.documents()));
    stateValues.put("base-shards", String.join("\u0001", base.shardStarts()));
    stateValues.put("base-facets", String.join(",", base.facets()));
    stateValues.put("deleted", String.join(",", deleted.stream().map(String::valueOf).toList()));
    writeState(now, stateValues);
    List<String> linked = linkInto(mirror, site.resolve("search"));
    return new Outcome(linked, full, written, unreadable);
  }

  private static List<String> byNumber(java.util.Collection<String> keys, Map<String, Integer> numbers) {
    return keys.stream().sorted(Comparator.comparingInt(numbers::get)).toList();
  }

  /** A text's records: read in this build, a register's entry, else read again from its file. */
  private static TextRecord recordOf(String key, Map<String, TextRecord> read, Map<String, TextRecord> entries,
      Map<String, Path> fileOf) throws IOException {
    TextRecord known = read.getOrDefault(key, entries.get(key));
    return known != null ? known : reread(fileOf.get(key), key);
  }

  private static TextRecord reread(Path file, String key) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      for (TextRecord r : TextRecord.read(in, file.toString())) {
        if (r.key().equals(key)) {
          return r;
        }
      }
    }
    throw new IllegalStateException("the search records of " + key + " are gone from " + file);
  }

  /** A text's snippet files (those it no longer has removed); the bytes written. */
  private static long writeSnippets(Path mirror, TextRecord record, int number, Known before) throws IOException {
    List<int[]> chunks = Segment.chunks(record);
    long written = 0;
    for (int c = 0; c < chunks.size(); c++) {
      String name = snippetName(number, c);
      written += writeIfChanged(mirror.resolve(name + ".js"), Json.script(name, snippet(record, chunks.get(c))));
    }
    if (before != null) {
      for (int c = chunks.size(); c < before.chunks(); c++) {
        Files.deleteIfExists(mirror.resolve(snippetName(number, c) + ".js"));
      }
    }
    return written;
  }

  /**
   * Makes an index from scratch from a folder of search records (a build's
   * .edition-cache/extracts): the benchmark's measure of the index alone. Arguments: the records'
   * folder, a folder to write the index in.
   */
  public static void main(String[] args) throws IOException {
    List<Path> records;
    try (Stream<Path> files = Files.list(Path.of(args[0]))) {
      records = files.filter(f -> f.toString().endsWith(".search.xml")).sorted().toList();
    }
    Path out = Path.of(args[1]);
    Outcome made = new SearchIndex(out.resolve("cache")).update(records, "<texts/>".getBytes(StandardCharsets.UTF_8), out.resolve("site"));
    System.out.println(records.size() + " texts, " + made.files().size() + " files, " + made.bytes() + " bytes");
  }

  static String snippetName(int number, int chunk) {
    return "s/" + (number / 100) + "/" + number + "-" + chunk;
  }

  /** A chunk's passages, with its text's title, date and kind: what a result shows of it. */
  private static String snippet(TextRecord record, int[] chunk) {
    StringBuilder passages = new StringBuilder("[");
    for (int i = chunk[0]; i < chunk[1]; i++) {
      TextRecord.Passage p = record.passages().get(i);
      if (i > chunk[0]) {
        passages.append(',');
      }
      passages.append('[').append(Json.string(p.anchor())).append(',').append(Json.string(p.where())).append(',')
          .append(Json.string(p.text())).append(']');
    }
    passages.append(']');
    return "{\"t\":" + Json.string(record.title()) + ",\"u\":" + Json.string(record.url())
        + (record.dateLabel() == null ? "" : ",\"d\":" + Json.string(record.dateLabel()))
        + (record.kind() == null ? "" : ",\"k\":" + Json.string(record.kind()))
        + (record.lang() == null ? "" : ",\"l\":" + Json.string(record.lang()))
        + ",\"p\":" + passages + "}";
  }

  private Segment.Written readBase(Map<String, String> state) {
    String starts = state.getOrDefault("base-shards", "");
    String facets = state.getOrDefault("base-facets", "");
    return new Segment.Written("b", starts.isEmpty() ? List.of() : List.of(starts.split("\u0001", -1)),
        Integer.parseInt(state.getOrDefault("base-documents", "0")), Long.parseLong(state.getOrDefault("base-bytes", "0")),
        facets.isEmpty() ? List.of() : List.of(facets.split(",")));
  }

  /** The file every query reads first: the segments' shard boundaries, the deleted texts. */
  private static String meta(Segment.Written base, Segment.Written delta, Set<Integer> deleted, int texts) {
    StringBuilder gone = new StringBuilder();
    int last = -1;
    for (int n : deleted) {
      Vlq.write(gone, n - last - 1);
      last = n;
    }
    return "{\"version\":" + Json.string(VERSION) + ",\"chunks\":" + Segment.CHUNKS + ",\"texts\":" + texts
        + ",\"segments\":[" + segment(base) + "," + segment(delta) + "],\"deleted\":\"" + gone + "\"}";
  }

  private static String segment(Segment.Written s) {
    return "{\"name\":" + Json.string(s.name()) + ",\"documents\":" + s.documents() + ",\"shards\":"
        + Json.strings(s.shardStarts()) + ",\"facets\":" + Json.strings(s.facets()) + "}";
  }

  private static long writeIfChanged(Path file, String content) throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    if (Files.isRegularFile(file) && Files.size(file) == bytes.length && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
      return 0;
    }
    Files.createDirectories(file.getParent());
    // a new file, never the old one rewritten: the committed site holds a link to the old
    Path part = file.resolveSibling(file.getFileName() + ".part");
    Files.write(part, bytes);
    Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return bytes.length;
  }

  private static List<String> linkInto(Path mirror, Path into) throws IOException {
    List<String> linked = new ArrayList<>();
    try (Stream<Path> all = Files.walk(mirror)) {
      for (Path file : all.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".js")).toList()) {
        String relative = mirror.relativize(file).toString().replace('\\', '/');
        Path to = into.resolve(relative);
        Files.createDirectories(to.getParent());
        try {
          Files.createLink(to, file);
        } catch (IOException | UnsupportedOperationException e) {
          Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
        }
        linked.add("search/" + relative);
      }
    }
    return linked;
  }

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private void readState(Map<String, Known> known, Map<String, String> values) throws IOException {
    Path file = cache.resolve(STATE);
    if (!Files.isRegularFile(file)) {
      return;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      if (f.length == 3 && f[0].equals("=")) {
        values.put(f[1], f[2]);
      } else if (f.length == 5) {
        known.put(f[0], new Known(f[0], Integer.parseInt(f[1]), f[2], Integer.parseInt(f[3]), f[4].equals("1")));
      }
    }
  }

  private void writeState(Map<String, Known> now, Map<String, String> values) throws IOException {
    StringBuilder out = new StringBuilder();
    values.forEach((k, v) -> out.append("=\t").append(k).append('\t').append(v).append('\n'));
    for (Known k : now.values()) {
      out.append(k.key()).append('\t').append(k.number()).append('\t').append(k.fingerprint()).append('\t')
          .append(k.chunks()).append('\t').append(k.inBase() ? "1" : "0").append('\n');
    }
    writeIfChanged(cache.resolve(STATE), out.toString());
  }
}
