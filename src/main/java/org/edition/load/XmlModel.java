package org.edition.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * An {@code <?xml-model?>} processing instruction (W3C "Associating Schemas with XML documents"),
 * the way oXygen and VS Code learn which schema a TEI file wants.
 *
 * @param href the schema reference as written
 * @param schemaType relaxng, xsd, schematron or unknown
 * @param line where the instruction is
 * @param column where the instruction is
 */
public record XmlModel(String href, String schemaType, int line, int column) {
  private static final Pattern PSEUDO_ATTRIBUTE =
      Pattern.compile("([\\w:-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");

  /** The xml-model instructions before the root element, in document order. */
  public static List<XmlModel> of(XdmNode document) {
    List<XmlModel> models = new ArrayList<>();
    for (XdmNode child : document.children()) {
      if (child.getNodeKind() == XdmNodeKind.PROCESSING_INSTRUCTION
          && child.getNodeName().getLocalName().equals("xml-model")) {
        parse(child).ifPresent(models::add);
      }
    }
    return models;
  }

  private static java.util.Optional<XmlModel> parse(XdmNode pi) {
    return of(pi.getStringValue(), pi.getLineNumber(), pi.getColumnNumber());
  }

  /** The instruction whose data ({@code href="..." schematypens="..."}) is this, if it names a schema. */
  public static java.util.Optional<XmlModel> of(String data, int line, int column) {
    String href = null;
    String schematypens = "";
    String type = "";
    Matcher m = PSEUDO_ATTRIBUTE.matcher(data);
    while (m.find()) {
      String value = m.group(3) != null ? m.group(3) : m.group(4);
      switch (m.group(1)) {
        case "href" -> href = value;
        case "schematypens" -> schematypens = value;
        case "type" -> type = value;
        default -> {}
      }
    }
    if (href == null || href.isBlank()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new XmlModel(
            href, kind(schematypens, type, href), line, column));
  }

  private static String kind(String schematypens, String type, String href) {
    String lower = href.toLowerCase(Locale.ROOT);
    if (schematypens.equals("http://relaxng.org/ns/structure/1.0")
        || type.equals("application/relax-ng-compact-syntax")) {
      return lower.endsWith(".rnc") ? "relaxng-compact" : "relaxng";
    }
    if (schematypens.equals("http://www.w3.org/2001/XMLSchema")) {
      return "xsd";
    }
    if (schematypens.equals("http://purl.oclc.org/dsdl/schematron")
        || schematypens.equals("http://www.ascc.net/xml/schematron")) {
      return "schematron";
    }
    return SchemaKind.fromFileName(lower).name().toLowerCase(Locale.ROOT);
  }
}
