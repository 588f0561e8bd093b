package org.edition.publish;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Predicates;
import net.sf.saxon.s9api.streams.Steps;
import org.edition.load.TeiDocument;

/**
 * The identifier of each text, which names its page, PDF and EPUB: the root's xml:id, else the
 * file name, as xslt/common/functions.xsl (f:text-id) computes it. Two texts that would share one
 * get a numbered suffix rather than overwrite each other.
 */
public final class TextIds {
  private TextIds() {}

  public static Map<TeiDocument, String> of(List<TeiDocument> texts) {
    Map<TeiDocument, String> ids = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (TeiDocument text : texts) {
      String id = of(text);
      int n = seen.merge(id, 1, Integer::sum);
      ids.put(text, n == 1 ? id : id + "-" + n);
    }
    return ids;
  }

  /** A file's URI as the stylesheets compare them: file:/absolute/path. */
  public static String fileUri(java.nio.file.Path path) {
    return "file:" + path.toAbsolutePath().normalize().toUri().getRawPath();
  }

  public static String of(TeiDocument text) {
    XdmNode root = text.tree().select(Steps.child(Predicates.isElement())).findFirst().orElseThrow();
    String xmlId = root.getAttributeValue(new net.sf.saxon.s9api.QName("http://www.w3.org/XML/1998/namespace", "id"));
    String id = xmlId != null && !xmlId.isBlank() ? xmlId : text.baseName();
    return id.replaceAll("[^\\p{L}\\p{N}._-]+", "-");
  }
}
