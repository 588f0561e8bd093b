package org.edition.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltExecutable;
import org.edition.Cli;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Tag;

/**
 * The stylesheets' own tests: each XSpec file of src/test/xspec (one per module tested) compiled
 * by XSpec (io.xspec:xspec, on Saxon-HE) and run; every scenario's expectations must hold.
 */
@Tag("fast")
class XSpecTest {
  private static final String X = "http://www.jenitennison.com/xslt/xspec";
  private static final Path SPECS = Cli.root().resolve("src/test/xspec");
  // One processor and one compiled XSpec compiler for every file: compiling the compiler for each
  // of some forty files took a good part of the run.
  private static final Processor PROCESSOR = new Processor(false);
  private static XsltExecutable xspecCompiler;

  private static synchronized XsltExecutable xspecCompiler() throws Exception {
    if (xspecCompiler == null) {
      URL compilerXsl = XSpecTest.class.getResource("/io/xspec/xspec/impl/src/compiler/compile-xslt-tests.xsl");
      assertTrue(compilerXsl != null, "XSpec's compiler is on the test class path");
      xspecCompiler = PROCESSOR.newXsltCompiler().compile(new StreamSource(compilerXsl.toString()));
    }
    return xspecCompiler;
  }

  static Stream<Path> specs() throws IOException {
    try (Stream<Path> files = Files.list(SPECS)) {
      return files.filter(f -> f.toString().endsWith(".xspec")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void everyScenarioPasses(Path spec) throws Exception {
    Processor processor = PROCESSOR;
    XdmDestination compiled = new XdmDestination();
    xspecCompiler().load30().transform(new StreamSource(spec.toFile()), compiled);
    XdmNode testStylesheet = compiled.getXdmNode();
    // A stylesheet under test that does not compile says why, file and line, in the failure.
    List<String> errors = new java.util.ArrayList<>();
    net.sf.saxon.s9api.XsltCompiler testCompiler = processor.newXsltCompiler();
    testCompiler.setErrorReporter(e -> errors.add((e.getLocation() == null ? "" : e.getLocation().getSystemId()
        + ":" + e.getLocation().getLineNumber() + ": ") + e.getMessage()));
    XsltExecutable tests;
    try {
      tests = testCompiler.compile(testStylesheet.asSource());
    } catch (net.sf.saxon.s9api.SaxonApiException e) {
      throw new AssertionError(spec.getFileName() + " does not compile: " + String.join("; ", errors), e);
    }
    XdmDestination report = new XdmDestination();
    tests.load30().callTemplate(new QName(X, "main"), report);

    XPathCompiler xpath = processor.newXPathCompiler();
    xpath.declareNamespace("x", X);
    List<String> failed = xpath.evaluate("//x:test[@successful = 'false']"
        + " ! string-join((ancestor::x:scenario/x:label, x:label), ' / ')", report.getXdmNode())
        .stream().map(XdmItem::getStringValue).toList();
    long passed = xpath.evaluate("//x:test[@successful = 'true']", report.getXdmNode()).size();
    assertEquals(List.of(), failed, spec.getFileName() + ": failed scenarios");
    assertTrue(passed > 0, spec.getFileName() + " ran no test");
  }
}
