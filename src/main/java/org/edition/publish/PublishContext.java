package org.edition.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmValue;
import org.edition.load.TeiDocument;

/**
 * What every output of one build shares: the settings, the registers (read when first needed: a
 * build with nothing to write never reads them), the identifier of every text (which names its
 * page, PDF and EPUB), and whether the edition gets a volume of all its texts.
 */
public final class PublishContext {
  /** Reads the files that hold the registers. */
  @FunctionalInterface
  public interface RegisterReader {
    List<TeiDocument> read() throws IOException;
  }

  /** The normalisation pass, as the registers go through it. */
  @FunctionalInterface
  public interface RegisterNormalizer {
    net.sf.saxon.s9api.XdmNode apply(net.sf.saxon.s9api.XdmNode document)
        throws org.edition.transform.StylesheetException;
  }

  private final SiteSettings settings;
  private final RegisterReader reader;
  private final Map<Path, String> textIds;
  private final boolean volume;
  private final XdmMap locales;
  private final Path sandbox;
  private final Path cache;
  private java.util.function.Consumer<org.edition.transform.StylesheetMessage> messages = said -> {};
  private java.util.function.Consumer<org.edition.check.Diagnostic> problems = said -> {};
  private List<TeiDocument> sourceRegisters;
  private List<TeiDocument> registers;
  private RegisterNormalizer normalizer = document -> document;
  private Map<QName, XdmValue> passParameters;
  private Map<QName, XdmValue> common;

  /**
   * @param textIds the identifier of each text, by path, in the order of the texts
   * @param locales the label files by language (xslt/common/locales), read once for every
   *     transformation
   * @param sandbox the folder the edition's files are read from (its images too)
   * @param cache the build's cache, where what is slow to make and shared by builds is kept
   */
  public PublishContext(SiteSettings settings, RegisterReader registers, Map<Path, String> textIds, boolean volume,
      XdmMap locales, Path sandbox, Path cache) {
    this.sandbox = sandbox;
    this.cache = cache;
    this.settings = settings;
    this.reader = registers;
    this.textIds = textIds;
    this.volume = volume;
    this.locales = locales;
  }

  /** Where what the stylesheets say as they run goes (the build's diagnostics). */
  public java.util.function.Consumer<org.edition.transform.StylesheetMessage> messages() {
    return messages;
  }

  public void messagesTo(java.util.function.Consumer<org.edition.transform.StylesheetMessage> sink) {
    this.messages = sink;
  }

  /**
   * Where a format says what it left out of an edition-wide output (one text's search records
   * that cannot be read): the build's diagnostics, against the file concerned.
   */
  public java.util.function.Consumer<org.edition.check.Diagnostic> problems() {
    return problems;
  }

  public void problemsTo(java.util.function.Consumer<org.edition.check.Diagnostic> sink) {
    this.problems = sink;
  }

  /** The folder the edition's files are read from: nothing outside it is read. */
  public Path sandbox() {
    return sandbox;
  }

  /** A folder of the build's cache, kept from build to build, for one kind of made thing. */
  public Path cache(String kind) {
    return cache.resolve(kind);
  }

  public SiteSettings settings() {
    return settings;
  }

  public Map<Path, String> textIds() {
    return textIds;
  }

  public boolean volume() {
    return volume;
  }

  public String idOf(Path text) {
    return textIds.get(text);
  }

  /**
   * The registers go through the normalisation pass as the texts do (the formats read its
   * decisions back from every tree they render); the pass itself reads them as written.
   */
  public synchronized void normalizeRegistersWith(RegisterNormalizer normalizer) {
    this.normalizer = normalizer;
  }

  /** The documents that hold the registers, normalised: what every format renders. */
  public synchronized List<TeiDocument> registers() {
    if (registers == null) {
      List<TeiDocument> normalized = new java.util.ArrayList<>();
      for (TeiDocument source : sourceRegisters()) {
        try {
          normalized.add(TeiDocument.of(source.path(), normalizer.apply(source.tree()), source.tree()));
        } catch (org.edition.transform.StylesheetException e) {
          throw new IllegalStateException(e.getMessage(), e);
        }
      }
      registers = List.copyOf(normalized);
    }
    return registers;
  }

  /** The documents that hold the registers, as written. */
  private synchronized List<TeiDocument> sourceRegisters() {
    if (sourceRegisters == null) {
      try {
        sourceRegisters = List.copyOf(reader.read());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sourceRegisters;
  }

  /** The parameters of the normalisation pass: those of every format, with the registers as written. */
  public synchronized Map<QName, XdmValue> passParameters() {
    if (passParameters == null) {
      passParameters = parameters(sourceRegisters());
    }
    return passParameters;
  }

  /** The stylesheet parameters every format shares (see xslt/common/functions.xsl). */
  public synchronized Map<QName, XdmValue> commonParameters() {
    if (common == null) {
      common = parameters(registers());
    }
    return common;
  }

  private Map<QName, XdmValue> parameters(List<TeiDocument> registerTrees) {
    Map<QName, XdmValue> parameters = new HashMap<>();
    parameters.put(new QName("ui-lang"), new XdmAtomicValue(settings.uiLang()));
    parameters.put(new QName("registers"), trees(registerTrees));
    parameters.put(new QName("locales"), locales);
    Map<String, String> byUri = new HashMap<>();
    textIds.forEach((path, id) -> byUri.put(TextIds.fileUri(path), id));
    parameters.put(new QName("text-ids"), XdmMap.makeMap(byUri));
    Map<String, String> byId = new HashMap<>();
    byUri.forEach((uri, id) -> byId.put(id, uri));
    parameters.put(new QName("text-files"), XdmMap.makeMap(byId));
    settings.baseUrl().ifPresent(url -> parameters.put(new QName("base-url"), new XdmAtomicValue(url)));
    parameters.put(new QName("edition"), XdmMap.makeMap(settings.edition()));
    return Map.copyOf(parameters);
  }

  /** Documents as one parameter value: a sequence of document nodes. */
  public static XdmValue trees(List<TeiDocument> documents) {
    return new XdmValue(documents.stream().map(TeiDocument::tree).toList());
  }
}
