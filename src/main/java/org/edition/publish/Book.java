package org.edition.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.edition.load.Edition;
import org.edition.load.TeiDocument;

/**
 * A book of the edition, printed or electronic: one text, or the volume of all of them.
 *
 * @param name the file name without extension: the text's identifier, or "edition"
 * @param texts what it holds
 * @param wholeEdition whether it is the volume of the whole edition
 */
public record Book(String name, List<TeiDocument> texts, boolean wholeEdition) {
  public static final String EDITION_VOLUME = "edition";

  /** One book per text, and the volume of the edition when there is more than one text. */
  public static List<Book> of(Edition edition, Map<TeiDocument, String> ids) {
    List<Book> books = new ArrayList<>();
    for (TeiDocument text : edition.texts()) {
      books.add(new Book(ids.get(text), List.of(text), false));
    }
    if (edition.texts().size() > 1) {
      books.add(new Book(EDITION_VOLUME, edition.texts(), true));
    }
    return books;
  }

  /** The documents whose changes date the book: its texts, and the registers for the volume. */
  public List<TeiDocument> sources(Edition edition) {
    return wholeEdition ? edition.allDocuments() : texts;
  }
}
