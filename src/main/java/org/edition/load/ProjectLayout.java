package org.edition.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where an edition keeps its parts: {@code tei/}, {@code schemas/}, {@code xslt/}, {@code output/}
 * under one root. Schemas and stylesheets an edition does not have are taken from those packaged
 * in the jar, so the tool works on any folder of TEI files.
 */
public record ProjectLayout(Path root) {
  public static final String SCHEMA_RNG = "edition.rng";
  public static final String SCHEMA_XSD = "edition.xsd";
  public static final String SCHEMA_SCH = "edition.sch";

  public static ProjectLayout at(Path root) {
    return new ProjectLayout(root.toAbsolutePath().normalize());
  }

  /** A schema of the project: the edition's own copy if it has one, else the packaged one. */
  public URI schema(String fileName) {
    return resource("schemas", fileName);
  }

  /**
   * The project the sources belong to, when the command line names none: the working folder if
   * they lie in it; else the nearest folder above them that is a project; else the folder that
   * holds them all, which then has no schemas, stylesheets or settings of its own.
   */
  public static ProjectLayout forSources(List<Path> sources) {
    Path here = Sandbox.realPath(Path.of(""));
    boolean allHere = sources.stream().allMatch(p -> Sandbox.realPath(p).startsWith(here));
    if (allHere) {
      return at(here);
    }
    Path common = Sandbox.commonRoot(sources);
    for (Path folder = common; folder != null; folder = folder.getParent()) {
      if (isProject(folder)) {
        return at(folder);
      }
    }
    return at(common);
  }

  /**
   * Whether a folder is the root of an edition project (its settings, or its texts beside its own
   * stylesheets or schemas), not only the folder a command happens to be run from.
   */
  public static boolean isProject(Path root) {
    return Files.isRegularFile(root.resolve(ProjectSettings.FILE))
        || Files.isDirectory(root.resolve("tei"))
            && (Files.isDirectory(root.resolve("xslt")) || Files.isDirectory(root.resolve("schemas"))
                || Files.isRegularFile(root.resolve("pom.xml")));
  }

  /** The edition's settings file, read anew (it is small, and a watcher may have seen it change). */
  public ProjectSettings settings() {
    return ProjectSettings.read(root);
  }

  /**
   * The schemas a text is checked against when it names none it can be checked against: those
   * the settings name ({@code schema = ...}); else the project's own {@code schemas/edition.rng}
   * with its {@code edition.xsd} and {@code edition.sch} beside it; else the official tei_all.
   */
  public List<URI> projectSchemas() {
    List<Path> named = settings().paths("schema");
    if (!named.isEmpty()) {
      return named.stream().map(Path::toUri).toList();
    }
    Path own = root.resolve("schemas");
    if (Files.isRegularFile(own.resolve(SCHEMA_RNG))) {
      return java.util.stream.Stream.of(SCHEMA_RNG, SCHEMA_XSD, SCHEMA_SCH)
          .map(own::resolve)
          .filter(Files::isRegularFile)
          .map(Path::toUri)
          .toList();
    }
    return List.of(teiAll());
  }

  /** The official TEI P5 tei_all schema packaged in the jar. */
  public static URI teiAll() {
    return packaged("tei/p5/tei_all.rng");
  }

  /**
   * The XML catalogs that map schema addresses to local files: the edition's own ({@code catalog
   * = ...} in its settings) first, so that they win, then the packaged one for TEI's schemas.
   */
  public List<URI> catalogs() {
    List<URI> catalogs = new java.util.ArrayList<>();
    settings().paths("catalog").forEach(p -> catalogs.add(p.toUri()));
    catalogs.add(packaged("tei/catalog.xml"));
    return catalogs;
  }

  private static URI packaged(String path) {
    URL packaged = ProjectLayout.class.getResource("/edition/" + path);
    if (packaged == null) {
      throw new IllegalStateException("missing " + path + " in the jar");
    }
    try {
      return packaged.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The edition's own style rules for the website, {@code xslt/custom/custom.css}, added after
   * the packaged ones (not instead of them), if it has them.
   */
  public java.util.Optional<Path> customCss() {
    Path css = root.resolve("xslt/custom/custom.css");
    return Files.isRegularFile(css) ? java.util.Optional.of(css) : java.util.Optional.empty();
  }

  /**
   * The file a schema or stylesheet stands for in a message: its path for a {@code file:} URI; for
   * a packaged one ({@code jar:}, which has no path of its own), its name inside the jar.
   */
  public static Path fileOf(URI resource) {
    return "file".equals(resource.getScheme()) ? Path.of(resource) : Path.of(resource.toString().replaceFirst("^.*!/", ""));
  }

  /**
   * The customisation an edition may give each driver in {@code xslt/custom/}: the file that,
   * importing the driver by its {@code edition:} URI, replaces it (the older way, kept: it reaches
   * that driver alone).
   */
  public static final java.util.Map<String, String> CUSTOM_DRIVERS = java.util.Map.of(
      "html/text.xsl", "custom/html.xsl",
      "html/site.xsl", "custom/site.xsl",
      "epub/book.xsl", "custom/epub.xsl",
      "fo/book.xsl", "custom/fo.xsl",
      "transforms/normalize.xsl", "custom/normalize.xsl");

  /**
   * The customisations each driver takes, set over it in this order (the later wins): the HTML
   * library's ({@code custom/html.xsl}) reaches the text pages, the edition's pages and the EPUB,
   * as the library does; {@code custom/site.xsl} and {@code custom/epub.xsl} change those alone.
   */
  public static final java.util.Map<String, java.util.List<String>> CUSTOM_LAYERS = java.util.Map.of(
      "html/text.xsl", java.util.List.of("custom/html.xsl"),
      "html/site.xsl", java.util.List.of("custom/html.xsl", "custom/site.xsl"),
      "epub/book.xsl", java.util.List.of("custom/html.xsl", "custom/epub.xsl"),
      "fo/book.xsl", java.util.List.of("custom/fo.xsl"),
      "transforms/normalize.xsl", java.util.List.of("custom/normalize.xsl"));

  /** An import of a driver by its packaged address, which makes a customisation the older kind. */
  private static final java.util.regex.Pattern IMPORTS_DRIVER = java.util.regex.Pattern.compile(
      "<xsl:import\\s[^>]*href\\s*=\\s*[\"']edition:/*xslt/(html/text|html/site|epub/book|fo/book|common/normalize|transforms/normalize)\\.xsl[\"']");

  /** The scheme by which an edition's stylesheets import the packaged ones: edition:xslt/... */
  public static final String PACKAGED_SCHEME = "edition";

  /**
   * A stylesheet: the edition's own copy under {@code xslt/}, else the packaged one; for a driver,
   * with the edition's customisations of {@link #CUSTOM_LAYERS} set over it (a
   * {@link LayeredStylesheet}). A customisation that imports the driver itself (the older kind)
   * is that driver's stylesheet instead, and reaches no other.
   */
  public URI stylesheet(String relativePath) {
    java.util.List<String> customisations = CUSTOM_LAYERS.get(relativePath);
    URI driver = resource("xslt", relativePath);
    if (customisations == null) {
      return driver;
    }
    java.util.List<URI> layers = new java.util.ArrayList<>();
    for (String custom : customisations) {
      Path file = root.resolve("xslt").resolve(custom);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      if (!importsDriver(file)) {
        layers.add(file.toUri());
      } else if (custom.equals(CUSTOM_DRIVERS.get(relativePath))) {
        driver = file.toUri();
      }
    }
    return layers.isEmpty() ? driver : new LayeredStylesheet(driver, layers).uri();
  }

  private static boolean importsDriver(Path customisation) {
    try {
      return IMPORTS_DRIVER.matcher(Files.readString(customisation)).find();
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      // unreadable: compiled as a layer, whose reading then says what is wrong with it
      return false;
    }
  }

  /**
   * What an {@code edition:} URI names: the packaged file ({@code edition:xslt/html/text.xsl} is
   * the jar's), whatever copies the edition has of its own; null for another URI.
   */
  public static URI packagedResource(String uri) {
    if (uri == null || !uri.startsWith(PACKAGED_SCHEME + ":")) {
      return null;
    }
    String path = uri.substring(PACKAGED_SCHEME.length() + 1).replaceFirst("^/+", "");
    if (!path.matches("(xslt|schemas)/[\\w./-]+") || path.contains("..")) {
      return null;
    }
    return packaged(path);
  }

  private URI resource(String folder, String relativePath) {
    Path own = root.resolve(folder).resolve(relativePath);
    if (Files.isRegularFile(own)) {
      return own.toUri();
    }
    URL packaged = ProjectLayout.class.getResource("/edition/" + folder + "/" + relativePath);
    if (packaged == null) {
      throw new IllegalStateException(
          "missing " + folder + "/" + relativePath + " (neither in " + root + " nor in the jar)");
    }
    try {
      return packaged.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
