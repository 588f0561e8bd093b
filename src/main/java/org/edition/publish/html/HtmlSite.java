package org.edition.publish.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.SaxonApiUncheckedException;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.edition.load.Edition;
import org.edition.load.ProjectLayout;
import org.edition.load.TeiDocument;
import org.edition.publish.InParallel;
import org.edition.publish.Publisher;
import org.edition.publish.TextIds;
import org.edition.publish.TransformParameters;
import org.edition.transform.StylesheetException;
import org.edition.transform.Stylesheets;

/**
 * Writes the static website: one page per text (xslt/html/text.xsl), the edition-wide pages
 * (xslt/html/site.xsl: home, registers, about, search data), the TEI sources for download, and
 * the assets (stylesheet, script, Lunr).
 */
public final class HtmlSite implements Publisher {
  static final String TEXT_XSL = "html/text.xsl";
  static final String SITE_XSL = "html/site.xsl";
  static final List<String> ASSETS = List.of("edition.css", "edition.js");

  private final Stylesheets stylesheets;
  private final ProjectLayout layout;
  private final SiteSettings settings;

  public HtmlSite(Stylesheets stylesheets, ProjectLayout layout, SiteSettings settings) {
    this.stylesheets = stylesheets;
    this.layout = layout;
    this.settings = settings;
  }

  @Override
  public String format() {
    return "html";
  }

  /** Writes the whole site into {@code folder}. */
  @Override
  public String write(Edition edition, Path folder) throws StylesheetException, IOException {
    XsltExecutable textXsl = stylesheets.get(layout.stylesheet(TEXT_XSL));
    XsltExecutable siteXsl = stylesheets.get(layout.stylesheet(SITE_XSL));
    Map<TeiDocument, String> ids = TextIds.of(edition.texts());
    Map<QName, XdmValue> common = TransformParameters.common(settings, edition, ids);
    Files.createDirectories(folder.resolve("tei"));
    InParallel.forEach(edition.texts(), text -> {
      try {
        writeText(textXsl, common, text, ids.get(text), folder);
      } catch (SaxonApiException e) {
        throw new StylesheetException("cannot publish " + text.path() + ": " + StylesheetException.describe(e), e);
      }
    });
    writeSitePages(siteXsl, common, edition, folder);
    copyAssets(folder.resolve("assets"));
    try (var files = Files.walk(folder)) {
      long pages = files.filter(p -> p.toString().endsWith(".html")).count();
      return pages + " pages from " + edition.texts().size() + (edition.texts().size() == 1 ? " text" : " texts");
    }
  }

  private void writeText(
      XsltExecutable xsl, Map<QName, XdmValue> common, TeiDocument text, String id, Path folder)
      throws IOException, SaxonApiException {
    String sourceName = id + ".xml";
    Files.copy(text.path(), folder.resolve("tei").resolve(sourceName), StandardCopyOption.REPLACE_EXISTING);
    Map<QName, XdmValue> parameters = new HashMap<>(common);
    Map<String, String> downloads = new HashMap<>();
    downloads.put("tei", "tei/" + sourceName);
    parameters.put(new QName("downloads"), XdmMap.makeMap(downloads));
    Xslt30Transformer transformer = xsl.load30();
    transformer.setErrorReporter(error -> {});
    transformer.setStylesheetParameters(parameters);
    transformer.setGlobalContextItem(text.tree());
    transformer.applyTemplates(
        text.tree(), transformer.newSerializer(folder.resolve(id + ".html").toFile()));
  }

  private void writeSitePages(
      XsltExecutable xsl, Map<QName, XdmValue> common, Edition edition, Path folder)
      throws StylesheetException {
    Map<QName, XdmValue> parameters = new HashMap<>(common);
    List<XdmNode> texts = edition.texts().stream().map(TeiDocument::tree).toList();
    parameters.put(new QName("all-texts"), TransformParameters.trees(edition.texts()));
    try {
      Xslt30Transformer transformer = xsl.load30();
      transformer.setErrorReporter(error -> {});
      transformer.setStylesheetParameters(parameters);
      // The edition's title and licence default to those of its first file.
      transformer.setGlobalContextItem(
          edition.registers().isEmpty() ? texts.get(0) : edition.registers().get(0).tree());
      transformer.setBaseOutputURI(folder.resolve("index.html").toUri().toString());
      // The pages may only be written inside the staging folder.
      Path root = folder.toAbsolutePath().normalize();
      transformer.setResultDocumentHandler(
          uri -> {
            Path page = Path.of(uri).toAbsolutePath().normalize();
            if (!page.startsWith(root)) {
              throw new SaxonApiUncheckedException(
                  new SaxonApiException("a stylesheet tried to write outside the output: " + uri));
            }
            try {
              Files.createDirectories(page.getParent());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            return transformer.newSerializer(page.toFile());
          });
      transformer.callTemplate(new QName("main"));
    } catch (SaxonApiException | SaxonApiUncheckedException e) {
      throw new StylesheetException(
          "cannot write the edition's pages: "
              + (e instanceof SaxonApiException s ? StylesheetException.describe(s) : e.getMessage()),
          e);
    }
  }

  private void copyAssets(Path assets) throws IOException {
    Files.createDirectories(assets);
    for (String asset : ASSETS) {
      URI uri = layout.stylesheet("html/assets/" + asset);
      try (InputStream in = uri.toURL().openStream()) {
        Files.copy(in, assets.resolve(asset), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    String lunr = "/META-INF/resources/webjars/lunr/" + bundledLunrVersion() + "/lunr.min.js";
    try (InputStream in = HtmlSite.class.getResourceAsStream(lunr)) {
      if (in == null) {
        throw new IOException("Lunr is missing from the class path (" + lunr + ")");
      }
      Files.copy(in, assets.resolve("lunr.min.js"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String bundledLunrVersion() throws IOException {
    Properties versions = new Properties();
    try (InputStream in = HtmlSite.class.getResourceAsStream("/edition/version.properties")) {
      versions.load(in);
    }
    return versions.getProperty("lunr");
  }
}
