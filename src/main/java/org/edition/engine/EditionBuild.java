package org.edition.engine;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.saxon.s9api.XdmNode;
import org.edition.check.Diagnostic;
import org.edition.check.SchemaLoadException;
import org.edition.load.Fingerprint;
import org.edition.load.ProjectLayout;
import org.edition.load.Sandbox;
import org.edition.load.TeiDocument;
import org.edition.load.TeiFiles;
import org.edition.publish.EditionParts;
import org.edition.publish.EditionUnit;
import org.edition.publish.PublishContext;
import org.edition.publish.Publisher;
import org.edition.publish.StagedOutput;
import org.edition.publish.TextIds;
import org.edition.publish.TextOutput;
import org.edition.publish.WarmTools;
import org.edition.publish.formats.Formats;
import org.edition.publish.SiteSettings;
import org.edition.transform.StylesheetException;
import org.edition.transform.Normalization;
import org.edition.transform.Stylesheets;

/**
 * A build of the edition: load → check → transform → emit, redoing only what changed since the
 * last build into the same output.
 *
 * <p>Each output is a unit made from known inputs: a text's page, book or PDF from the text, the
 * registers, the identifiers of the texts, the format's stylesheets, the settings and the tool;
 * the edition-wide outputs (site pages, search data, volume) from all of these for every text.
 * A unit whose inputs' fingerprint and files are those of the last build is linked into the new
 * output as it is; the others are written again. Each format's folder is written beside its
 * place and moved there when complete.
 *
 * <p>One instance may run many builds (`edition serve`): it keeps the compiled stylesheets, the
 * loaded schemas and the texts' extracts while their sources are unchanged.
 */
public final class EditionBuild {
  private static final String CACHE = OutputFolder.CACHE;
  /** The pass every text goes through before any format renders it. */
  static final String NORMALIZE_XSL = "transforms/normalize.xsl";

  private final KeptTools tools = new KeptTools();
  private final WarmTools warm = new WarmTools();
  private final ExtractStore extracts;

  /** A build run once: what it needs of the texts is read from disk when needed, then let go. */
  public EditionBuild() {
    this(false);
  }

  /**
   * @param warm keep the texts' extracts in memory from one build to the next (for `edition
   *     serve`, which rebuilds the edition-wide pages after every save)
   */
  public EditionBuild(boolean warm) {
    this.extracts = new ExtractStore(tools.parsing().processor(), warm);
  }

  /**
   * Loads the schemas and compiles the stylesheets a build of {@code options} would need, ahead
   * of the first change (for `edition serve`: its first rebuild after an up-to-date start would
   * otherwise wait for them).
   */
  public void warmUp(BuildOptions options) {
    ProjectLayout layout = options.project();
    Path cache = options.output().toAbsolutePath().normalize().resolve(CACHE);
    try {
      tools.stylesheets(layout).prepare(stylesheetsFor(options.formats(), layout));
      tools.validator(layout, Sandbox.commonRoot(options.paths()), KeptTools.schemasKey(layout), cache);
    } catch (IOException | RuntimeException e) {
      // what cannot be prepared now is reported by the build that needs it
    }
  }

  /** Runs one build. */
  public BuildReport run(BuildOptions options, Progress progress)
      throws IOException, StylesheetException, SchemaLoadException {
    BuildReport report = new BuildReport();
    try (Parallel parallel = new Parallel(options.jobs())) {
      // The edition-wide outputs (a volume holds every text) recurse as deep as the texts.
      org.edition.load.DeepStack.run("build", null, () -> {
        build(options, progress, parallel, report);
        return null;
      });
    } catch (KeptTools.UncheckedSchemaLoad e) {
      throw e.failure;
    } catch (IOException | StylesheetException | RuntimeException | Error e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      progress.done();
      report.finish();
    }
    return report;
  }

  private void build(BuildOptions options, Progress progress, Parallel parallel, BuildReport report)
      throws IOException, StylesheetException {
    Path output = options.output().toAbsolutePath().normalize();
    OutputFolder.check(output, options.paths(), options.project(), List.copyOf(options.formats()));
    List<Path> files = TeiFiles.find(options.paths(), OutputFolder::isOutput).stream()
        .map(p -> p.toAbsolutePath().normalize()).toList();
    Path cache = output.resolve(CACHE);
    if (files.isEmpty()) {
      report.stop("no TEI file (*.xml) found in " + options.paths());
      return;
    }
    OutputLock.Recovery recovery = () -> {
      if (OutputSwitch.finishInterrupted(cache)) {
        progress.notice("the last build into " + output + " was stopped while putting its outputs in place: done now");
      }
      OutputFolder.removeLeftovers(output);
    };
    try (OutputLock lock = OutputLock.take(cache, options.formats(), progress, recovery)) {
      if (options.clean()) {
        lock.clearCacheBeside();
        extracts.clear();
      }
      build(options, files, output, cache, lock, progress, parallel, report);
    }
  }

  private void build(BuildOptions options, List<Path> files, Path output, Path cache, OutputLock lock,
      Progress progress, Parallel parallel, BuildReport report) throws IOException, StylesheetException {
    ProjectLayout layout = options.project();

    // check
    long t = System.nanoTime();
    Path sandbox = Sandbox.commonRoot(options.paths());
    String schemasKey = KeptTools.schemasKey(layout);
    CheckStage check = new CheckStage(() -> tools.validator(layout, sandbox, schemasKey, cache), schemasKey, progress,
        FileStamps.read(cache.resolve("files.tsv")));
    Stylesheets xsl = tools.stylesheets(layout);
    List<CheckedFile> checked = check.run(files, CheckCache.read(cache.resolve("checks.tsv")), parallel,
        () -> xsl.prepare(stylesheetsFor(options.formats(), layout)));
    CheckCache.write(cache.resolve("checks.tsv"), checked);
    FileStamps.write(cache.resolve("files.tsv"), check.stamps());
    checked.forEach(c -> report.diagnostics().addAll(c.diagnostics()));
    report.diagnostics().sort(Diagnostic.IN_FILE_ORDER);
    report.files(files.size(), check.checkedNow());
    report.stage("validate", System.nanoTime() - t);
    if (options.strict() && report.hasErrors()) {
      List<String> bad = checked.stream().filter(CheckedFile::hasErrors).map(c -> c.path().getFileName().toString()).toList();
      report.stop("--strict: nothing written, these files have errors: " + String.join(", ", bad));
      return;
    }
    List<CheckedFile> texts = checked.stream().filter(c -> c.tei() && c.text()).toList();
    report.texts(texts.size());
    if (texts.isEmpty()) {
      report.stop("no TEI text to publish");
      return;
    }

    // what is out of date
    t = System.nanoTime();
    Map<Path, String> rootIds = new LinkedHashMap<>();
    texts.forEach(c -> rootIds.put(c.path(), c.rootId()));
    TextIds textIds = TextIds.of(rootIds);
    Map<Path, String> ids = textIds.byPath();
    textIds.renamed().keySet().forEach(p -> report.diagnostics().add(
        Diagnostic.warning(p, 0, 0, "output", textIds.whyRenamed(p))));
    report.diagnostics().sort(Diagnostic.IN_FILE_ORDER);
    List<CheckedFile> registerFiles = checked.stream().filter(c -> c.tei() && c.registers()).toList();
    PublishContext.RegisterReader registers = () -> {
      List<TeiDocument> docs = new ArrayList<>();
      for (CheckedFile r : registerFiles) {
        docs.add(read(r.path(), sandbox));
      }
      return docs;
    };
    String uiLang = options.lang() != null ? options.lang() : majorityLanguage(texts);
    org.edition.load.ProjectSettings projectSettings = options.project().settings();
    Map<String, String> edition = new java.util.TreeMap<>();
    for (String key : SiteSettings.EDITION_KEYS) {
      if (projectSettings.get(key) != null) {
        edition.put(key, projectSettings.get(key));
      }
    }
    SiteSettings settings = new SiteSettings(uiLang,
        java.util.Optional.ofNullable(options.baseUrl()).map(u -> u.endsWith("/") ? u : u + "/"),
        edition, SiteSettings.PageSize.of(projectSettings.get("page-size")), "plates".equals(projectSettings.get("page-images")),
        "coordinates".equals(projectSettings.get("zones")), java.util.Optional.ofNullable(projectSettings.get("map-tiles")),
        SiteSettings.dtsFor(projectSettings.get("dts"), texts.size()));
    long textBytes = texts.stream().mapToLong(c -> Math.max(0, check.stamps().get(c.path()).size())).sum();
    boolean volume = options.volumeFor(texts.size(), textBytes);
    if (options.volumeTooLarge(texts.size(), textBytes)
        && options.formats().stream().anyMatch(f -> Formats.named(f).makesBooks())) {
      progress.notice(String.format(java.util.Locale.ROOT,
          "no volume of all the texts: their TEI comes to %.1f MB, more than the %d MB of a volume made by default"
              + " (--volumes always makes one)", textBytes / 1e6, BuildOptions.AUTO_VOLUME_BYTES / 1_000_000));
    }
    PublishContext context = new PublishContext(settings, registers, ids, volume, tools.locales(layout), sandbox, cache);
    context.messagesTo(stylesheetMessages(report));
    context.problemsTo(report::problem);
    Normalization normalization = new Normalization(xsl, layout.stylesheet(NORMALIZE_XSL), context::passParameters,
        context.messages());
    context.normalizeRegistersWith(normalization::apply);
    Fingerprint shared = Fingerprint.start().add(ToolFingerprint.get()).add(uiLang)
        .add(String.valueOf(options.baseUrl())).add(String.valueOf(context.volume()))
        .add(edition.toString()).add(settings.pageSize().toString()).add(String.valueOf(settings.plates()))
        .add(String.valueOf(settings.placedZones())).add(String.valueOf(settings.mapTiles())).add(String.valueOf(settings.dts()));
    registerFiles.forEach(r -> shared.add(r.path().toString()).add(r.contentKey()));
    ids.forEach((p, id) -> shared.add(p.toString()).add(id));
    String sharedKey = shared.hex();

    List<FormatPlan> plans = new ArrayList<>();
    for (String format : BuildOptions.ALL_FORMATS) {
      if (options.formats().contains(format)) {
        Publisher publisher = publisher(format, xsl, layout, context);
        plans.add(plan(publisher, output, cache, sharedKey, texts, ids, options.clean()));
      }
    }
    report.stage("plan", System.nanoTime() - t);
    boolean nothingToDo = plans.stream().allMatch(p -> p.upToDate);
    report.upToDate(nothingToDo);
    if (nothingToDo) {
      for (FormatPlan plan : plans) {
        report.format(plan.outcome(texts.size(), true));
      }
      return;
    }
    // The texts' stylesheets of the formats with work, compiled meanwhile; the edition-wide ones
    // only if their outputs turn out to be stale.
    xsl.prepare(stylesheetsFor(plans.stream().filter(p -> !p.upToDate).map(p -> p.publisher.format())
        .collect(java.util.stream.Collectors.toSet()), layout));

    // transform and emit, each format into its staging folder
    List<StagedOutput> staged = new ArrayList<>();
    try {
      for (FormatPlan plan : plans) {
        if (!plan.upToDate) {
          StagedOutput s = StagedOutput.begin(plan.folder);
          staged.add(s);
          OutputFolder.mark(s.folder(), options.clean() ? null : plan.folder);
          plan.staging = s;
          plan.linkUpToDateTexts();
        }
      }
      t = System.nanoTime();
      publishTexts(texts, plans, sandbox, normalization, cache, progress, parallel, report);
      report.stage("texts", System.nanoTime() - t);
      t = System.nanoTime();
      publishEdition(texts, plans, sandbox, normalization, cache, progress, report);
      report.stage("edition-wide", System.nanoTime() - t);
      t = System.nanoTime();
      lock.commit(() -> commit(plans, cache, texts.size(), report));
      report.stage("commit", System.nanoTime() - t);
    } finally {
      for (StagedOutput s : staged) {
        s.close();
      }
    }
  }

  /**
   * Puts in place, together, the new folder of every format that has one and is whole; a folder
   * that is not (every text failed, an edition-wide output missing) is dropped, and the last
   * build's is left as it was, said as an error.
   */
  private void commit(List<FormatPlan> plans, Path cache, int texts, BuildReport report) throws IOException {
    List<OutputSwitch.Swap> swaps = new ArrayList<>();
    List<FormatPlan> switched = new ArrayList<>();
    Set<FormatPlan> dropped = new java.util.HashSet<>();
    for (FormatPlan plan : plans) {
      if (plan.staging == null) {
        continue;
      }
      String notWhole = plan.notWhole();
      if (notWhole != null) {
        dropped.add(plan);
        report.problem(Diagnostic.error(plan.folder, 0, 0, "publish", "no new " + plan.publisher.format()
            + " output: " + notWhole + (Files.isDirectory(plan.folder) ? "; the last build's is kept as it was" : "")));
        continue;
      }
      if (plan.failedCount() > 0) {
        plan.removeUnclaimed();
      }
      OutputSwitch.Swap swap = new OutputSwitch.Swap(plan.staging.folder(), plan.folder,
          cache.resolve(plan.publisher.format() + ".state"));
      plan.state(plan.staging.folder()).write(swap.nextState());
      swaps.add(swap);
      switched.add(plan);
    }
    OutputSwitch.switchAll(cache, swaps);
    for (FormatPlan plan : switched) {
      plan.publisher.committed(plan.folder);
    }
    for (FormatPlan plan : plans) {
      report.format(plan.outcome(texts, !dropped.contains(plan)));
    }
    // the extracts the live site was made from stay while it is the last build's
    if (plans.stream().noneMatch(p -> p.publisher.makesExtracts() && dropped.contains(p))) {
      extracts.forgetOld(cache, plans);
    }
  }

  private void publishTexts(List<CheckedFile> texts, List<FormatPlan> plans, Path sandbox, Normalization normalization,
      Path cache, Progress progress, Parallel parallel, BuildReport report) throws IOException, StylesheetException {
    List<CheckedFile> todo = texts.stream().filter(t -> plans.stream().anyMatch(p -> p.staleTexts.contains(t.path()))).toList();
    long steps = plans.stream().mapToLong(p -> p.staleTexts.size()).sum();
    progress.stage("texts", steps);
    parallel.forEach(todo, text -> {
      TeiDocument doc;
      try {
        doc = normalized(text.path(), sandbox, normalization);
      } catch (IOException | StylesheetException e) {
        for (FormatPlan plan : plans) {
          if (plan.staleTexts.contains(text.path())) {
            failed(plan, text.path(), e, report);
            progress.step();
          }
        }
        return;
      }
      for (FormatPlan plan : plans) {
        if (plan.staleTexts.contains(text.path())) {
          long start = System.nanoTime();
          try {
            TextOutput out = plan.publisher.writeText(doc, plan.staging.folder());
            String key = plan.textKeys.get(text.path());
            if (out.extract() != null) {
              extracts.keep(cache, key, out.extract(), out.searchRecords());
            }
            plan.written(FormatPlan.unitName(text.path()), key, out.files());
            for (org.edition.check.Diagnostic problem : out.problems()) {
              report.problem(problem);
              if (problem.isError()) {
                plan.flawedTexts.add(text.path());
              }
            }
            progress.detail(plan.publisher.format() + ": " + String.join(", ", out.files()));
          } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            PublishFailure.stopIfItMust(e, plan.folder, text.path(), plan.publisher.format());
            failed(plan, text.path(), e, report);
          }
          report.busy(plan.publisher.format(), System.nanoTime() - start);
          progress.step();
        }
      }
    });
    progress.done();
  }

  /**
   * What the stylesheets say as they run, as warnings against the stylesheet: each once, though
   * the same rule says it for every text.
   */
  private static java.util.function.Consumer<org.edition.transform.StylesheetMessage> stylesheetMessages(BuildReport report) {
    Set<String> said = ConcurrentHashMap.newKeySet();
    return message -> {
      // An ambiguous rule match is said for every node it meets: the nodes' paths are not the point.
      String gist = message.text().replaceAll("(/[\\w:.-]+(\\[\\d+\\])?)+", "...").replaceAll("file:/+", "file:/");
      Path where;
      try {
        where = ProjectLayout.fileOf(java.net.URI.create(message.stylesheet()));
      } catch (RuntimeException odd) {
        where = Path.of("stylesheet");
      }
      if (said.add(where + ":" + message.line() + ":" + gist)) {
        report.problem(Diagnostic.warning(where, message.line(), 0, "xslt", message.text()));
      }
    };
  }

  /** One text that could not be published in one format: said, and left out of that format. */
  private static void failed(FormatPlan plan, Path text, Throwable why, BuildReport report) throws IOException {
    plan.failedTexts.add(text);
    for (String file : plan.publisher.textFiles(plan.ids.get(text))) {
      Files.deleteIfExists(plan.staging.folder().resolve(file));
    }
    report.problem(Diagnostic.error(text, 0, 0, "publish", "not published as " + plan.publisher.format()
        + ": " + PublishFailure.describe(why)));
  }

  /**
   * Decides which edition-wide outputs are out of date, now that every text's extract and search
   * records are known, links the others, and writes the stale ones.
   */
  private void publishEdition(List<CheckedFile> texts, List<FormatPlan> plans, Path sandbox,
      Normalization normalization, Path cache, Progress progress, BuildReport report)
      throws IOException, StylesheetException {
    // What failed in a format is left out of that format's edition-wide outputs; the search data
    // and extracts come with the website.
    java.util.Set<Path> noExtract = plans.stream().filter(p -> p.publisher.makesExtracts())
        .findFirst().map(p -> p.failedTexts).orElse(java.util.Set.of());
    LazyParts all = new LazyParts(texts.stream().filter(t -> !noExtract.contains(t.path())).toList(), plans, sandbox,
        normalization, cache, report);
    for (FormatPlan plan : plans) {
      plan.planEdition(cache);
      if (plan.staging != null) {
        plan.linkUpToDateEdition();
      }
    }
    long steps = plans.stream().mapToLong(p -> p.staleEdition.size()).sum();
    progress.stage("edition-wide", steps);
    for (FormatPlan plan : plans) {
      EditionParts parts = all.without(plan.failedTexts);
      for (EditionUnit unit : plan.publisher.editionUnits()) {
        if (plan.staleEdition.contains(unit.name())) {
          if (plan.everyTextFailed()) {
            // nothing new of this format is put in place (commit): its edition-wide outputs are of no use
            progress.step();
            continue;
          }
          try {
            List<String> files = plan.publisher.writeEdition(unit, parts, plan.staging.folder());
            plan.written(FormatPlan.editionUnitName(unit), plan.editionKeys.get(unit.name()), files);
            progress.detail(plan.publisher.format() + ": " + String.join(", ", files));
          } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            PublishFailure.stopIfItMust(e, plan.folder, null, plan.publisher.format());
            plan.failedEdition.add(unit.name());
            boolean kept = plan.keepLastBuilds(unit);
            report.problem(Diagnostic.error(plan.folder, 0, 0, "publish", "the edition's " + unit.name()
                + " (" + plan.publisher.format() + ") could not be written: " + PublishFailure.describe(e)
                + (kept ? "; the last build's are kept" : "")));
          }
          progress.step();
        }
      }
    }
    progress.done();
  }

  /** The edition's parts, each read once, when first asked for. */
  private final class LazyParts implements EditionParts {
    private final List<CheckedFile> texts;
    private final List<FormatPlan> plans;
    private final Path sandbox;
    private final Normalization normalization;
    private final Path cache;
    private final BuildReport report;
    /** Each text's extract, in the order of the texts; null for one that cannot be read. */
    private List<XdmNode> extractList;
    private List<TeiDocument> textList;

    LazyParts(List<CheckedFile> texts, List<FormatPlan> plans, Path sandbox, Normalization normalization, Path cache,
        BuildReport report) {
      this.texts = texts;
      this.plans = plans;
      this.sandbox = sandbox;
      this.normalization = normalization;
      this.cache = cache;
      this.report = report;
    }

    private FormatPlan html() {
      return plans.stream().filter(p -> p.publisher.makesExtracts()).findFirst()
          .orElseThrow(() -> new IllegalStateException("extracts come with the website"));
    }

    /** Every text's extract, in order, null for one that cannot be read (said once, and left out). */
    private synchronized List<XdmNode> extractsByText() {
      if (extractList == null) {
        List<XdmNode> list = new ArrayList<>();
        for (CheckedFile text : texts) {
          try {
            list.add(extracts.extract(cache, html().textKeys.get(text.path())));
          } catch (IOException e) {
            // one text's extract that cannot be read leaves that text out of the edition's pages, not the pages out
            list.add(null);
            report.problem(Diagnostic.warning(text.path(), 0, 0, "publish",
                "left out of the edition's pages (home, registers, about): " + PublishFailure.describe(e)));
          }
        }
        extractList = list;
      }
      return extractList;
    }

    @Override
    public List<XdmNode> extracts() {
      return extractsByText().stream().filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public Map<Path, Path> searchRecordFiles() {
      return searchRecordFiles(Set.of());
    }

    private Map<Path, Path> searchRecordFiles(Set<Path> left) {
      Map<Path, Path> files = new LinkedHashMap<>();
      for (CheckedFile text : texts) {
        if (!left.contains(text.path())) {
          files.put(text.path(), ExtractStore.searchFile(cache, html().textKeys.get(text.path())));
        }
      }
      return files;
    }

    @Override
    public synchronized List<TeiDocument> texts() throws IOException {
      if (textList == null) {
        List<TeiDocument> list = new ArrayList<>();
        for (CheckedFile text : texts) {
          try {
            list.add(normalized(text.path(), sandbox, normalization));
          } catch (StylesheetException e) {
            throw new IOException(e.getMessage(), e);
          }
        }
        textList = list;
      }
      return textList;
    }

    /** The same parts without these texts (those a format could not publish). */
    EditionParts without(Set<Path> left) {
      if (left.isEmpty()) {
        return this;
      }
      LazyParts all = this;
      return new EditionParts() {
        @Override
        public List<XdmNode> extracts() {
          List<XdmNode> list = new ArrayList<>();
          List<XdmNode> every = all.extractsByText();
          for (int i = 0; i < texts.size(); i++) {
            if (!left.contains(texts.get(i).path()) && every.get(i) != null) {
              list.add(every.get(i));
            }
          }
          return list;
        }

        @Override
        public Map<Path, Path> searchRecordFiles() {
          return all.searchRecordFiles(left);
        }

        @Override
        public List<TeiDocument> texts() throws IOException {
          return all.texts().stream().filter(t -> !left.contains(t.path())).toList();
        }
      };
    }
  }

  // ------------------------------------------------------------------ plans

  private FormatPlan plan(Publisher publisher, Path output, Path cache, String sharedKey, List<CheckedFile> texts,
      Map<Path, String> ids, boolean clean) throws IOException {
    String format = publisher.format();
    Path folder = output.resolve(format);
    BuildState previous = clean ? BuildState.empty() : BuildState.read(cache.resolve(format + ".state"));
    String formatKey = Fingerprint.of(sharedKey, format, tools.madeWithKey(publisher.madeWith()));
    FormatPlan plan = new FormatPlan(publisher, folder, previous, formatKey, Fingerprint.of(formatKey, tools.madeWithKey(publisher.assets())), ids);
    for (CheckedFile text : texts) {
      String key = Fingerprint.of(formatKey, text.contentKey());
      plan.textKeys.put(text.path(), key);
      boolean upToDate = previous.upToDate(FormatPlan.unitName(text.path()), key, folder)
          && (!publisher.makesExtracts()
              || (Files.isRegularFile(ExtractStore.extractFile(cache, key)) && Files.isRegularFile(ExtractStore.searchFile(cache, key))));
      if (!upToDate) {
        plan.staleTexts.add(text.path());
      }
    }
    plan.upToDate = plan.nothingChanged();
    return plan;
  }

  // ------------------------------------------------------------------ fingerprints

  /** The main stylesheets of these formats (and the pass before them), to compile ahead of their first use. */
  private static List<URI> stylesheetsFor(Set<String> formats, ProjectLayout layout) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(layout.stylesheet(NORMALIZE_XSL)),
        Formats.ALL.stream().filter(f -> formats.contains(f.name())).map(f -> layout.stylesheet(f.stylesheets().get(0))))
        .toList();
  }

  private Publisher publisher(String format, Stylesheets xsl, ProjectLayout layout, PublishContext context)
      throws IOException {
    return Formats.named(format).publisher(xsl, layout, context, warm);
  }

  // ------------------------------------------------------------------ documents and extracts

  /** A document of the edition: the tree the check stage parsed, else parsed now (once). */
  private TeiDocument read(Path file, Path sandbox) throws IOException {
    return TeiDocument.of(file, tools.pool(sandbox).tree(file));
  }

  /** A text as every format renders it: its tree, normalised (xslt/transforms/normalize.xsl). */
  private TeiDocument normalized(Path file, Path sandbox, Normalization normalization)
      throws IOException, StylesheetException {
    net.sf.saxon.s9api.XdmNode source = tools.pool(sandbox).tree(file);
    return TeiDocument.of(file, normalization.apply(source), source);
  }

  /** French labels when most texts are French, else English. */
  private static String majorityLanguage(List<CheckedFile> texts) {
    long french = texts.stream().filter(t -> t.language().startsWith("fr")).count();
    return french * 2 >= texts.size() ? "fr" : "en";
  }

}
