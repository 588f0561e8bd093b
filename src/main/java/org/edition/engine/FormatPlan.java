package org.edition.engine;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.edition.load.Fingerprint;
import org.edition.publish.EditionUnit;
import org.edition.publish.Publisher;
import org.edition.publish.StagedOutput;

/** One format's build: which units are out of date, and what each unit wrote. */
final class FormatPlan {
  final Publisher publisher;
  final Path folder;
  final BuildState previous;
  final String formatKey;
  final String assetsKey;
  final Map<Path, String> textKeys = new LinkedHashMap<>();
  final Set<Path> staleTexts = new HashSet<>();
  final Map<String, String> editionKeys = new LinkedHashMap<>();
  final Set<String> staleEdition = new HashSet<>();
  /** Texts this format could not publish in this build: not recorded, tried again next time. */
  final Set<Path> failedTexts = ConcurrentHashMap.newKeySet();
  /**
   * Texts published with an error in their outputs (a character no shipped font has): kept, but
   * not recorded, so that the next build writes them again and says it again.
   */
  final Set<Path> flawedTexts = ConcurrentHashMap.newKeySet();
  final Set<String> failedEdition = new HashSet<>();
  /**
   * Edition-wide outputs that could not be written, whose files of the last build are in the new
   * folder instead: a site keeps its last home page rather than have none. Not recorded as made
   * from this build's inputs, so that the next build tries them again.
   */
  final Set<String> keptEdition = new HashSet<>();
  /** The texts' identifiers, which name their files. */
  final Map<Path, String> ids;
  /** Nothing of this format needs writing (known once its texts are planned). */
  boolean upToDate;
  StagedOutput staging;
  private final Map<String, BuildState.Unit> written = new ConcurrentHashMap<>();
  /** The units whose files of the last build were linked into the new folder as they are. */
  private final Set<String> linked = new HashSet<>();

FormatPlan(Publisher publisher, Path folder, BuildState previous, String formatKey, String assetsKey, Map<Path, String> ids) {
    this.publisher = publisher;
    this.ids = ids;
    this.folder = folder;
    this.previous = previous;
    this.formatKey = formatKey;
    this.assetsKey = assetsKey;
  }

  /**
   * Whether nothing of this format needs writing, before the texts are written: no text is
   * stale, the format's own fingerprint is the same, and every edition-wide output is as the
   * last build left it (their inputs are then those of the last build too).
   */
  boolean nothingChanged() {
    if (!staleTexts.isEmpty()) {
      return false;
    }
    for (EditionUnit unit : publisher.editionUnits()) {
      BuildState.Unit before = previous.unit(editionUnitName(unit));
      if (before == null || !previous.upToDate(editionUnitName(unit), before.key(), folder)) {
        return false;
      }
    }
    BuildState.Unit settings = previous.unit(SETTINGS);
    return settings != null && settings.key().equals(formatKey + assetsKey);
  }

  int unitCount() {
    return textKeys.size() + publisher.editionUnits().size();
  }

  int rebuiltCount() {
    return staleTexts.size() - failedTexts.size() + staleEdition.size() - failedEdition.size();
  }

  int failedCount() {
    return failedTexts.size() + failedEdition.size();
  }

  /**
   * The format as this build leaves it: what its folder holds and what was done, or, when the
   * new folder was not whole, that the last build's folder was kept.
   */
  BuildReport.FormatOutcome outcome(int texts, boolean committed) throws IOException {
    if (!committed) {
      String contents = Files.isDirectory(folder) ? publisher.describe(folder, texts) : null;
      return new BuildReport.FormatOutcome(publisher.format(), contents, folder, 0, 0, failedCount(), false);
    }
    return new BuildReport.FormatOutcome(publisher.format(), publisher.describe(folder, texts), folder,
        rebuiltCount(), unitCount() - rebuiltCount() - failedCount(), failedCount(), true);
  }

  /** Whether every text of the edition failed in this format (there is then nothing new to publish). */
  boolean everyTextFailed() {
    return !textKeys.isEmpty() && failedTexts.containsAll(textKeys.keySet());
  }

  /**
   * Why the new folder is not a whole output, or null if it is: a website without its home page
   * or search, a folder without any of the texts, is never put in place of the last one (a
   * volume that failed is one book missing, like a text that failed).
   */
  String notWhole() {
    if (everyTextFailed()) {
      return textKeys.size() == 1 ? "its only text could not be published"
          : "none of its " + textKeys.size() + " texts could be published";
    }
    List<String> missing = publisher.editionUnits().stream()
        .filter(u -> !u.standsAlone() && failedEdition.contains(u.name()) && !keptEdition.contains(u.name()))
        .map(EditionUnit::name).toList();
    if (!missing.isEmpty()) {
      return "the edition's " + String.join(", ", missing) + " could not be written, and the last build left none to keep";
    }
    return null;
  }

  /**
   * Puts the last build's files of an edition-wide output that could not be written into the new
   * folder, if they are still there as it left them; returns whether it did.
   */
  boolean keepLastBuilds(EditionUnit unit) throws IOException {
    String name = editionUnitName(unit);
    BuildState.Unit before = previous.unit(name);
    if (before == null || !previous.upToDate(name, before.key(), folder)) {
      return false;
    }
    for (BuildState.Output o : before.outputs()) {
      // what the failed attempt left at the same place goes first
      Path at = staging.folder().resolve(o.path());
      Files.deleteIfExists(at);
      link(folder.resolve(o.path()), at);
    }
    keptEdition.add(unit.name());
    return true;
  }

  /**
   * Removes from the new folder every file no unit of this build claims: what a text or an
   * edition-wide output that failed had written before it failed (half a page, a truncated home
   * page, the pages of a part). Run when something failed, before the folder is put in place.
   */
  void removeUnclaimed() throws IOException {
    Set<String> claimed = new HashSet<>();
    claimed.add(OutputFolder.MARKER);
    written.values().forEach(u -> u.outputs().forEach(o -> claimed.add(o.path())));
    for (String unit : linked) {
      previous.unit(unit).outputs().forEach(o -> claimed.add(o.path()));
    }
    for (String unit : keptEdition) {
      previous.unit(editionUnitName(unit)).outputs().forEach(o -> claimed.add(o.path()));
    }
    Path root = staging.folder();
    List<Path> all;
    try (var walk = Files.walk(root)) {
      all = walk.sorted(java.util.Comparator.reverseOrder()).toList();
    }
    for (Path p : all) {
      if (p.equals(root)) {
        continue;
      }
      if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        try (var entries = Files.list(p)) {
          if (entries.findAny().isEmpty()) {
            Files.delete(p);
          }
        }
      } else if (!claimed.contains(root.relativize(p).toString().replace('\\', '/'))) {
        Files.delete(p);
      }
    }
  }

  void written(String unit, String key, List<String> files) throws IOException {
    keepUnchanged(unit, files);
    written.put(unit, new BuildState.Unit(key, files.stream().map(f -> new BuildState.Output(f, 0, 0)).toList()));
  }

  /**
   * A file written again as the last build left it (a changed text's JSON record when its header
   * did not change, the sitemap when no page came or went) is the last build's file, not a copy:
   * what deploys a site by the files' times or identities sends only what changed.
   */
  private void keepUnchanged(String unit, List<String> files) throws IOException {
    BuildState.Unit before = previous.unit(unit);
    if (before == null || staging == null) {
      return;
    }
    java.util.Set<String> had = new java.util.HashSet<>();
    before.outputs().forEach(o -> had.add(o.path()));
    for (String file : files) {
      Path live = folder.resolve(file);
      Path fresh = staging.folder().resolve(file);
      if (had.contains(file) && Files.isRegularFile(live, java.nio.file.LinkOption.NOFOLLOW_LINKS)
          && Files.isRegularFile(fresh, java.nio.file.LinkOption.NOFOLLOW_LINKS)
          && Files.size(live) == Files.size(fresh) && Files.mismatch(live, fresh) == -1) {
        Files.delete(fresh);
        link(live, fresh);
      }
    }
  }

  /** The fingerprint of each edition-wide output, from what the texts now give. */
  void planEdition(Path cache) throws IOException {
    Fingerprint extracts = Fingerprint.start().add(formatKey);
    Fingerprint search = Fingerprint.start().add(formatKey);
    Fingerprint texts = Fingerprint.start().add(formatKey);
    boolean html = publisher.makesExtracts();
    for (Map.Entry<Path, String> text : textKeys.entrySet()) {
      if (failedTexts.contains(text.getKey())) {
        continue;
      }
      String key = text.getValue();
      texts.add(key);
      if (html) {
        extracts.add(Fingerprint.ofFile(ExtractStore.extractFile(cache, key)));
        search.add(Fingerprint.ofFile(ExtractStore.searchFile(cache, key)));
      }
    }
    for (EditionUnit unit : publisher.editionUnits()) {
      String key = switch (unit.source()) {
        case EXTRACTS -> extracts.hex();
        case SEARCH_RECORDS -> search.hex();
        case TEXTS -> texts.hex();
        case NONE -> assetsKey;
      };
      editionKeys.put(unit.name(), key);
      if (!previous.upToDate(editionUnitName(unit), key, folder)) {
        staleEdition.add(unit.name());
      }
    }
  }

  /** Links the files of the texts still up to date into the staging folder. */
  void linkUpToDateTexts() throws IOException {
    for (Path text : textKeys.keySet()) {
      if (!staleTexts.contains(text)) {
        linkUnit(unitName(text));
      }
    }
  }

  /** Links the files of the edition-wide outputs still up to date into the staging folder. */
  void linkUpToDateEdition() throws IOException {
    for (EditionUnit unit : publisher.editionUnits()) {
      if (!staleEdition.contains(unit.name())) {
        linkUnit(editionUnitName(unit));
      }
    }
  }

  private void linkUnit(String unit) throws IOException {
    linked.add(unit);
    for (BuildState.Output o : previous.unit(unit).outputs()) {
      link(folder.resolve(o.path()), staging.folder().resolve(o.path()));
    }
  }

  /**
   * The state to keep: every unit with its files as they are in {@code built}, the new folder
   * (renamed into place as it is, its files keep their size and time).
   */
  BuildState state(Path built) {
    BuildState state = BuildState.empty();
    state.put(SETTINGS, new BuildState.Unit(formatKey + assetsKey, List.of()));
    textKeys.forEach((path, key) -> {
      if (!failedTexts.contains(path) && !flawedTexts.contains(path)) {
        record(state, unitName(path), key, built);
      }
    });
    for (EditionUnit unit : publisher.editionUnits()) {
      if (!failedEdition.contains(unit.name())) {
        record(state, editionUnitName(unit), editionKeys.get(unit.name()), built);
      } else if (keptEdition.contains(unit.name())) {
        // recorded with the last build's key: out of date for the next build, which tries again
        String name = editionUnitName(unit);
        record(state, name, previous.unit(name).key(), built);
      }
    }
    return state;
  }

  private void record(BuildState state, String unit, String key, Path built) {
    BuildState.Unit made = written.get(unit);
    List<BuildState.Output> outputs = (made != null ? made : previous.unit(unit)).outputs().stream()
        .map(o -> BuildState.describe(built, o.path()))
        .filter(o -> o != null)
        .toList();
    state.put(unit, new BuildState.Unit(key, outputs));
  }
  /** The record of the format's own fingerprint: settings, registers, stylesheets, tool. */
  static final String SETTINGS = "format";

  static String editionUnitName(EditionUnit unit) {
    return editionUnitName(unit.name());
  }

  static String editionUnitName(String unit) {
    return "edition:" + unit;
  }

  static String unitName(Path text) {
    return "text:" + text;
  }

  static void link(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    try {
      Files.createLink(to, from);
    } catch (FileAlreadyExistsException e) {
      // the same file named by two units: once is enough
    } catch (UnsupportedOperationException | IOException e) {
      Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }
}
