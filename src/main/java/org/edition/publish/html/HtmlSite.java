package org.edition.publish.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.SaxonApiUncheckedException;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.edition.load.ProjectLayout;
import org.edition.load.TeiDocument;
import org.edition.load.WebAddress;
import org.edition.publish.EditionParts;
import org.edition.publish.EditionUnit;
import org.edition.publish.PublishContext;
import org.edition.publish.Publisher;
import org.edition.publish.StagedOutput;
import org.edition.publish.TextOutput;
import org.edition.transform.StylesheetException;
import org.edition.transform.Stylesheets;

/**
 * Writes the static website: one page per text (xslt/html/text.xsl) with the text's extract
 * (xslt/html/extract.xsl), the edition-wide pages made from the extracts (xslt/html/site.xsl:
 * home, registers, about, browsing by date, map), the search index (search/), the TEI sources for download, and the assets
 * (stylesheet, scripts, the map's library and outline of the world).
 */
public final class HtmlSite implements Publisher {
  static final String TEXT_XSL = "html/text.xsl";
  static final String SITE_XSL = "html/site.xsl";
  static final String SEARCH_XSL = "html/search.xsl";
  static final List<String> ASSETS = List.of("edition.css", "edition.js", "search.js");

  private final Stylesheets stylesheets;
  private final ProjectLayout layout;
  private final PublishContext context;

  /** The website: a page per text, the edition's pages, the search data. */
  public static final org.edition.publish.Format FORMAT = new org.edition.publish.Format("html",
      List.of("html/text.xsl", "html/site.xsl", "html/search.xsl", TeiCopy.XSL), false,
      (xsl, layout, context, warm) -> new HtmlSite(xsl, layout, context), List.of(new SoftHyphens(), new WebOrigin()));

  public HtmlSite(Stylesheets stylesheets, ProjectLayout layout, PublishContext context) {
    this.stylesheets = stylesheets;
    this.layout = layout;
    this.context = context;
  }

  @Override
  public String format() {
    return "html";
  }

  @Override
  public List<URI> madeWith() {
    List<URI> inputs = new ArrayList<>();
    for (String xsl : List.of(TEXT_XSL, SITE_XSL, SEARCH_XSL, TeiCopy.XSL)) {
      inputs.add(layout.stylesheet(xsl));
    }
    // Whether the pages link the edition's own CSS (its rules are an asset, below).
    if (layout.customCss().isPresent()) {
      inputs.add(URI.create("urn:x-edition:custom-css"));
    }
    return inputs;
  }

  @Override
  public List<URI> assets() {
    List<URI> assets = new ArrayList<>(ASSETS.stream().map(a -> layout.stylesheet("html/assets/" + a)).toList());
    layout.customCss().ifPresent(css -> assets.add(css.toUri()));
    return assets;
  }

  /** The parameters of every page: the common ones, and whether the edition has its own CSS. */
  private Map<QName, XdmValue> pageParameters() {
    Map<QName, XdmValue> parameters = new HashMap<>(context.commonParameters());
    parameters.put(new QName("custom-css"), new net.sf.saxon.s9api.XdmAtomicValue(layout.customCss().isPresent()));
    parameters.put(new QName("placed-zones"), new net.sf.saxon.s9api.XdmAtomicValue(context.settings().placedZones()));
    parameters.put(new QName("dts"), new net.sf.saxon.s9api.XdmAtomicValue(context.settings().dts()));
    context.settings().mapTiles().ifPresent(tiles -> {
      parameters.put(new QName("map-tiles"), new net.sf.saxon.s9api.XdmAtomicValue(tiles));
      try {
        parameters.put(new QName("map-tiles-origin"), new net.sf.saxon.s9api.XdmAtomicValue(WebAddress.tilesOrigin(tiles)));
      } catch (IllegalArgumentException refused) {
        // refused with the settings already (ProjectSettings); without an origin, no tiles
      }
    });
    parameters.put(new QName("script-folders"), new XdmValue(SiteScripts.FOLDERS.stream().map(net.sf.saxon.s9api.XdmAtomicValue::new).toList()));
    return parameters;
  }

  @Override
  public boolean makesExtracts() {
    return true;
  }

  /** Whether a file a text's page stylesheet writes is a later page of that text in parts: ID-p2.html, ... */
  static boolean isPartPage(String name, String id) {
    return name.startsWith(id + "-p") && name.endsWith(".html")
        && name.substring(id.length() + 2, name.length() - 5).matches("[1-9]\\d*");
  }

  @Override
  public List<String> textFiles(String id) {
    return List.of(id + ".html", "tei/" + id + ".xml", "text/" + id + ".txt", "data/texts/" + id + ".json");
  }

  @Override
  public TextOutput writeText(TeiDocument text, Path folder) throws StylesheetException, IOException {
    String id = context.idOf(text.path());
    String sourceName = id + ".xml";
    TeiCopy.write(stylesheets, layout.stylesheet(TeiCopy.XSL), text, folder.resolve("tei").resolve(sourceName), context.messages());
    Map<QName, XdmValue> parameters = pageParameters();
    parameters.put(new QName("downloads"), XdmMap.makeMap(Map.of("tei", "tei/" + sourceName)));
    parameters.put(new QName("with-extract"), new net.sf.saxon.s9api.XdmAtomicValue(true));
    parameters.put(new QName("data-files"), new net.sf.saxon.s9api.XdmAtomicValue(true));
    parameters.put(new QName("source"), text.source());
    LocalImages.Copied images = LocalImages.copy(text, folder, id, new LocalImages.Places(context.sandbox(),
        context.cache("iiif"), context.settings().baseUrl().orElse(null),
        problem -> context.messages().accept(new org.edition.transform.StylesheetMessage(text.path().toUri().toString(), 0, problem))));
    parameters.put(new QName("images"), XdmMap.makeMap(images.addresses()));
    parameters.put(new QName("image-services"), XdmMap.makeMap(images.services()));
    List<String> parts = new ArrayList<>();
    try {
      Xslt30Transformer transformer = org.edition.transform.Transformations.load(
          stylesheets.get(layout.stylesheet(TEXT_XSL)), layout.stylesheet(TEXT_XSL), parameters, text.tree(),
          context.messages());
      // The page goes to its file; its extract and search records, written beside it by the
      // same transformation, are kept in memory for the build.
      Path page = folder.resolve(id + ".html");
      XdmDestination extract = new XdmDestination();
      List<String> manifests = new ArrayList<>();
      List<String> data = new ArrayList<>();
      java.io.StringWriter search = new java.io.StringWriter();
      transformer.setBaseOutputURI(page.toUri().toString());
      transformer.setResultDocumentHandler(uri -> {
        if (uri.getPath().endsWith("/extract.xml")) {
          return extract;
        }
        String file = uri.getPath().substring(uri.getPath().lastIndexOf('/') + 1);
        if (isPartPage(file, id)) {
          // a later page of a long text in parts (xslt/common/parts.xsl), beside the first
          try {
            parts.add(file);
            return transformer.newSerializer(StagedOutput.freshFile(folder.resolve(file)).toFile());
          } catch (IOException e) {
            throw new SaxonApiUncheckedException(new SaxonApiException(e));
          }
        }
        if (uri.getPath().endsWith("/iiif-manifest.json")) {
          // the text's IIIF Presentation manifest, for viewers such as Mirador
          String name = "iiif/" + id + "/manifest.json";
          manifests.add(name);
          return besideThePage(transformer, folder, name, "json");
        }
        String dataFile = uri.getPath().endsWith("/text.txt") ? "text/" + id + ".txt"
            : uri.getPath().endsWith("/record.json") ? "data/texts/" + id + ".json" : null;
        if (dataFile != null) {
          // the text's plain reading text and JSON record, for download and reuse
          data.add(dataFile);
          return besideThePage(transformer, folder, dataFile, dataFile.endsWith(".json") ? "json" : "text");
        }
        String dts = dtsFile(uri, folder, id);
        if (dts != null) {
          // the text's DTS files: its resource, its navigation, its passages (html/modules/dts.xsl)
          data.add(dts);
          return besideThePage(transformer, folder, dts, dts.endsWith(".json") ? "json" : "xml");
        }
        if (uri.getPath().endsWith("/search-records.xml")) {
          net.sf.saxon.s9api.Serializer records = transformer.newSerializer(search);
          records.setOutputProperty(net.sf.saxon.s9api.Serializer.Property.METHOD, "xml");
          records.setOutputProperty(net.sf.saxon.s9api.Serializer.Property.INDENT, "no");
          // an XML 1.1 text may hold control characters (&#x1;) that XML 1.0 cannot write
          records.setOutputProperty(net.sf.saxon.s9api.Serializer.Property.VERSION, "1.1");
          return records;
        }
        throw new SaxonApiUncheckedException(
            new SaxonApiException("a page stylesheet may only write its extract beside the page, not " + uri));
      });
      transformer.applyTemplates(text.tree(), transformer.newSerializer(StagedOutput.freshFile(page).toFile()));
      List<String> files = new ArrayList<>(List.of(id + ".html"));
      files.addAll(parts);
      files.add("tei/" + sourceName);
      files.addAll(images.files());
      files.addAll(manifests);
      files.addAll(data);
      return new TextOutput(files, extract.getXdmNode(), search.toString());
    } catch (SaxonApiException | SaxonApiUncheckedException e) {
      // the pages of its parts written so far go with the text
      for (String part : parts) {
        Files.deleteIfExists(folder.resolve(part));
      }
      throw new StylesheetException("cannot publish " + text.path() + ": "
          + (e instanceof SaxonApiException s ? StylesheetException.describe(s) : e.getMessage()), e);
    }
  }

  /**
   * The name in the site of a DTS file the page's stylesheet writes (dts/..., and its passages
   * beside its TEI copy, tei/ID/...), or null.
   */
  private static String dtsFile(URI uri, Path folder, String id) {
    Path root = folder.toAbsolutePath().normalize();
    Path file = Path.of(uri).toAbsolutePath().normalize();
    boolean dts = file.startsWith(root.resolve("dts")) || file.startsWith(root.resolve("tei").resolve(id));
    return dts && file.getNameCount() > root.getNameCount() + 1 ? root.relativize(file).toString().replace('\\', '/') : null;
  }

  /** A file the page's stylesheet writes beside the page ({@code name} in the folder, made anew). */
  private static net.sf.saxon.s9api.Serializer besideThePage(Xslt30Transformer transformer, Path folder, String name,
      String method) {
    Path file = folder.resolve(name);
    try {
      StagedOutput.freshFile(file);
    } catch (IOException e) {
      throw new SaxonApiUncheckedException(new SaxonApiException(e));
    }
    net.sf.saxon.s9api.Serializer serializer = transformer.newSerializer(file.toFile());
    serializer.setOutputProperty(net.sf.saxon.s9api.Serializer.Property.METHOD, method);
    // a passage of TEI keeps its spaces as written: mixed content is not indented
    serializer.setOutputProperty(net.sf.saxon.s9api.Serializer.Property.INDENT, "xml".equals(method) ? "no" : "yes");
    serializer.setOutputProperty(net.sf.saxon.s9api.Serializer.Property.ENCODING, "UTF-8");
    return serializer;
  }

  private static final EditionUnit PAGES = new EditionUnit("pages", EditionUnit.Source.EXTRACTS);
  private static final EditionUnit SEARCH = new EditionUnit("search", EditionUnit.Source.SEARCH_RECORDS);
  private static final EditionUnit ASSET_FILES = new EditionUnit("assets", EditionUnit.Source.NONE);
  /** The fonts, cut down to the characters of the site's pages: after the pages are written. */
  private static final EditionUnit FONTS = new EditionUnit("fonts", EditionUnit.Source.TEXTS);
  /** The sitemap of every page, the texts' and the edition's: after them. */
  private static final EditionUnit SITEMAP = new EditionUnit("sitemap", EditionUnit.Source.TEXTS);
  /** The edition's TEI in one archive, with checksums: after the texts' copies. */
  private static final EditionUnit TEI_DUMP = new EditionUnit("tei-dump", EditionUnit.Source.TEXTS);

  @Override
  public List<EditionUnit> editionUnits() {
    return List.of(PAGES, SEARCH, ASSET_FILES, FONTS, SITEMAP, TEI_DUMP);
  }

  @Override
  public List<String> writeEdition(EditionUnit unit, EditionParts parts, Path folder)
      throws StylesheetException, IOException {
    return switch (unit.name()) {
      case "pages" -> writeSitePages(SITE_XSL, "pages", parts, folder);
      case "search" -> writeSearchIndex(parts, folder);
      case "fonts" -> WebFonts.write(folder, context.cache("fonts"));
      case "sitemap" -> context.settings().baseUrl().isPresent()
          ? Sitemap.write(folder, context.settings().baseUrl().get()) : List.of();
      case "tei-dump" -> TeiDump.write(folder, context.registers(), stylesheets, layout.stylesheet(TeiCopy.XSL),
          context.messages());
      default -> copyAssets(folder);
    };
  }

  /** The static IIIF services the site no longer shows are taken out of the cache. */
  @Override
  public void committed(Path folder) throws IOException {
    StaticIiif.forgetUnused(context.cache("iiif"), folder);
  }

  /** The hosts a page's Content-Security-Policy lets it show images from (its facsimiles'). */
  private static final java.util.regex.Pattern IMAGE_HOSTS = java.util.regex.Pattern.compile("img-src ([^;\"]*)");

  @Override
  public String describe(Path folder, int texts) throws IOException {
    List<Path> pages;
    try (var files = Files.walk(folder)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).toList();
    }
    // The site contacts no other host, but for the images its texts' facsimiles name: said here.
    java.util.Set<String> hosts = new java.util.TreeSet<>();
    java.util.Set<String> tiles = new java.util.TreeSet<>();
    for (Path page : pages) {
      byte[] head = new byte[4096];
      int read;
      try (var in = Files.newInputStream(page)) {
        read = in.readNBytes(head, 0, head.length);
      }
      java.util.regex.Matcher policy = IMAGE_HOSTS.matcher(new String(head, 0, read, java.nio.charset.StandardCharsets.UTF_8));
      if (policy.find()) {
        java.util.Arrays.stream(policy.group(1).trim().split("\\s+")).filter(h -> h.startsWith("https://") || h.startsWith("http://"))
            .forEach(page.getFileName().toString().equals("map.html") ? tiles::add : hosts::add);
      }
    }
    // IIIF wants a manifest's addresses absolute: without the site's address, viewers may refuse it
    boolean manifests = Files.isDirectory(folder.resolve("iiif"));
    List<String> notes = new ArrayList<>();
    if (!hosts.isEmpty()) {
      notes.add("facsimiles from " + String.join(", ", hosts));
    }
    if (!tiles.isEmpty()) {
      notes.add("map tiles from " + String.join(", ", tiles));
    }
    if (manifests && context.settings().baseUrl().isEmpty()) {
      notes.add("IIIF manifests with relative addresses: --base-url makes them valid for IIIF viewers");
    }
    return pages.size() + " pages from " + texts + (texts == 1 ? " text" : " texts")
        + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")");
  }

  /**
   * The search index (search/): brought up to date in the build's cache from the texts' search
   * records and the registers' (html/search.xsl), and linked into the site.
   */
  private List<String> writeSearchIndex(EditionParts parts, Path folder) throws IOException, StylesheetException {
    byte[] registers = registerRecords(parts);
    Map<Path, Path> records = parts.searchRecordFiles();
    org.edition.publish.html.search.SearchIndex.Outcome outcome = new org.edition.publish.html.search.SearchIndex(
        context.cache("search")).update(List.copyOf(records.values()), registers, folder);
    records.forEach((text, file) -> {
      String why = outcome.unreadable().get(file);
      if (why != null) {
        context.problems().accept(org.edition.check.Diagnostic.warning(text, 0, 0, "search",
            "left out of the search: its search records cannot be read (" + why.replaceFirst("(?s).*\nMessage: ", "") + ")"));
      }
    });
    return outcome.files();
  }

  /** The registers' entries as search records, from html/search.xsl. */
  private byte[] registerRecords(EditionParts parts) throws StylesheetException, IOException {
    if (context.registers().isEmpty()) {
      return "<texts/>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    try {
      Xslt30Transformer transformer = org.edition.transform.Transformations.load(
          stylesheets.get(layout.stylesheet(SEARCH_XSL)), layout.stylesheet(SEARCH_XSL), pageParameters(),
          context.registers().get(0).tree(), context.messages());
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      net.sf.saxon.s9api.Serializer xml = transformer.newSerializer(out);
      xml.setOutputProperty(net.sf.saxon.s9api.Serializer.Property.METHOD, "xml");
      transformer.callTemplate(new QName("register-records"), xml);
      return out.toByteArray();
    } catch (SaxonApiException | SaxonApiUncheckedException e) {
      throw new StylesheetException("cannot write the registers' search records: "
          + (e instanceof SaxonApiException s ? StylesheetException.describe(s) : e.getMessage()), e);
    }
  }

  /** Runs a template of site.xsl (pages) or search.xsl (register-records), which write their own files. */
  private List<String> writeSitePages(String stylesheet, String template, EditionParts parts, Path folder)
      throws StylesheetException, IOException {
    Map<QName, XdmValue> parameters = pageParameters();
    if (template.equals("pages")) {
      parameters.put(new QName("all-texts"), new XdmValue(parts.extracts()));
    }
    List<String> written = java.util.Collections.synchronizedList(new ArrayList<>());
    try {
      if (context.registers().isEmpty() && parts.extracts().isEmpty()) {
        throw new IOException("no text to make them from");
      }
      // The edition's title and licence default to those of its first file.
      Xslt30Transformer transformer = org.edition.transform.Transformations.load(
          stylesheets.get(layout.stylesheet(stylesheet)), layout.stylesheet(stylesheet), parameters,
          context.registers().isEmpty() ? parts.extracts().get(0) : context.registers().get(0).tree(), context.messages());
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
              StagedOutput.freshFile(page);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            written.add(root.relativize(page).toString().replace('\\', '/'));
            return transformer.newSerializer(page.toFile());
          });
      transformer.callTemplate(new QName(template));
    } catch (SaxonApiException | SaxonApiUncheckedException e) {
      throw new StylesheetException(
          "cannot write the edition's pages: "
              + (e instanceof SaxonApiException s ? StylesheetException.describe(s) : e.getMessage()),
          e);
    }
    return written;
  }

  private List<String> copyAssets(Path folder) throws IOException {
    Path assets = folder.resolve("assets");
    Files.createDirectories(assets);
    List<String> written = new ArrayList<>();
    for (String asset : ASSETS) {
      URI uri = layout.stylesheet("html/assets/" + asset);
      try (InputStream in = uri.toURL().openStream()) {
        Files.copy(in, assets.resolve(asset), StandardCopyOption.REPLACE_EXISTING);
      }
      written.add("assets/" + asset);
    }
    java.util.Optional<Path> custom = layout.customCss();
    if (custom.isPresent()) {
      Files.copy(custom.get(), assets.resolve("custom.css"), StandardCopyOption.REPLACE_EXISTING);
      written.add("assets/custom.css");
    }
    copyWebJar("openseadragon", "/build/openseadragon/openseadragon.min.js", assets.resolve("openseadragon.min.js"));
    written.add("assets/openseadragon.min.js");
    copyWebJar("leaflet", "/dist/leaflet.js", assets.resolve("leaflet.js"));
    copyWebJar("leaflet", "/dist/leaflet.css", assets.resolve("leaflet.css"));
    written.add("assets/leaflet.js");
    written.add("assets/leaflet.css");
    writeWorldOutline(assets.resolve("world.js"));
    written.add("assets/world.js");
    return written;
  }

  /**
   * The outline of the world's countries the map is drawn on, as a script (a page opened from
   * file:// cannot fetch a JSON file): echarts' world.json, its coordinates to two decimals
   * (about a kilometre; a third of the size).
   */
  private static void writeWorldOutline(Path to) throws IOException {
    String resource = "/org/edition/map/META-INF/resources/webjars/echarts/" + bundledVersion("echarts") + "/map/json/world.json";
    try (InputStream in = HtmlSite.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("the world's outline is missing from the class path (" + resource + ")");
      }
      String json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .replaceAll("(-?\\d+\\.\\d{2})\\d+", "$1");
      Files.writeString(to, "/* The world's countries: Apache ECharts " + bundledVersion("echarts")
          + ", map/json/world.json, under the Apache License 2.0. */\nwindow.EDITION_WORLD = " + json + ";\n",
          java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** A file of a WebJar the jar bundles, in the version the build names (version.properties). */
  private static void copyWebJar(String name, String file, Path to) throws IOException {
    String resource = "/META-INF/resources/webjars/" + name + "/" + bundledVersion(name) + file;
    try (InputStream in = HtmlSite.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException(name + " is missing from the class path (" + resource + ")");
      }
      Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String bundledVersion(String name) throws IOException {
    Properties versions = new Properties();
    try (InputStream in = HtmlSite.class.getResourceAsStream("/edition/version.properties")) {
      versions.load(in);
    }
    return versions.getProperty(name);
  }
}
