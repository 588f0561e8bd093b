package org.edition.publish;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmValue;
import org.edition.load.Edition;
import org.edition.load.TeiDocument;
import org.edition.publish.html.SiteSettings;

/** The stylesheet parameters every format shares (see xslt/common/functions.xsl). */
public final class TransformParameters {
  private TransformParameters() {}

  public static Map<QName, XdmValue> common(
      SiteSettings settings, Edition edition, Map<TeiDocument, String> ids) {
    Map<QName, XdmValue> parameters = new HashMap<>();
    parameters.put(new QName("ui-lang"), new XdmAtomicValue(settings.uiLang()));
    parameters.put(new QName("registers"), trees(edition.registers()));
    Map<String, String> byUri = new HashMap<>();
    ids.forEach((text, id) -> byUri.put(TextIds.fileUri(text.path()), id));
    parameters.put(new QName("text-ids"), XdmMap.makeMap(byUri));
    settings.baseUrl().ifPresent(url -> parameters.put(new QName("base-url"), new XdmAtomicValue(url)));
    return parameters;
  }

  /** Documents as one parameter value: a sequence of document nodes. */
  public static XdmValue trees(List<TeiDocument> documents) {
    return new XdmValue(documents.stream().map(TeiDocument::tree).toList());
  }

}
