package org.edition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small TEI document written for a test: a header with its title, then the given text. */
public final class TeiFixture {
  private TeiFixture() {}

  /** {@code folder/ID.xml}, a text in {@code lang} whose body is {@code body}. */
  public static Path write(Path folder, String id, String title, String lang, String body) throws IOException {
    return write(folder, id, title, "", lang, body);
  }

  /** The same, with {@code between} (a standOff, say) after the header. */
  public static Path write(Path folder, String id, String title, String between, String lang, String body)
      throws IOException {
    Files.createDirectories(folder);
    return Files.writeString(folder.resolve(id + ".xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="%s"><teiHeader><fileDesc><titleStmt><title>%s</title></titleStmt>
        <publicationStmt><p>Written for the tests.</p></publicationStmt><sourceDesc><p>None.</p></sourceDesc></fileDesc></teiHeader>
        %s
        <text xml:lang="%s"><body>%s</body></text></TEI>
        """.formatted(id, title, between, lang, body));
  }
}
