package org.edition.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edition.load.TeiDocument;
import org.edition.transform.StylesheetException;

/**
 * A format made of books (PDF, EPUB): one per text, and, when the edition has one, a volume of all
 * the texts, rewritten whenever any text changes.
 */
public abstract class BookPublisher implements Publisher {
  private static final EditionUnit VOLUME = new EditionUnit("volume", EditionUnit.Source.TEXTS, true);

  protected final PublishContext context;

  protected BookPublisher(PublishContext context) {
    this.context = context;
  }

  /** Writes one book into {@code folder}; returns its file. */
  protected abstract Path write(Book book, Path folder) throws StylesheetException, IOException;

  /**
   * What is wrong with a book just written (by {@link #write}), taken once: its outputs are
   * kept, the build says it.
   */
  protected List<org.edition.check.Diagnostic> problems(Path book) {
    return List.of();
  }

  /** What to add to the account of the folder (a warning), or "". */
  protected String notes() {
    return "";
  }

  @Override
  public TextOutput writeText(TeiDocument text, Path folder) throws StylesheetException, IOException {
    Path book = write(Book.of(text, context.idOf(text.path())), folder);
    return new TextOutput(List.of(book.getFileName().toString()), null, null, problems(book));
  }

  @Override
  public List<String> textFiles(String id) {
    return List.of(id + "." + format());
  }

  @Override
  public List<EditionUnit> editionUnits() {
    return context.volume() ? List.of(VOLUME) : List.of();
  }

  @Override
  public List<String> writeEdition(EditionUnit unit, EditionParts parts, Path folder)
      throws StylesheetException, IOException {
    return List.of(write(Book.volume(parts.texts()), folder).getFileName().toString());
  }

  @Override
  public String describe(Path folder, int texts) throws IOException {
    try (var files = Files.list(folder)) {
      long books = files.filter(p -> p.toString().endsWith("." + format())).count();
      return books + (books == 1 ? " book" : " books") + notes();
    }
  }
}
