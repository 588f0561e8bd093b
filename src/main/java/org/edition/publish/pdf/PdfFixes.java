package org.edition.publish.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What FOP 2.11 gets wrong for PDF/A-2 and PDF/UA-1, mended with PDFBox: the XMP dc:title must
 * be a language alternative (PDF/A 6.6.2.3.1, PDF/UA 7.1-9), every Note structure element needs
 * an ID (PDF/UA 7.9-1), and every link annotation a Contents description (PDF/UA 7.18.5).
 */
final class PdfFixes {
  private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  private static final String DC = "http://purl.org/dc/elements/1.1/";

  private PdfFixes() {}

  /**
   * @param lines a critical apparatus's running lines, numbered in the margin (ApparatusLines)
   * @param text what FOP was given and set it in, for the text the glyphs read as (TextLayer)
   */
  static void apply(Path pdf, Path fixed, ApparatusLines.Placed lines, TextLayer.Recorder text) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      fixTitle(document);
      TextLayer.mend(document, text);
      ApparatusLines.number(document, lines);
      PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
      if (root != null) {
        int[] count = {0};
        identifyNotes(root, count);
      }
      describeLinks(document);
      document.save(org.edition.publish.StagedOutput.freshFile(fixed).toFile());
    }
  }

  /** FOP puts a link's alternate text in the structure tree only; PDF/UA wants it on the link. */
  private static void describeLinks(PDDocument document) throws IOException {
    for (var page : document.getPages()) {
      for (var annotation : page.getAnnotations()) {
        if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
            && (link.getContents() == null || link.getContents().isBlank())) {
          link.setContents(describe(link));
        }
      }
    }
  }

  private static String describe(org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link)
      throws IOException {
    if (link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
      return uri.getURI();
    }
    var destination = link.getDestination();
    if (destination == null
        && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo goTo) {
      destination = goTo.getDestination();
    }
    if (destination instanceof org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination named) {
      String name = named.getNamedDestination();
      java.util.regex.Matcher note = java.util.regex.Pattern.compile("note-(\\d+)$").matcher(name);
      return note.find() ? "Note " + note.group(1) : name;
    }
    return "Link";
  }

  private static void identifyNotes(PDStructureNode node, int[] count) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        if ("Note".equals(element.getStructureType()) && element.getElementIdentifier() == null) {
          element.setElementIdentifier("note-" + (++count[0]));
        }
        identifyNotes(element, count);
      }
    }
  }

  private static void fixTitle(PDDocument document) throws IOException {
    PDMetadata metadata = document.getDocumentCatalog().getMetadata();
    if (metadata == null) {
      return;
    }
    byte[] xmp;
    try (var in = metadata.exportXMPMetadata()) {
      xmp = in.readAllBytes();
    }
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document dom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xmp));
      NodeList titles = dom.getElementsByTagNameNS(DC, "title");
      boolean changed = false;
      for (int i = 0; i < titles.getLength(); i++) {
        Element title = (Element) titles.item(i);
        if (title.getElementsByTagNameNS(RDF, "Alt").getLength() == 0) {
          String text = title.getTextContent().strip();
          while (title.getFirstChild() != null) {
            title.removeChild(title.getFirstChild());
          }
          Element alt = dom.createElementNS(RDF, "rdf:Alt");
          Element li = dom.createElementNS(RDF, "rdf:li");
          li.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:lang", "x-default");
          li.setTextContent(text);
          alt.appendChild(li);
          title.appendChild(alt);
          changed = true;
        }
      }
      if (!changed) {
        return;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      var serializer = TransformerFactory.newInstance().newTransformer();
      serializer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      serializer.transform(new DOMSource(dom.getDocumentElement()), new StreamResult(out));
      String packet = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
          + out.toString(java.nio.charset.StandardCharsets.UTF_8)
          + "<?xpacket end=\"w\"?>";
      PDMetadata replacement = new PDMetadata(document, new ByteArrayInputStream(packet.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      replacement.getCOSObject().setItem(COSName.TYPE, COSName.METADATA);
      replacement.getCOSObject().setItem(COSName.SUBTYPE, COSName.getPDFName("XML"));
      document.getDocumentCatalog().setMetadata(replacement);
    } catch (Exception e) {
      throw new IOException("cannot mend the XMP metadata: " + e.getMessage(), e);
    }
  }
}
