package org.edition.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Steps;
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

  public static Book of(TeiDocument text, String id) {
    return new Book(id, List.of(text), false);
  }

  /** The volume of the edition: all its texts. */
  public static Book volume(List<TeiDocument> texts) {
    return new Book(EDITION_VOLUME, texts, true);
  }

  private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

  /**
   * When the book's sources (its texts, and the registers for the volume) last changed: the
   * newest revisionDesc change date, else the newest modification time of their files. Books are
   * dated by their sources, not by the build, so that two builds give the same files.
   */
  public Instant modified(List<TeiDocument> registers) throws IOException {
    List<TeiDocument> documents = new ArrayList<>(texts);
    if (wholeEdition) {
      registers.stream().filter(r -> texts.stream().noneMatch(t -> t.path().equals(r.path()))).forEach(documents::add);
    }
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
