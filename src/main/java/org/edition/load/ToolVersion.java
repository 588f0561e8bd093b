package org.edition.load;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven wrote into the jar, for --version, SARIF, the PDFs' producer and build records. */
public final class ToolVersion {
  private ToolVersion() {}

  public static String get() {
    Properties p = new Properties();
    try (InputStream in = ToolVersion.class.getResourceAsStream("/edition/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // fall through to "unknown"
    }
    return p.getProperty("version", "unknown");
  }
}
