package org.edition.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven wrote into the jar, for {@code --version}, SARIF and build records. */
public final class ToolVersion implements CommandLine.IVersionProvider {
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

  @Override
  public String[] getVersion() {
    return new String[] {
      "edition " + get(),
      "Saxon-HE " + net.sf.saxon.Version.getProductVersion() + ", Java " + Runtime.version()
    };
  }
}
