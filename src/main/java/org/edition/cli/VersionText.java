package org.edition.cli;

import org.edition.load.ToolVersion;
import picocli.CommandLine;

/** What {@code --version} prints. */
final class VersionText implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      "edition " + ToolVersion.get(),
      "Saxon-HE " + net.sf.saxon.Version.getProductVersion() + ", Java " + Runtime.version()
    };
  }
}
