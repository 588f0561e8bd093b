package org.edition.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Steps;
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

  private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

  /**
   * When the book's sources (its texts, and the registers for the volume) last changed: the
   * newest revisionDesc change date, else the newest modification time of their files. Books are
   * dated by their sources, not by the build, so that two builds give the same files.
   */
  public Instant modified(Edition edition) throws IOException {
    List<TeiDocument> documents = wholeEdition ? edition.allDocuments() : texts;
    LocalDate newest = null;
    for (TeiDocument doc : documents) {
      for (XdmNode when :
          doc.tree().select(Steps.descendant("http://www.tei-c.org/ns/1.0", "change").then(Steps.attribute("when"))).toList()) {
        Matcher m = ISO_DATE.matcher(when.getStringValue());
        if (m.find()) {
          LocalDate date = LocalDate.parse(m.group(1));
          if (newest == null || date.isAfter(newest)) {
            newest = date;
          }
        }
      }
    }
    if (newest != null) {
      return newest.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
    Instant latest = Instant.EPOCH;
    for (TeiDocument doc : documents) {
      Instant t = Files.getLastModifiedTime(doc.path()).toInstant().truncatedTo(ChronoUnit.SECONDS);
      if (t.isAfter(latest)) {
        latest = t;
      }
    }
    return latest;
  }
}
