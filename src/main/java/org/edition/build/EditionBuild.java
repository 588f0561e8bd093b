package org.edition.build;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import org.apache.fop.apps.FopFactory;
import org.edition.check.Diagnostic;
import org.edition.check.EditionValidator;
import org.edition.check.SchemaLoadException;
import org.edition.check.SchemaSet;
import org.edition.load.Fingerprint;
import org.edition.load.ProjectLayout;
import org.edition.load.Sandbox;
import org.edition.load.TeiDocument;
import org.edition.load.TeiFiles;
import org.edition.load.DocumentPool;
import org.edition.load.XmlParsing;
import org.edition.publish.EditionParts;
import org.edition.publish.EditionUnit;
import org.edition.publish.PublishContext;
import org.edition.publish.Publisher;
import org.edition.publish.StagedOutput;
import org.edition.publish.TextIds;
import org.edition.publish.TextOutput;
import org.edition.publish.epub.EpubBooks;
import org.edition.publish.html.HtmlSite;
import org.edition.publish.SiteSettings;
import org.edition.publish.pdf.PdfBooks;
import org.edition.transform.StylesheetException;
import org.edition.transform.StylesheetFiles;
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

  private final XmlParsing parsing = new XmlParsing();
  private DocumentPool pool;
  private Stylesheets stylesheets;
  private String stylesheetsKey;
  private EditionValidator validator;
  private String validatorKey;
  private FopFactory fopFactory;
  private final Map<String, XdmNode> extracts = new ConcurrentHashMap<>();
  private final boolean keepExtracts;

  /** A build run once: what it needs of the texts is read from disk when needed, then let go. */
  public EditionBuild() {
    this(false);
  }

  /**
   * @param warm keep the texts' extracts in memory from one build to the next (for `edition
   *     serve`, which rebuilds the edition-wide pages after every save)
   */
  public EditionBuild(boolean warm) {
    this.keepExtracts = warm;
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
      stylesheets(layout).prepare(stylesheetsFor(options.formats(), layout));
      validator(layout, Sandbox.commonRoot(options.paths()), schemasKey(layout), cache);
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
    } catch (UncheckedSchemaLoad e) {
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
    try (OutputLock lock = OutputLock.take(cache, progress)) {
      OutputFolder.removeLeftovers(output);
      if (options.clean()) {
        lock.clearCacheBeside();
        extracts.clear();
      }
      build(options, files, output, cache, progress, parallel, report);
    }
  }

  private void build(BuildOptions options, List<Path> files, Path output, Path cache, Progress progress,
      Parallel parallel, BuildReport report) throws IOException, StylesheetException {
    ProjectLayout layout = options.project();

    // check
    long t = System.nanoTime();
    Path sandbox = Sandbox.commonRoot(options.paths());
    String schemasKey = schemasKey(layout);
    CheckStage check = new CheckStage(() -> validator(layout, sandbox, schemasKey, cache), schemasKey, progress,
        FileStamps.read(cache.resolve("files.tsv")));
    Stylesheets xsl = stylesheets(layout);
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
        edition, SiteSettings.PageSize.of(projectSettings.get("page-size")));
    long textBytes = texts.stream().mapToLong(c -> Math.max(0, check.stamps().get(c.path()).size())).sum();
    boolean volume = options.volumeFor(texts.size(), textBytes);
    if (options.volumeTooLarge(texts.size(), textBytes)
        && (options.formats().contains("pdf") || options.formats().contains("epub"))) {
      progress.notice(String.format(java.util.Locale.ROOT,
          "no volume of all the texts: their TEI comes to %.1f MB, more than the %d MB of a volume made by default"
              + " (--volumes always makes one)", textBytes / 1e6, BuildOptions.AUTO_VOLUME_BYTES / 1_000_000));
    }
    PublishContext context = new PublishContext(settings, registers, ids, volume, locales(layout));
    context.messagesTo(stylesheetMessages(report));
    Fingerprint shared = Fingerprint.start().add(ToolFingerprint.get()).add(uiLang)
        .add(String.valueOf(options.baseUrl())).add(String.valueOf(context.volume()))
        .add(edition.toString()).add(settings.pageSize().toString());
    registerFiles.forEach(r -> shared.add(r.path().toString()).add(r.contentKey()));
    ids.forEach((p, id) -> shared.add(p.toString()).add(id));
    String sharedKey = shared.hex();

    List<Plan> plans = new ArrayList<>();
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
      for (Plan plan : plans) {
        report.format(plan.outcome(texts.size()));
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
      for (Plan plan : plans) {
        if (!plan.upToDate) {
          StagedOutput s = StagedOutput.begin(plan.folder);
          staged.add(s);
          OutputFolder.mark(s.folder(), options.clean() ? null : plan.folder);
          plan.staging = s;
          plan.linkUpToDateTexts();
        }
      }
      t = System.nanoTime();
      publishTexts(texts, plans, sandbox, cache, progress, parallel, report);
      report.stage("texts", System.nanoTime() - t);
      t = System.nanoTime();
      publishEdition(texts, plans, sandbox, cache, progress, report);
      report.stage("edition-wide", System.nanoTime() - t);
      t = System.nanoTime();
      for (Plan plan : plans) {
        if (plan.staging != null) {
          plan.staging.commit();
          plan.state().write(cache.resolve(plan.publisher.format() + ".state"));
        }
        report.format(plan.outcome(texts.size()));
      }
      forgetOldExtracts(cache, plans);
      report.stage("commit", System.nanoTime() - t);
    } finally {
      for (StagedOutput s : staged) {
        s.close();
      }
    }
  }

  private void publishTexts(List<CheckedFile> texts, List<Plan> plans, Path sandbox, Path cache, Progress progress,
      Parallel parallel, BuildReport report) throws IOException, StylesheetException {
    List<CheckedFile> todo = texts.stream().filter(t -> plans.stream().anyMatch(p -> p.staleTexts.contains(t.path()))).toList();
    long steps = plans.stream().mapToLong(p -> p.staleTexts.size()).sum();
    progress.stage("texts", steps);
    parallel.forEach(todo, text -> {
      TeiDocument doc;
      try {
        doc = read(text.path(), sandbox);
      } catch (IOException e) {
        for (Plan plan : plans) {
          if (plan.staleTexts.contains(text.path())) {
            failed(plan, text.path(), e, report);
            progress.step();
          }
        }
        return;
      }
      for (Plan plan : plans) {
        if (plan.staleTexts.contains(text.path())) {
          long start = System.nanoTime();
          try {
            TextOutput out = plan.publisher.writeText(doc, plan.staging.folder());
            String key = plan.textKeys.get(text.path());
            if (out.extract() != null) {
              keepExtract(cache, key, out.extract(), out.searchRecords());
            }
            plan.written(unitName(text.path()), key, out.files());
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
  private static void failed(Plan plan, Path text, Throwable why, BuildReport report) throws IOException {
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
  private void publishEdition(List<CheckedFile> texts, List<Plan> plans, Path sandbox, Path cache, Progress progress,
      BuildReport report)
      throws IOException, StylesheetException {
    // What failed in a format is left out of that format's edition-wide outputs; the search data
    // and extracts come with the website.
    java.util.Set<Path> noExtract = plans.stream().filter(p -> p.publisher.makesExtracts())
        .findFirst().map(p -> p.failedTexts).orElse(java.util.Set.of());
    LazyParts all = new LazyParts(texts.stream().filter(t -> !noExtract.contains(t.path())).toList(), plans, sandbox, cache);
    for (Plan plan : plans) {
      plan.planEdition(cache);
      if (plan.staging != null) {
        plan.linkUpToDateEdition();
      }
    }
    long steps = plans.stream().mapToLong(p -> p.staleEdition.size()).sum();
    progress.stage("edition-wide", steps);
    for (Plan plan : plans) {
      EditionParts parts = all.without(plan.failedTexts);
      for (EditionUnit unit : plan.publisher.editionUnits()) {
        if (plan.staleEdition.contains(unit.name())) {
          try {
            List<String> files = plan.publisher.writeEdition(unit, parts, plan.staging.folder());
            plan.written(editionUnitName(unit), plan.editionKeys.get(unit.name()), files);
            progress.detail(plan.publisher.format() + ": " + String.join(", ", files));
          } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            PublishFailure.stopIfItMust(e, plan.folder, null, plan.publisher.format());
            plan.failedEdition.add(unit.name());
            report.problem(Diagnostic.error(plan.folder, 0, 0, "publish", "the edition's " + unit.name()
                + " (" + plan.publisher.format() + ") could not be written: " + PublishFailure.describe(e)));
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
    private final List<Plan> plans;
    private final Path sandbox;
    private final Path cache;
    private List<XdmNode> extractList;
    private List<TeiDocument> textList;

    LazyParts(List<CheckedFile> texts, List<Plan> plans, Path sandbox, Path cache) {
      this.texts = texts;
      this.plans = plans;
      this.sandbox = sandbox;
      this.cache = cache;
    }

    private Plan html() {
      return plans.stream().filter(p -> p.publisher.makesExtracts()).findFirst()
          .orElseThrow(() -> new IllegalStateException("extracts come with the website"));
    }

    @Override
    public synchronized List<XdmNode> extracts() throws IOException {
      if (extractList == null) {
        List<XdmNode> list = new ArrayList<>();
        for (CheckedFile text : texts) {
          list.add(extract(cache, html().textKeys.get(text.path())));
        }
        extractList = list;
      }
      return extractList;
    }

    @Override
    public List<Path> searchRecordFiles() {
      return texts.stream().map(text -> searchFile(cache, html().textKeys.get(text.path()))).toList();
    }

    @Override
    public synchronized List<TeiDocument> texts() throws IOException {
      if (textList == null) {
        List<TeiDocument> list = new ArrayList<>();
        for (CheckedFile text : texts) {
          list.add(read(text.path(), sandbox));
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
        public List<XdmNode> extracts() throws IOException {
          List<XdmNode> list = new ArrayList<>();
          List<XdmNode> every = all.extracts();
          for (int i = 0; i < texts.size(); i++) {
            if (!left.contains(texts.get(i).path())) {
              list.add(every.get(i));
            }
          }
          return list;
        }

        @Override
        public List<Path> searchRecordFiles() {
          return texts.stream().filter(t -> !left.contains(t.path()))
              .map(text -> searchFile(cache, html().textKeys.get(text.path()))).toList();
        }

        @Override
        public List<TeiDocument> texts() throws IOException {
          return all.texts().stream().filter(t -> !left.contains(t.path())).toList();
        }
      };
    }
  }

  // ------------------------------------------------------------------ plans

  /** One format's build: which units are out of date, and what each unit wrote. */
  private static final class Plan {
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
    final Set<String> failedEdition = new HashSet<>();
    /** The texts' identifiers, which name their files. */
    final Map<Path, String> ids;
    /** Nothing of this format needs writing (known once its texts are planned). */
    boolean upToDate;
    StagedOutput staging;
    private final Map<String, BuildState.Unit> written = new ConcurrentHashMap<>();

    Plan(Publisher publisher, Path folder, BuildState previous, String formatKey, String assetsKey, Map<Path, String> ids) {
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
    private boolean nothingChanged() {
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
          extracts.add(Fingerprint.ofFile(extractFile(cache, key)));
          search.add(Fingerprint.ofFile(searchFile(cache, key)));
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
        if (!failedTexts.contains(path)) {
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
  }

  /** The record of the format's own fingerprint: settings, registers, stylesheets, tool. */
  private static final String SETTINGS = "format";

  private static String editionUnitName(EditionUnit unit) {
    return "edition:" + unit.name();
  }

  private Plan plan(Publisher publisher, Path output, Path cache, String sharedKey, List<CheckedFile> texts,
      Map<Path, String> ids, boolean clean) throws IOException {
    String format = publisher.format();
    Path folder = output.resolve(format);
    BuildState previous = clean ? BuildState.empty() : BuildState.read(cache.resolve(format + ".state"));
    String formatKey = Fingerprint.of(sharedKey, format, madeWithKey(publisher.madeWith()));
    Plan plan = new Plan(publisher, folder, previous, formatKey, Fingerprint.of(formatKey, madeWithKey(publisher.assets())), ids);
    for (CheckedFile text : texts) {
      String key = Fingerprint.of(formatKey, text.contentKey());
      plan.textKeys.put(text.path(), key);
      boolean upToDate = previous.upToDate(unitName(text.path()), key, folder)
          && (!publisher.makesExtracts()
              || (Files.isRegularFile(extractFile(cache, key)) && Files.isRegularFile(searchFile(cache, key))));
      if (!upToDate) {
        plan.staleTexts.add(text.path());
      }
    }
    plan.upToDate = plan.nothingChanged();
    return plan;
  }

  private static String unitName(Path text) {
    return "text:" + text;
  }

  private static void link(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    try {
      Files.createLink(to, from);
    } catch (FileAlreadyExistsException e) {
      // the same file named by two units: once is enough
    } catch (UnsupportedOperationException | IOException e) {
      Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  // ------------------------------------------------------------------ fingerprints

  private String madeWithKey(List<URI> roots) throws IOException {
    Fingerprint f = Fingerprint.start();
    for (URI uri : StylesheetFiles.closure(roots)) {
      f.add(uri.toString());
      if ("file".equals(uri.getScheme())) {
        f.add(Fingerprint.ofFile(Path.of(uri)));
      }
    }
    return f.hex();
  }

  private static String schemasKey(ProjectLayout layout) throws IOException {
    Fingerprint f = Fingerprint.start().add(ToolFingerprint.get());
    List<URI> schemasAndCatalogs = new ArrayList<>(layout.projectSchemas());
    schemasAndCatalogs.addAll(layout.catalogs());
    for (URI schema : schemasAndCatalogs) {
      f.add(schema.toString());
      if ("file".equals(schema.getScheme())) {
        f.add(Fingerprint.ofFile(Path.of(schema)));
      }
    }
    return f.hex();
  }

  /** The main stylesheets of these formats, to compile ahead of their first use. */
  private static List<URI> stylesheetsFor(Set<String> formats, ProjectLayout layout) {
    List<URI> uris = new ArrayList<>();
    if (formats.contains("html")) {
      uris.add(layout.stylesheet("html/text.xsl"));
    }
    if (formats.contains("epub")) {
      uris.add(layout.stylesheet("epub/book.xsl"));
    }
    if (formats.contains("pdf")) {
      uris.add(layout.stylesheet("fo/book.xsl"));
    }
    return uris;
  }

  /** The stylesheets of this build: those of the last one while no stylesheet file changed. */
  private synchronized Stylesheets stylesheets(ProjectLayout layout) throws IOException {
    List<URI> all = new ArrayList<>();
    for (String xsl : List.of("html/text.xsl", "html/site.xsl", "html/search.xsl", "epub/book.xsl", "fo/book.xsl")) {
      all.add(layout.stylesheet(xsl));
    }
    String key = madeWithKey(all);
    if (stylesheets == null || !key.equals(stylesheetsKey)) {
      stylesheets = new Stylesheets(parsing.processor());
      stylesheetsKey = key;
    }
    return stylesheets;
  }

  private synchronized EditionValidator validator(ProjectLayout layout, Path sandbox, String schemasKey, Path cache) {
    if (validator == null || !schemasKey.equals(validatorKey)) {
      SchemaSet schemas = new SchemaSet(parsing.processor(), cache.resolve("schemas"), sandbox);
      try {
        schemas.addDefaults(layout.projectSchemas());
        schemas.useCatalog(new org.edition.check.SchemaCatalog(layout.catalogs()));
      } catch (SchemaLoadException e) {
        throw new UncheckedSchemaLoad(e);
      }
      validator = new EditionValidator(parsing, schemas, sandbox);
      validator.keepTreesIn(pool(sandbox));
      validatorKey = schemasKey;
    }
    return validator;
  }

  /** A schema that cannot be loaded, carried out of the lazy validator. */
  private static final class UncheckedSchemaLoad extends RuntimeException {
    final transient SchemaLoadException failure;

    UncheckedSchemaLoad(SchemaLoadException failure) {
      super(failure);
      this.failure = failure;
    }
  }

  private Publisher publisher(String format, Stylesheets xsl, ProjectLayout layout, PublishContext context)
      throws IOException {
    return switch (format) {
      case "html" -> new HtmlSite(xsl, layout, context);
      case "epub" -> new EpubBooks(xsl, layout, context);
      case "pdf" -> new PdfBooks(xsl, layout, context, () -> fopFactory(layout));
      default -> throw new IllegalArgumentException("unknown format " + format);
    };
  }

  private synchronized FopFactory fopFactory(ProjectLayout layout) {
    if (fopFactory == null) {
      try {
        fopFactory = PdfBooks.fopFactory(layout.root());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return fopFactory;
  }

  // ------------------------------------------------------------------ documents and extracts

  /** The label files of the stylesheets, by language, as xslt/common/functions.xsl takes them. */
  private XdmMap locales(ProjectLayout layout) throws IOException {
    Map<XdmAtomicValue, XdmValue> map = new HashMap<>();
    for (String lang : List.of("fr", "en")) {
      URI uri = layout.stylesheet("common/locales/" + lang + ".xml");
      try (InputStream in = uri.toURL().openStream()) {
        map.put(new XdmAtomicValue(lang), parsing.processor().newDocumentBuilder()
            .build(new javax.xml.transform.sax.SAXSource(new org.edition.load.SecureXmlReader(),
                new org.xml.sax.InputSource(in))));
      } catch (SaxonApiException e) {
        throw new IOException("cannot read the labels " + uri + ": " + e.getMessage(), e);
      }
    }
    return new XdmMap(map);
  }

  /** A document of the edition: the tree the check stage parsed, else parsed now (once). */
  private TeiDocument read(Path file, Path sandbox) throws IOException {
    return TeiDocument.of(file, pool(sandbox).tree(file));
  }

  /**
   * The edition's documents, each parsed once (see DocumentPool): kept from build to build while
   * the edition's folder stays the same, so that serve's rebuilds reuse the trees of the files
   * that did not change.
   */
  private synchronized DocumentPool pool(Path sandbox) {
    if (pool == null || !pool.sandbox().equals(sandbox)) {
      pool = new DocumentPool(parsing, sandbox);
    }
    return pool;
  }

  private static Path extractFile(Path cache, String key) {
    return cache.resolve("extracts").resolve(key + ".xml");
  }

  private static Path searchFile(Path cache, String key) {
    return cache.resolve("extracts").resolve(key + ".json");
  }

  private void keepExtract(Path cache, String key, XdmNode extract, String search) throws IOException {
    if (keepExtracts) {
      extracts.put(key, extract);
    }
    Path file = extractFile(cache, key);
    Files.createDirectories(file.getParent());
    Path part = Files.createTempFile(file.getParent(), ".extract-", ".part");
    try {
      Serializer serializer = parsing.processor().newSerializer(part.toFile());
      serializer.serializeNode(extract);
      Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      Files.writeString(part, search, java.nio.charset.StandardCharsets.UTF_8);
      Files.move(part, searchFile(cache, key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (SaxonApiException e) {
      throw new IOException("cannot keep the extract of a text in " + file + ": " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(part);
    }
  }

  private XdmNode extract(Path cache, String key) throws IOException {
    XdmNode known = extracts.get(key);
    if (known != null) {
      return known;
    }
    Path file = extractFile(cache, key);
    try (InputStream in = Files.newInputStream(file)) {
      XdmNode node = parsing.processor().newDocumentBuilder()
          .build(new javax.xml.transform.stream.StreamSource(in, file.toUri().toString()));
      if (keepExtracts) {
        extracts.put(key, node);
      }
      return node;
    } catch (SaxonApiException e) {
      throw new IOException("cannot read the extract " + file + ": " + e.getMessage(), e);
    }
  }

  /** Extracts of texts that are gone or changed are of no further use. */
  private void forgetOldExtracts(Path cache, List<Plan> plans) throws IOException {
    Plan html = plans.stream().filter(p -> p.publisher.makesExtracts()).findFirst().orElse(null);
    if (html == null) {
      return;
    }
    Set<String> current = new HashSet<>(html.textKeys.values());
    extracts.keySet().retainAll(current);
    Path folder = cache.resolve("extracts");
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        String key = name.replaceFirst("\\.(xml|json)$", "");
        if (!name.equals(key) && !current.contains(key)) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  /** French labels when most texts are French, else English. */
  private static String majorityLanguage(List<CheckedFile> texts) {
    long french = texts.stream().filter(t -> t.language().startsWith("fr")).count();
    return french * 2 >= texts.size() ? "fr" : "en";
  }

}
