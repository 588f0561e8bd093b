import java.io.BufferedOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.transform.Result;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;

import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.FopFactoryBuilder;
import org.apache.xmlgraphics.util.MimeConstants;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.Xslt30Transformer;

/**
 * The anchor of the A/B benchmark (bench/run.sh anchors): TEI Stylesheets as their users run
 * them, in one JVM with the same Saxon-HE and FOP as edition, so that only the work differs.
 *
 * <pre>java -cp edition.jar:. TeiStylesheets html|pdf STYLESHEETS IN OUT</pre>
 *
 * html: html/html.xsl compiled once, every *.xml of IN transformed into OUT/NAME.html. pdf:
 * fo/fo.xsl compiled once, every file transformed to XSL-FO and rendered by FOP into
 * OUT/NAME.pdf. A file either cannot do (their stylesheet or FOP fails on it) is counted and
 * skipped, as a user would skip it; the count is printed on the last line.
 */
public final class TeiStylesheets {
  public static void main(String[] args) throws Exception {
    String format = args[0];
    Path stylesheets = Path.of(args[1]);
    Path in = Path.of(args[2]);
    Path out = Files.createDirectories(Path.of(args[3]));
    Processor saxon = new Processor(false);
    XsltExecutable stylesheet = saxon.newXsltCompiler().compile(new StreamSource(
        stylesheets.resolve(format.equals("pdf") ? "fo/fo.xsl" : "html/html.xsl").toFile()));
    // relaxed validation, as FOP's command line offers (-r): their FO puts inlines where FO
    // wants blocks, which strict FOP refuses
    FopFactory fop = format.equals("pdf")
        ? new FopFactoryBuilder(new File(".").toURI()).setStrictFOValidation(false).build() : null;
    List<Path> files;
    try (Stream<Path> listed = Files.list(in)) {
      files = listed.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    int done = 0;
    int failed = 0;
    for (Path file : files) {
      String name = file.getFileName().toString().replaceFirst("\\.xml$", "");
      try {
        Xslt30Transformer transformer = stylesheet.load30();
        if (fop == null) {
          transformer.transform(new StreamSource(file.toFile()), saxon.newSerializer(out.resolve(name + ".html").toFile()));
        } else {
          Path fo = out.resolve(name + ".fo");
          transformer.transform(new StreamSource(file.toFile()), saxon.newSerializer(fo.toFile()));
          try (OutputStream pdf = new BufferedOutputStream(Files.newOutputStream(out.resolve(name + ".pdf")))) {
            Fop renderer = fop.newFop(MimeConstants.MIME_PDF, pdf);
            Transformer identity = TransformerFactory.newInstance().newTransformer();
            Result sax = new SAXResult(renderer.getDefaultHandler());
            identity.transform(new StreamSource(fo.toFile()), sax);
          }
        }
        done++;
      } catch (Exception | StackOverflowError e) {
        failed++;
        System.err.println(name + ": " + e.getMessage());
      }
    }
    System.out.println("TEI Stylesheets " + format + ": " + done + " done, " + failed + " failed");
  }

  private TeiStylesheets() {
  }
}
