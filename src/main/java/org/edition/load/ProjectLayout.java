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

  /** The project's RELAX NG, XSD and Schematron schemas, which `validate` and `build` run. */
  public List<URI> projectSchemas() {
    return List.of(schema(SCHEMA_RNG), schema(SCHEMA_XSD), schema(SCHEMA_SCH));
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

  /** A stylesheet: the edition's own {@code xslt/} if it has one, else the packaged one. */
  public URI stylesheet(String relativePath) {
    return resource("xslt", relativePath);
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
