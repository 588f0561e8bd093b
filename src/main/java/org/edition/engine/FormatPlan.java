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
  /** The texts' identifiers, which name their files. */
  final Map<Path, String> ids;
  /** Nothing of this format needs writing (known once its texts are planned). */
  boolean upToDate;
  StagedOutput staging;
  private final Map<String, BuildState.Unit> written = new ConcurrentHashMap<>();

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

  BuildReport.FormatOutcome outcome(int texts) throws IOException {
    return new BuildReport.FormatOutcome(publisher.format(), publisher.describe(folder, texts), folder,
        rebuiltCount(), unitCount() - rebuiltCount() - failedTexts.size() - failedEdition.size());
  }

  void written(String unit, String key, List<String> files) {
    written.put(unit, new BuildState.Unit(key, files.stream().map(f -> new BuildState.Output(f, 0, 0)).toList()));
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
    for (BuildState.Output o : previous.unit(unit).outputs()) {
      link(folder.resolve(o.path()), staging.folder().resolve(o.path()));
    }
  }

  /** The state to keep: every unit with its files as they now are in the committed folder. */
  BuildState state() {
    BuildState state = BuildState.empty();
    state.put(SETTINGS, new BuildState.Unit(formatKey + assetsKey, List.of()));
    textKeys.forEach((path, key) -> {
      if (!failedTexts.contains(path) && !flawedTexts.contains(path)) {
        record(state, unitName(path), key);
      }
    });
    for (EditionUnit unit : publisher.editionUnits()) {
      if (!failedEdition.contains(unit.name())) {
        record(state, editionUnitName(unit), editionKeys.get(unit.name()));
      }
    }
    return state;
  }

  private void record(BuildState state, String unit, String key) {
    BuildState.Unit made = written.get(unit);
    List<BuildState.Output> outputs = (made != null ? made : previous.unit(unit)).outputs().stream()
        .map(o -> BuildState.describe(folder, o.path()))
        .filter(o -> o != null)
        .toList();
    state.put(unit, new BuildState.Unit(key, outputs));
  }
  /** The record of the format's own fingerprint: settings, registers, stylesheets, tool. */
  static final String SETTINGS = "format";

  static String editionUnitName(EditionUnit unit) {
    return "edition:" + unit.name();
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
