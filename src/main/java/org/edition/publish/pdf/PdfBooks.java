package org.edition.publish.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.FopFactoryBuilder;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.configuration.Configuration;
import org.apache.fop.configuration.ConfigurationException;
import org.apache.fop.configuration.DefaultConfigurationBuilder;
import org.edition.load.ToolVersion;
import org.edition.load.ProjectLayout;
import org.edition.load.TeiDocument;
import org.edition.publish.Book;
import org.edition.publish.BundledFonts;
import org.edition.publish.PublishContext;
import org.edition.publish.BookPublisher;
import org.edition.transform.StylesheetException;
import org.edition.transform.Stylesheets;

/**
 * Writes the print PDFs: one per text and, when the edition has a volume, one of all its texts. xslt/fo/book.xsl makes the
 * XSL-FO, Apache FOP renders it (one factory per run, DejaVu Serif embedded from the jar, French
 * hyphenation from OFFO, PDF/A-2b and PDF/UA-1 modes), and {@link PdfFixes} mends what veraPDF
 * would otherwise reject.
 */
public final class PdfBooks extends BookPublisher {
  static final String BOOK_XSL = "fo/book.xsl";

  private final Stylesheets stylesheets;
  private final ProjectLayout layout;
  private final java.util.function.Supplier<FopFactory> fopFactory;
  /** What each book just written lacks a glyph for (MissingGlyphs), until the build takes it. */
  private final Map<Path, List<org.edition.check.Diagnostic>> problems = new java.util.concurrent.ConcurrentHashMap<>();

  /** A PDF per text and a volume; its formulas drawn by JEuclid. */
  public static final org.edition.publish.Format FORMAT = new org.edition.publish.Format("pdf", List.of(BOOK_XSL), true,
      // FOP's set-up (fonts copied out, PDF/A and PDF/UA modes) is made once per run.
      (xsl, layout, context, warm) -> new PdfBooks(xsl, layout, context,
          () -> warm.get("fop " + layout.root(), FopFactory.class, () -> {
            try {
              return fopFactory(layout.root());
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })),
      List.of(new MathmlDrawing(), new TextWidths()));

  public PdfBooks(
      Stylesheets stylesheets, ProjectLayout layout, PublishContext context, java.util.function.Supplier<FopFactory> fopFactory) {
    super(context);
    this.stylesheets = stylesheets;
    this.layout = layout;
    this.fopFactory = fopFactory;
  }

  static {
    org.edition.publish.LibraryLogging.quiet();
  }

  /** The FOP set-up of a run (fonts, PDF/A and PDF/UA modes), shared by every PDF it writes. */
  public static FopFactory fopFactory(Path base) throws IOException {
    // FOP opens font files by URL: the fonts are copied out of the jar once per run.
    Path fonts = Files.createTempDirectory("edition-fonts-");
    fonts.toFile().deleteOnExit();
    StringBuilder triplets = new StringBuilder();
    // the serif for the text, the scripts it lacks, the sans for the rest: FOP picks per character
    for (BundledFonts.Face face : BundledFonts.printFaces()) {
      Path file = fonts.resolve(face.file());
      BundledFonts.copy(face, file);
      file.toFile().deleteOnExit();
      triplets.append(font(file, face));
    }
    // No font cache: FOP's is one file in the user's home (~/.fop/fop-fonts.cache) that every
    // FOP on the machine rewrites; one written by another program, or half-written by a build
    // beside this one, failed every PDF ("cannot assign instance of java.lang.String to field
    // ...UnmodifiableList.list"). It saves nothing here: the fonts are configured one by one, from
    // files copied anew for each run, so it only grew by an entry per run.
    String config =
        """
        <fop version="1.0">
          <use-cache>false</use-cache>
          <accessibility>true</accessibility>
          <renderers>
            <renderer mime="application/pdf">
              <pdf-a-mode>PDF/A-2b</pdf-a-mode>
              <pdf-ua-mode>PDF/UA-1</pdf-ua-mode>
              <fonts>
                %s
              </fonts>
            </renderer>
          </renderers>
        </fop>
        """
            .formatted(triplets);
    try {
      Configuration cfg =
          new DefaultConfigurationBuilder()
              .build(new ByteArrayInputStream(config.getBytes(StandardCharsets.UTF_8)));
      FopFactoryBuilder builder =
          new FopFactoryBuilder(base.toUri(), new LocalResources()).setConfiguration(cfg);
      builder.setAccessibility(true);
      return builder.build();
    } catch (ConfigurationException e) {
      throw new IOException("cannot configure FOP: " + e.getMessage(), e);
    }
  }

  private static String font(Path file, BundledFonts.Face face) {
    StringBuilder font = new StringBuilder(
        "<font kerning=\"yes\" embed-url=\"" + file.toUri() + "\" embedding-mode=\"subset\">");
    for (String[] styleAndWeight : face.faces()) {
      font.append("<font-triplet name=\"").append(face.family()).append("\" style=\"").append(styleAndWeight[0])
          .append("\" weight=\"").append(styleAndWeight[1]).append("\"/>");
    }
    return font.append("</font>").toString();
  }

  @Override
  public String format() {
    return "pdf";
  }

  @Override
  protected List<org.edition.check.Diagnostic> problems(Path book) {
    List<org.edition.check.Diagnostic> found = problems.remove(book);
    return found == null ? List.of() : found;
  }

  @Override
  public List<URI> madeWith() {
    return List.of(layout.stylesheet(BOOK_XSL));
  }

  /**
   * How many times FOP set each book at its last build, by the book's memory (RenderingMemory):
   * what the tests count, as the issue asks work to be counted rather than timed.
   */
  static final java.util.concurrent.ConcurrentMap<Path, Integer> RENDERINGS = new java.util.concurrent.ConcurrentHashMap<>();

  @Override
  protected Path write(Book book, Path folder) throws StylesheetException, IOException {
    XsltExecutable xsl = stylesheets.get(layout.stylesheet(BOOK_XSL));
    String name = book.name();
    List<TeiDocument> texts = book.texts();
    Map<QName, XdmValue> parameters = new HashMap<>(context.commonParameters());
    parameters.put(new QName("texts"), PublishContext.trees(texts));
    parameters.put(new QName("whole-edition"), new XdmAtomicValue(book.wholeEdition()));
    // the fonts FOP embeds, which the stylesheet's font-family names unless a customisation says otherwise
    parameters.put(new QName("bundled-font-family"), new XdmAtomicValue(BundledFonts.printFamilies()));
    parameters.put(new QName("bundled-small-caps-family"), new XdmAtomicValue(BundledFonts.printSmallCapsFamilies()));
    // The settings' page size wins; without one, the stylesheet's (a customisation's xsl:param)
    context.settings().pageSize().ifPresent(size -> {
      parameters.put(new QName("page-width"), new XdmAtomicValue(size.width()));
      parameters.put(new QName("page-height"), new XdmAtomicValue(size.height()));
    });
    if (context.settings().plates()) {
      // the page images kept in the edition, by text and address, as files FOP reads
      Map<String, String> images = new HashMap<>();
      org.edition.publish.FacsimileFiles.ofBook(texts, context).forEach((key, file) -> images.put(key, file.toUri().toString()));
      parameters.put(new QName("images"), net.sf.saxon.s9api.XdmMap.makeMap(images));
      parameters.put(new QName("plates"), new XdmAtomicValue(true));
    }
    Instant modified = book.modified(context.registers());
    Path raw = Files.createTempFile(folder, "." + name + "-", ".pdf");
    // the characters FOP finds no glyph for: an error of the text (a volume's texts say theirs)
    java.util.Set<String> missing = new java.util.concurrent.ConcurrentSkipListSet<>();
    // started from what the book's last build settled: after a word changed, one rendering
    // usually confirms it (RenderingMemory)
    Path memories = context.cache("pdf-renderings");
    RenderingMemory memory = RenderingMemory.of(memories, name);
    if (!memory.equals(RenderingMemory.none())) {
      parameters.put(new QName("index-pages"), indexParameter(memory.index()));
      parameters.put(new QName("unbroken-words"), new XdmValue(memory.unbroken().stream().map(XdmAtomicValue::new).toList()));
      parameters.put(new QName("apparatus-lines"), net.sf.saxon.s9api.XdmMap.makeMap(memory.lemmata()));
    }
    try {
      TextLayer.Recorder recorded = render(xsl, parameters, texts, modified, name, raw, missing);
      int renderings = 1;
      // Rendered again while a rendering tells what the next must change: the index's page
      // numbers (FOP has no XSL 1.1 index), the words hyphenated across a page turn (no
      // hyphenation-keep). Keeping such a word whole can move what follows: the index and the
      // page turns are read again, three renderings at most.
      // A critical apparatus: a first rendering says where each lemma falls (its page's foot
      // keeps its room whatever the page, fo/modules/apparatus.xsl), the next sets each page's
      // entries there, keyed by their lines (ApparatusLines): once more while a word kept whole
      // moved a lemma, or an entry is not on its lemma's page, five renderings at most.
      Map<String, List<String>> index = memory.index();
      java.util.Set<String> unbroken = new java.util.TreeSet<>(memory.unbroken());
      Map<String, String> lemmata = memory.lemmata();
      ApparatusLines.Placed placed;
      Map<String, List<String>> pages;
      for (int rendering = 1; ; rendering++) {
        PageFootHyphens.Breaks breaks;
        try (org.apache.pdfbox.pdmodel.PDDocument rendered = org.apache.pdfbox.Loader.loadPDF(raw.toFile())) {
          var named = NamedDestinations.of(rendered);
          pages = IndexPages.read(rendered, named);
          breaks = PageFootHyphens.read(rendered);
          placed = ApparatusLines.read(rendered, named);
        }
        boolean newBreaks = !unbroken.containsAll(breaks.atTurns());
        unbroken.addAll(breaks.atTurns());
        unbroken.addAll(breaks.beforeTurns());
        if (pages.equals(index) && !newBreaks && placed.lemmata().equals(lemmata) && placed.astray().isEmpty()
            || rendering >= (placed.any() ? 5 : 3)) {
          break;
        }
        index = pages;
        lemmata = placed.lemmata();
        parameters.put(new QName("index-pages"), indexParameter(index));
        parameters.put(new QName("unbroken-words"), new XdmValue(unbroken.stream().map(XdmAtomicValue::new).toList()));
        parameters.put(new QName("apparatus-lines"), net.sf.saxon.s9api.XdmMap.makeMap(lemmata));
        recorded = render(xsl, parameters, texts, modified, name, raw, missing);
        renderings++;
      }
      RENDERINGS.put(memories.resolve(name), renderings);
      new RenderingMemory(pages, unbroken, placed.lemmata()).keep(memories, name);
      Path pdf = folder.resolve(name + ".pdf");
      PdfFixes.apply(raw, pdf, placed, recorded);
      if (!missing.isEmpty() && !book.wholeEdition()) {
        List<Path> files = new java.util.ArrayList<>(texts.stream().map(TeiDocument::path).toList());
        context.registers().forEach(r -> files.add(r.path()));
        problems.put(pdf, MissingGlyphs.errors(missing, files));
      }
      return pdf;
    } finally {
      Files.deleteIfExists(raw);
    }
  }

  /** Renders the book once; says what FOP was given and set it in, for the text layer (TextLayer). */
  private TextLayer.Recorder render(
      XsltExecutable xsl, Map<QName, XdmValue> parameters, List<TeiDocument> texts, Instant modified,
      String name, Path raw, java.util.Set<String> missing)
      throws StylesheetException, IOException {
    TextLayer.Recorder recorder = new TextLayer.Recorder();
    try (OutputStream out = Files.newOutputStream(raw)) {
      FopFactory factory = fopFactory.get();
      FOUserAgent agent = factory.newFOUserAgent();
      agent.setProducer("edition " + ToolVersion.get() + " (Apache FOP)");
      agent.setCreator("edition " + ToolVersion.get());
      agent.setCreationDate(Date.from(modified));
      agent.setAccessibility(true);
      agent.getEventBroadcaster().addEventListener(
          event -> {
            if (event.getEventID().endsWith("glyphNotAvailable")) {
              Object ch = event.getParam("ch");
              if (ch != null && !ch.toString().isEmpty()) {
                missing.add(ch.toString());
              }
            }
          });
      Fop fop;
      // FOP reads its configuration (a DOM, not safe to share between threads) as a Fop is made.
      synchronized (factory) {
        recorder.attach(agent);
        fop = agent.newFop(MimeConstants.MIME_PDF, out);
      }
      Xslt30Transformer transformer = org.edition.transform.Transformations.load(
          xsl, layout.stylesheet(BOOK_XSL), parameters, texts.get(0).tree(), context.messages());
      transformer.callTemplate(new QName("main"), new SAXDestination(recorder.filter(fop.getDefaultHandler())));
      return recorder;
    } catch (SaxonApiException e) {
      throw new StylesheetException("cannot write the PDF " + name + ": " + StylesheetException.describe(e), e);
    } catch (FOPException e) {
      throw new IOException("FOP cannot render " + name + ": " + e.getMessage(), e);
    }
  }

  private static XdmMap indexParameter(Map<String, List<String>> index) {
    XdmMap map = new XdmMap();
    for (Map.Entry<String, List<String>> e : index.entrySet()) {
      map = map.put(new XdmAtomicValue(e.getKey()),
          new XdmValue(e.getValue().stream().map(XdmAtomicValue::new).toList()));
    }
    return map;
  }

}
