package org.edition.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import org.edition.load.ProjectSettings;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.edition.load.ProjectLayout;
import org.edition.publish.StagedOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code edition new DIR}: an edition that builds at once, for an editor to fill: an example text
 * (notes, a correction, two registered names), the registers, the settings, the schemas its
 * {@code <?xml-model?>} lines name, a README, a .gitignore and a CI workflow. It never writes into
 * a folder that has anything in it: the edition is made beside and moved into place whole.
 */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    versionProvider = VersionText.class,
    description = {
      "Make a new edition in DIR (which must not exist, or be empty): tei/ with an example",
      "text and the registers, schemas/, edition.properties, a README, a .gitignore and a",
      "GitHub Actions workflow. `edition build` in DIR then publishes it at once."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  edition new lettres",
      "  edition new --lang en --title \"The Letters of X\" --editor \"A. Editor\" letters"
    })
public final class NewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The folder of the new edition.")
  Path folder;

  @Option(names = "--title", paramLabel = "TITLE", description = "The edition's title.")
  String title;

  @Option(names = "--lang", paramLabel = "LANG", description = "Language of the texts and labels: fr or en (default: ${DEFAULT-VALUE}).",
      defaultValue = "fr")
  String lang;

  @Option(names = "--editor", paramLabel = "NAME", description = "Who edits it.")
  String editor;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!List.of("fr", "en").contains(lang)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--lang is fr or en, not " + lang);
    }
    Path target = folder.toAbsolutePath().normalize();
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        spec.commandLine().getErr().println("edition: " + folder + " is a file: nothing written");
        return ExitCode.ENVIRONMENT;
      }
      try (Stream<Path> inside = Files.list(target)) {
        if (inside.findAny().isPresent()) {
          spec.commandLine().getErr().println("edition: " + folder + " is not empty: nothing written"
              + " (for an existing folder of TEI, edition init writes only the settings)");
          return ExitCode.ENVIRONMENT;
        }
      }
    }
    Map<String, String> words = words();
    try (StagedOutput staged = StagedOutput.begin(target)) {
      Path root = staged.folder();
      write(root.resolve("tei/example.xml"), fill("example.xml", words));
      write(root.resolve("tei/registers.xml"), fill("registers.xml", words));
      write(root.resolve("README.md"), fill("README.md", words));
      write(root.resolve(".gitignore"), fill("gitignore", words));
      write(root.resolve(".github/workflows/edition.yml"), fill("workflow.yml", words));
      Map<String, String> settings = new java.util.HashMap<>();
      settings.put("title", words.get("EDITION_TITLE"));
      settings.put("editors", words.get("EDITOR"));
      settings.put("lang", lang);
      settings.put("texts", "tei");
      settings.put("volumes", "auto");
      write(root.resolve(ProjectSettings.FILE), SettingsTemplate.render(settings, Map.of(
          "subtitle", lang.equals("fr") ? "Édition critique et numérique" : "A critical and digital edition",
          "publisher", lang.equals("fr") ? "Mon laboratoire" : "My institution",
          "licence", "CC BY 4.0", "base-url", "https://example.org/edition/", "page-size", "A5")));
      ProjectLayout packaged = ProjectLayout.at(root);
      // The schemas the texts name, and what the XML Schema imports (xml.xsd, for xml:id and xml:lang).
      for (String schema : List.of(ProjectLayout.SCHEMA_RNG, ProjectLayout.SCHEMA_XSD, ProjectLayout.SCHEMA_SCH, "xml.xsd")) {
        try (InputStream in = packaged.schema(schema).toURL().openStream()) {
          Path to = root.resolve("schemas").resolve(schema);
          Files.createDirectories(to.getParent());
          Files.copy(in, to);
        }
      }
      staged.commit(); // an empty folder there (checked above) is replaced
    }
    out.println("made the edition " + folder + ": tei/example.xml, tei/registers.xml, schemas/, edition.properties,"
        + " README.md, .gitignore, .github/workflows/edition.yml");
    out.println("next: cd " + folder + " && edition build   (then open output/html/index.html)");
    return ExitCode.OK;
  }

  private Map<String, String> words() throws IOException {
    Properties labels = new Properties();
    try (InputStream in = NewCommand.class.getResourceAsStream("/edition/new/labels.properties")) {
      labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Map<String, String> words = new java.util.HashMap<>();
    labels.stringPropertyNames().stream().filter(k -> k.endsWith("." + lang))
        .forEach(k -> words.put(k.substring(0, k.length() - lang.length() - 1), labels.getProperty(k)));
    String edition = title != null ? title : lang.equals("fr") ? "Mon édition" : "My edition";
    words.put("EDITION_TITLE", edition);
    words.put("EDITOR", editor != null ? editor : lang.equals("fr") ? "L’éditeur" : "The editor");
    words.put("LANG", lang);
    words.put("TODAY", LocalDate.now().toString());
    return words;
  }

  /** A template with its words put in, XML-escaped (the templates' words go into TEI). */
  private static String fill(String template, Map<String, String> words) throws IOException {
    String text;
    try (InputStream in = NewCommand.class.getResourceAsStream("/edition/new/" + template)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // Longest keys first, so that a key that begins another is not put in its place.
    List<String> keys = words.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList();
    for (String key : keys) {
      String value = words.get(key);
      if (!template.endsWith(".md") && !template.endsWith(".yml") && !template.equals("gitignore")) {
        value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
      }
      text = text.replace(key, value);
    }
    return text;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
