package org.edition.serve;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmArray;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmEmptySequence;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmValue;

/**
 * The outcome of the preview's last build, as the page shows it.
 *
 * @param number how many builds the preview has made
 * @param seconds how long the last one took
 * @param problems the problems found in the edition's files, one line each
 * @param failure why the build failed (a stylesheet that does not compile...), or null
 */
record BuildStatus(long number, double seconds, List<String> problems, String failure) {
  /** As JSON, for /_edition/status, written by Saxon's serializer. */
  String json(Processor processor) {
    Map<String, XdmValue> map = new HashMap<>();
    map.put("build", new XdmAtomicValue(number));
    map.put("seconds", new XdmAtomicValue(Math.round(seconds * 1000) / 1000.0));
    map.put("failure", failure == null ? XdmEmptySequence.getInstance() : new XdmAtomicValue(failure));
    map.put("problems", new XdmArray(problems.stream().map(XdmAtomicValue::new).toList()));
    StringWriter out = new StringWriter();
    try {
      Serializer serializer = processor.newSerializer(out);
      serializer.setOutputProperty(Serializer.Property.METHOD, "json");
      serializer.serializeXdmValue(XdmMap.makeMap(map));
    } catch (SaxonApiException e) {
      throw new IllegalStateException("a map of strings always serializes as JSON", e);
    }
    return out.toString();
  }
}
