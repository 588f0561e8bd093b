package org.edition.publish.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.edition.BuiltSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Every page of the website is valid HTML for the Nu HTML Checker (the W3C's validator). */
public class HtmlValidityTest {
  private static SimpleDocumentValidator validator;
  private static final List<String> errors = new ArrayList<>();

  @BeforeAll
  static void setUp() throws Exception {
    ErrorHandler collect =
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            error(e);
          }
        };
    validator = new SimpleDocumentValidator();
    validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collect);
    validator.setUpValidatorAndParsers(collect, true, false);
  }

  static Stream<Path> pages() throws Exception {
    try (Stream<Path> files = Files.walk(BuiltSite.html())) {
      return files.filter(p -> p.toString().endsWith(".html")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void pageIsValidHtml(Path page) throws Exception {
    assertValid(page);
  }

  /** The pages of a long text in parts (src/test/resources/reader): its first page and the others. */
  static Stream<Path> partPages() throws Exception {
    try (Stream<Path> files = Files.list(org.edition.BuiltSite.readerCases().resolve("html"))) {
      return files.filter(p -> p.getFileName().toString().matches("long-text-in-chapters(-p\\d+)?\\.html")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("partPages")
  void aLongTextsPagesAreValidHtml(Path page) throws Exception {
    assertValid(page);
  }

  /** The Nu HTML Checker finds no error in the page. */
  public static void assertValid(Path page) throws Exception {
    if (validator == null) {
      setUp();
    }
    synchronized (errors) {
      errors.clear();
      validator.checkHtmlFile(page.toFile(), true);
      assertTrue(errors.isEmpty(), page.getFileName() + ":\n" + String.join("\n", errors));
    }
  }
}
