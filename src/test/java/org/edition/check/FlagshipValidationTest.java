package org.edition.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmValue;
import org.edition.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/** The flagship edition validates clean, with our schemas and with the official tei_all. */
@Tag("fast")
class FlagshipValidationTest {
  @Test
  void theEditionValidatesClean() {
    Cli.Run run = Cli.run("validate");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals("3 files, 0 errors, 0 warnings", run.out().strip());
  }

  @Test
  void theEditionIsValidTeiAll() {
    Cli.Run run = Cli.run("validate", "--schema", Cli.teiAll().toString(), "tei");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals("3 files, 0 errors, 0 warnings", run.out().strip());
  }

  @Test
  void jsonReportCarriesTheSameCounts() throws Exception {
    Cli.Run run = Cli.run("validate", "--format", "json", "src/test/resources/broken/bad-date.xml");
    assertEquals(1, run.exitCode());
    XPathCompiler xpath = new Processor(false).newXPathCompiler();
    xpath.declareVariable(new net.sf.saxon.s9api.QName("json"));
    var selector = xpath.compile("let $r := parse-json($json) return ($r?files, $r?errors, $r?diagnostics?1?line, $r?diagnostics?1?file)").load();
    selector.setVariable(new net.sf.saxon.s9api.QName("json"), new net.sf.saxon.s9api.XdmAtomicValue(run.out()));
    XdmValue values = selector.evaluate();
    assertEquals("1", values.itemAt(0).getStringValue());
    assertEquals("4", values.itemAt(1).getStringValue());
    assertEquals("12", values.itemAt(2).getStringValue());
    assertEquals("src/test/resources/broken/bad-date.xml", values.itemAt(3).getStringValue());
  }

  @Test
  void sarifReportLocatesEveryResult() throws Exception {
    Cli.Run run = Cli.run("validate", "--format", "sarif", "src/test/resources/broken/dangling-reference.xml");
    assertEquals(1, run.exitCode());
    XPathCompiler xpath = new Processor(false).newXPathCompiler();
    xpath.declareVariable(new net.sf.saxon.s9api.QName("json"));
    var selector =
        xpath.compile(
                "let $r := parse-json($json) return ($r?version, $r?runs?1?tool?driver?name,"
                    + " string-join($r?runs?1?results?*!(?ruleId || ':' || ?level || ':' || ?locations?1?physicalLocation?region?startLine), ' '))")
            .load();
    selector.setVariable(new net.sf.saxon.s9api.QName("json"), new net.sf.saxon.s9api.XdmAtomicValue(run.out()));
    XdmValue values = selector.evaluate();
    assertEquals("2.1.0", values.itemAt(0).getStringValue());
    assertEquals("edition", values.itemAt(1).getStringValue());
    assertEquals("pointer:error:12 pointer:error:13", values.itemAt(2).getStringValue());
    assertTrue(run.out().contains("\"$schema\""));
  }
}
