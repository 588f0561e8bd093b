package org.edition.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import org.edition.check.EditionValidator;
import org.edition.check.SchemaLoadException;
import org.edition.check.SchemaSet;
import org.edition.load.DocumentPool;
import org.edition.load.Fingerprint;
import org.edition.load.ProjectLayout;
import org.edition.load.XmlParsing;
import org.edition.publish.Format;
import org.edition.publish.formats.Formats;
import org.edition.transform.StylesheetFiles;
import org.edition.transform.Stylesheets;

/**
 * The tools a build sets up and the next build of the same run reuses while what they were made
 * from is unchanged (`edition serve` rebuilds after every save): the compiled stylesheets, the
 * loaded schemas with their validator, the edition's documents, the label files.
 */
final class KeptTools {
  private final XmlParsing parsing = new XmlParsing();
  private DocumentPool pool;
  private Stylesheets stylesheets;
  private String stylesheetsKey;
  private EditionValidator validator;
  private String validatorKey;

  XmlParsing parsing() {
    return parsing;
  }

  String madeWithKey(List<URI> roots) throws IOException {
    Fingerprint f = Fingerprint.start();
    for (URI uri : StylesheetFiles.closure(roots)) {
      f.add(uri.toString());
      if ("file".equals(uri.getScheme())) {
        f.add(Fingerprint.ofFile(Path.of(uri)));
      }
    }
    return f.hex();
  }

  static String schemasKey(ProjectLayout layout) throws IOException {
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

  /** The stylesheets of this build: those of the last one while no stylesheet file changed. */
  synchronized Stylesheets stylesheets(ProjectLayout layout) throws IOException {
    List<URI> all = new ArrayList<>();
    for (Format format : Formats.ALL) {
      format.stylesheets().forEach(xsl -> all.add(layout.stylesheet(xsl)));
    }
    String key = madeWithKey(all);
    if (stylesheets == null || !key.equals(stylesheetsKey)) {
      for (Format format : Formats.ALL) {
        format.extensions().forEach(parsing.processor()::registerExtensionFunction);
      }
      stylesheets = new Stylesheets(parsing.processor());
      stylesheetsKey = key;
    }
    return stylesheets;
  }

  synchronized EditionValidator validator(ProjectLayout layout, Path sandbox, String schemasKey, Path cache) {
    if (validator == null || !schemasKey.equals(validatorKey)) {
      SchemaSet schemas = new SchemaSet(parsing.processor(), cache.resolve("schemas"), sandbox);
      try {
        schemas.useCatalog(new org.edition.check.SchemaCatalog(layout.catalogs()));
        schemas.addDefaults(layout.projectSchemas());
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
  static final class UncheckedSchemaLoad extends RuntimeException {
    final transient SchemaLoadException failure;

    UncheckedSchemaLoad(SchemaLoadException failure) {
      super(failure);
      this.failure = failure;
    }
  }

  /**
   * The label files of the stylesheets, by language, as xslt/common/locales/functions.xsl takes
   * them: the packaged labels, with those of the edition's own copy
   * (xslt/common/locales/fr.xml, which may hold only the labels it changes) in their place.
   */
  XdmMap locales(ProjectLayout layout) throws IOException {
    Map<XdmAtomicValue, XdmValue> map = new HashMap<>();
    for (String lang : List.of("fr", "en", "de")) {
      String path = "common/locales/" + lang + ".xml";
      URI packaged = ProjectLayout.packagedResource(ProjectLayout.PACKAGED_SCHEME + ":xslt/" + path);
      URI own = layout.stylesheet(path);
      XdmNode labels = readLabels(packaged);
      map.put(new XdmAtomicValue(lang), own.equals(packaged) ? labels : overridden(labels, readLabels(own)));
    }
    return new XdmMap(map);
  }

  private XdmNode readLabels(URI uri) throws IOException {
    try (InputStream in = uri.toURL().openStream()) {
      org.xml.sax.InputSource source = new org.xml.sax.InputSource(in);
      source.setSystemId(uri.toString());
      return parsing.processor().newDocumentBuilder()
          .build(new javax.xml.transform.sax.SAXSource(new org.edition.load.SecureXmlReader(), source));
    } catch (SaxonApiException e) {
      throw new IOException("cannot read the labels " + uri + ": " + e.getMessage(), e);
    }
  }

  /** The packaged labels with the edition's in place of those of the same key, and its new ones. */
  private XdmNode overridden(XdmNode packaged, XdmNode own) throws IOException {
    try {
      net.sf.saxon.s9api.XPathCompiler xpath = parsing.processor().newXPathCompiler();
      net.sf.saxon.s9api.QName ownName = new net.sf.saxon.s9api.QName("own");
      xpath.declareVariable(ownName);
      net.sf.saxon.s9api.XPathSelector labels = xpath.compile(
          "$own/*/label, /*/label[not(@key = $own/*/label/@key)]").load();
      labels.setVariable(ownName, own);
      labels.setContextItem(packaged);
      StringBuilder xml = new StringBuilder("<labels xml:lang=\"")
          .append(xpath.evaluateSingle("string(/*/@xml:lang)", packaged).getStringValue().replace("\"", ""))
          .append("\">");
      labels.forEach(label -> xml.append(label));
      return parsing.processor().newDocumentBuilder().build(
          new javax.xml.transform.stream.StreamSource(new java.io.StringReader(xml.append("</labels>").toString())));
    } catch (SaxonApiException e) {
      throw new IOException("cannot read the edition's labels: " + e.getMessage(), e);
    }
  }

  /**
   * The edition's documents, each parsed once (see DocumentPool): kept from build to build while
   * the edition's folder stays the same, so that serve's rebuilds reuse the trees of the files
   * that did not change.
   */
  synchronized DocumentPool pool(Path sandbox) {
    if (pool == null || !pool.sandbox().equals(sandbox)) {
      pool = new DocumentPool(parsing, sandbox);
    }
    return pool;
  }
}
