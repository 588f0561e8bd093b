package org.edition.load;

import java.nio.file.Path;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.lib.Feature;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The Saxon processor of a run, set up so that every document it reads, including those read by
 * {@code doc()} and {@code collection()} inside stylesheets and Schematron, goes through {@link
 * SecureXmlReader}.
 */
public final class XmlParsing {
  private final Processor processor;

  public XmlParsing() {
    processor = new Processor(false);
    processor.setConfigurationProperty(
        Feature.SOURCE_PARSER_CLASS, SecureXmlReader.class.getName());
  }

  /** Ignores warnings and errors: for documents whose problems were reported already. */
  public static final ErrorHandler SILENT = new ErrorHandler() {
    @Override public void warning(org.xml.sax.SAXParseException e) {}
    @Override public void error(org.xml.sax.SAXParseException e) {}
    @Override public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
      throw e;
    }
  };

  public Processor processor() {
    return processor;
  }

  /** A fresh secure reader reporting to {@code errors}. */
  public static XMLReader reader(ErrorHandler errors) {
    SecureXmlReader reader = new SecureXmlReader();
    reader.setErrorHandler(errors);
    return reader;
  }

  public static InputSource input(Path file) {
    return new InputSource(file.toUri().toString());
  }

  /**
   * Parses a file into a Saxon tree with line and column numbers kept on every node, its
   * {@code xi:include}s resolved from files inside {@code sandbox} (left as they are if the
   * sandbox is null).
   */
  public XdmNode tree(Path file, Path sandbox, ErrorHandler errors) throws SaxonApiException {
    DocumentBuilder builder = processor.newDocumentBuilder();
    builder.setLineNumbering(true);
    SecureXmlReader reader = sandbox == null ? new SecureXmlReader() : SecureXmlReader.withXInclude(sandbox);
    reader.setErrorHandler(errors);
    return builder.build(new SAXSource(reader, input(file)));
  }

  /**
   * Parses a file once into its tree, letting the listeners a {@link JoinAtRoot.Chooser} picks at
   * the root element (the grammars that validate it) listen to the same parse.
   *
   * @param bytes the file as already read (it is not read again), or null to read it
   */
  public XdmNode tree(Path file, byte[] bytes, Path sandbox, ErrorHandler errors, JoinAtRoot.Chooser chooser)
      throws SaxonApiException {
    DocumentBuilder builder = processor.newDocumentBuilder();
    builder.setLineNumbering(true);
    builder.setBaseURI(file.toUri());
    net.sf.saxon.s9api.BuildingContentHandler tree = builder.newBuildingContentHandler();
    SecureXmlReader reader = sandbox == null ? new SecureXmlReader() : SecureXmlReader.withXInclude(sandbox);
    reader.setErrorHandler(errors);
    JoinAtRoot join = new JoinAtRoot(tree, chooser);
    reader.setContentHandler(join);
    reader.setDTDHandler(join);
    InputSource input = input(file);
    if (bytes != null) {
      input.setByteStream(new java.io.ByteArrayInputStream(bytes));
    }
    try {
      reader.setProperty("http://xml.org/sax/properties/lexical-handler", join);
      reader.parse(input);
    } catch (org.xml.sax.SAXException | java.io.IOException e) {
      throw new SaxonApiException(e);
    }
    return tree.getDocumentNode();
  }
}
