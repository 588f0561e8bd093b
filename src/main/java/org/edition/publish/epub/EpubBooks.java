package org.edition.publish.epub;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.edition.load.ProjectLayout;
import org.edition.load.TeiDocument;
import org.edition.publish.Book;
import org.edition.publish.BundledFonts;
import org.edition.publish.PublishContext;
import org.edition.publish.BookPublisher;
import org.edition.publish.StagedOutput;
import org.edition.transform.StylesheetException;
import org.edition.transform.Stylesheets;

/**
 * Writes the EPUB 3 books: one per text and, when the edition has a volume, one of all its texts. The content documents,
 * navigation and package document come from xslt/epub/book.xsl; this class adds the container
 * files, the stylesheet and the embedded font, and zips each book reproducibly.
 */
public final class EpubBooks extends BookPublisher {
  static final String BOOK_XSL = "epub/book.xsl";

  /**
   * Every book carries the fonts the PDF embeds (css/edition.css names them all, in the PDF's
   * order): each cut down to its share of the book's letters, so a face the book needs nothing
   * from adds a few hundred bytes.
   */
  private static final List<BundledFonts.Face> FONTS = BundledFonts.printFaces();

  private final Stylesheets stylesheets;
  private final ProjectLayout layout;

  /**
   * An EPUB per text and a volume. Its running text has the soft hyphens of the website (the
   * print edition's breaks, from FOP's patterns): reading systems seldom have a dictionary for
   * the text's language.
   */
  public static final org.edition.publish.Format FORMAT = new org.edition.publish.Format("epub", List.of(BOOK_XSL), true,
      (xsl, layout, context, warm) -> new EpubBooks(xsl, layout, context), List.of(new org.edition.publish.html.SoftHyphens()));

  public EpubBooks(Stylesheets stylesheets, ProjectLayout layout, PublishContext context) {
    super(context);
    this.stylesheets = stylesheets;
    this.layout = layout;
  }

  @Override
  public String format() {
    return "epub";
  }

  @Override
  public List<URI> madeWith() {
    return List.of(layout.stylesheet(BOOK_XSL), layout.stylesheet("epub/assets/edition.css"));
  }

  @Override
  protected Path write(Book book, Path folder) throws StylesheetException, IOException {
    XsltExecutable xsl = stylesheets.get(layout.stylesheet(BOOK_XSL));
    String name = book.name();
    List<TeiDocument> texts = book.texts();
    Path staging = Files.createTempDirectory(folder, "." + name + "-");
    try {
      Path oebps = staging.resolve("OEBPS");
      Instant modified = book.modified(context.registers());
      Map<QName, XdmValue> parameters = new HashMap<>(context.commonParameters());
      parameters.put(new QName("texts"), PublishContext.trees(texts));
      parameters.put(new QName("book-identifier"),
          new XdmAtomicValue(identifier(book.wholeEdition() ? "edition:" + name : "text:" + name)));
      parameters.put(new QName("modified"), new XdmAtomicValue(DateTimeFormatter.ISO_INSTANT.format(modified)));
      parameters.put(new QName("fonts"),
          new XdmValue(FONTS.stream().map(f -> new XdmAtomicValue(f.file())).toList()));
      parameters.put(new QName("whole-edition"), new XdmAtomicValue(book.wholeEdition()));
      if (context.settings().plates()) {
        parameters.put(new QName("images"), net.sf.saxon.s9api.XdmMap.makeMap(packImages(texts, oebps)));
      }
      try {
        Xslt30Transformer transformer = org.edition.transform.Transformations.load(
            xsl, layout.stylesheet(BOOK_XSL), parameters, texts.get(0).tree(), context.messages());
        transformer.setBaseOutputURI(oebps.resolve("content.opf").toUri().toString());
        transformer.callTemplate(new QName("main"));
      } catch (SaxonApiException e) {
        throw new StylesheetException("cannot write the EPUB " + name + ": " + StylesheetException.describe(e), e);
      }
      copy(layout.stylesheet("epub/assets/edition.css"), oebps.resolve("css/edition.css"));
      Path container = staging.resolve("META-INF/container.xml");
      Files.createDirectories(container.getParent());
      Files.writeString(
          container,
          """
          <?xml version="1.0" encoding="UTF-8"?>
          <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
            <rootfiles>
              <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
            </rootfiles>
          </container>
          """,
          StandardCharsets.UTF_8);
      Path epub = folder.resolve(name + ".epub");
      EpubArchive.write(staging, epub, modified, "OEBPS/fonts", FONTS);
      return epub;
    } finally {
      StagedOutput.deleteTree(staging);
    }
  }

  /**
   * Puts the page images the texts keep in the edition into the book (OEBPS/images/, each once,
   * named by its content; a TIFF or BMP, which reading systems do not show, as a JPEG).
   *
   * @return each image by text and address ("ID address"), as the book's pages name it
   */
  private Map<String, String> packImages(List<TeiDocument> texts, Path oebps) throws IOException {
    Map<String, String> images = new HashMap<>();
    for (Map.Entry<String, Path> image : org.edition.publish.FacsimileFiles.ofBook(texts, context).entrySet()) {
      Path file = image.getValue();
      boolean asItIs = org.edition.publish.FacsimileFiles.shownAsItIs(file);
      String extension = asItIs ? file.getFileName().toString().replaceAll("^.*\\.", "").toLowerCase(java.util.Locale.ROOT) : "jpg";
      String name = "images/" + org.edition.load.Fingerprint.ofFile(file).substring(0, 16) + "." + extension.replace("jpeg", "jpg");
      Path to = oebps.resolve(name);
      if (!Files.exists(to)) {
        Files.createDirectories(to.getParent());
        if (asItIs) {
          Files.copy(file, to);
        } else {
          java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(file.toFile());
          if (picture == null || !javax.imageio.ImageIO.write(picture, "jpg", to.toFile())) {
            continue;
          }
        }
      }
      images.put(image.getKey(), name);
    }
    return images;
  }

  /** A stable urn:uuid from a name, so that a book keeps its identifier from build to build. */
  static String identifier(String name) {
    return "urn:uuid:" + UUID.nameUUIDFromBytes(("edition:" + name).getBytes(StandardCharsets.UTF_8));
  }

  private static void copy(URI from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    try (InputStream in = from.toURL().openStream()) {
      Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
