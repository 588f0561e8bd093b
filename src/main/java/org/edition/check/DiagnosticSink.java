package org.edition.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Collects the diagnostics of one check of one file. Also serves as the SAX {@link ErrorHandler}
 * of parsers and validators, so that their messages keep the line and column they carry.
 */
public final class DiagnosticSink implements ErrorHandler {
  private final Path file;
  private final String check;
  private final List<Diagnostic> diagnostics = Collections.synchronizedList(new ArrayList<>());

  public DiagnosticSink(Path file, String check) {
    this.file = file;
    this.check = check;
  }

  public Path file() {
    return file;
  }

  public void add(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
  }

  public void error(int line, int column, String message) {
    add(Diagnostic.error(file, line, column, check, message));
  }

  public void warning(int line, int column, String message) {
    add(Diagnostic.warning(file, line, column, check, message));
  }

  public List<Diagnostic> diagnostics() {
    synchronized (diagnostics) {
      return List.copyOf(diagnostics);
    }
  }

  public boolean hasErrors() {
    synchronized (diagnostics) {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }

  @Override
  public void warning(SAXParseException e) {
    warning(Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0), MessageText.of(e));
  }

  @Override
  public void error(SAXParseException e) {
    error(Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0), MessageText.of(e));
  }

  @Override
  public void fatalError(SAXParseException e) {
    error(e);
  }
}
