package org.edition.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Steps;
import org.edition.engine.OutputFolder;
import org.edition.load.ProjectSettings;
import org.edition.load.TeiDocument;
import org.edition.load.TeiFiles;
import org.edition.load.XmlModel;
import org.edition.load.XmlParsing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code edition init [DIR]}: makes an existing folder of TEI an edition by writing its settings
 * file, and only that, filled from what is there (where the texts are, which files hold the
 * registers, the texts' languages, the edition's title), and says what it found.
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    versionProvider = VersionText.class,
    description = {
      "Write edition.properties into DIR, an existing folder of TEI files, filled from what is",
      "there (texts, registers, languages, title), and say what was found. Nothing else is",
      "written; a folder that already has edition.properties is left alone."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  cd my-letters && edition init", "  edition init my-letters"})
public final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = ".", description = "The folder of TEI (default: the current one).")
  Path folder;

  /** What one file is: a text, a registers file, or neither. */
  private record Found(Path file, boolean tei, boolean text, boolean registers, String lang, String title, List<String> schemas) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path root = folder.toAbsolutePath().normalize();
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      err.println("edition: " + folder + " is not a folder: nothing written");
      return ExitCode.ENVIRONMENT;
    }
    Path settingsFile = root.resolve(ProjectSettings.FILE);
    if (Files.exists(settingsFile, LinkOption.NOFOLLOW_LINKS)) {
      err.println("edition: " + settingsFile + " exists already: nothing written (edit it, or remove it first)");
      return ExitCode.ENVIRONMENT;
    }
    List<Path> files = TeiFiles.find(List.of(root), OutputFolder::isOutput);
    XmlParsing parsing = new XmlParsing();
    List<Found> found = files.parallelStream().map(f -> look(parsing, root, f)).toList();
    List<Found> texts = found.stream().filter(Found::text).toList();
    List<Found> registers = found.stream().filter(f -> f.registers() && !f.text()).toList();
    List<Found> other = found.stream().filter(f -> !f.tei()).toList();
    if (texts.isEmpty() && registers.isEmpty()) {
      err.println("edition: no TEI file in " + folder + " (*.xml with a <TEI> root): nothing written");
      return ExitCode.ENVIRONMENT;
    }

    Map<String, String> settings = new LinkedHashMap<>();
    Map<String, String> examples = new LinkedHashMap<>();
    List<String> notWritten = new java.util.ArrayList<>();
    registers.stream().map(Found::title).filter(t -> t != null && !t.isBlank()).findFirst()
        .ifPresent(t -> settings.put("title", t));
    Map<String, Long> languages = texts.stream().filter(t -> t.lang() != null)
        .collect(Collectors.groupingBy(Found::lang, TreeMap::new, Collectors.counting()));
    String majority = languages.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    if (majority != null && List.of("fr", "en").contains(majority)) {
      settings.put("lang", majority);
    } else {
      examples.put("lang", "en");
    }
    TreeSet<String> places = new TreeSet<>();
    for (Found f : found) {
      if (f.tei()) {
        Path relative = root.relativize(f.file());
        places.add(relative.getNameCount() > 1 ? relative.getName(0).toString() : ".");
      }
    }
    if (places.stream().noneMatch(p -> p.contains(" "))) {
      settings.put("texts", places.contains(".") ? "." : String.join(" ", places));
    }
    examples.put("registers", String.join(" ", registers.stream().map(r -> slash(root.relativize(r.file()))).toList()));
    settings.put("volumes", "auto");
    // What is found in the files is written only if the settings loader takes it, by its own
    // rules: else the next command would stop on the file init wrote.
    settings.entrySet().removeIf(setting -> {
      String problem = ProjectSettings.problem(setting.getKey(), SettingsTemplate.asRead(setting.getValue()));
      if (problem != null) {
        notWritten.add(setting.getKey() + " (" + shorten(problem) + ")");
      }
      return problem != null;
    });
    String text = SettingsTemplate.render(settings, examples);
    try {
      ProjectSettings.parse(root, text.lines().toList());
    } catch (IllegalArgumentException refused) {
      err.println("edition: the settings found would not be read back (" + shorten(refused.getMessage()) + "): nothing written");
      return ExitCode.ENVIRONMENT;
    }
    Files.writeString(settingsFile, text, StandardCharsets.UTF_8);

    out.println("found in " + folder + ": " + count(texts.size(), "text")
        + (languages.isEmpty() ? "" : " (" + languages.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", ")) + ")")
        + ", " + count(registers.size(), "registers file") + (registers.isEmpty() ? "" : " ("
            + registers.stream().map(r -> slash(root.relativize(r.file()))).limit(5).collect(Collectors.joining(", ")) + ")")
        + (other.isEmpty() ? "" : ", " + count(other.size(), "file") + " that edition does not read as TEI"));
    Map<String, Long> schemas = texts.stream().flatMap(t -> t.schemas().stream())
        .collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));
    if (!schemas.isEmpty()) {
      out.println("schemas the texts name: " + schemas.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
          .collect(Collectors.joining(", ")) + "; a text whose schema cannot be read is checked against tei_all");
    }
    out.println("wrote " + settingsFile + ": " + settings.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
        .collect(Collectors.joining(", ")));
    if (!notWritten.isEmpty()) {
      out.println("not written, set them yourself: " + String.join("; ", notWritten));
    }
    out.println("next: edition validate" + (root.equals(Path.of("").toAbsolutePath()) ? "" : " --project " + folder)
        + ", then edition build (docs/settings.md documents every setting)");
    return ExitCode.OK;
  }

  private static Found look(XmlParsing parsing, Path root, Path file) {
    try {
      XdmNode tree = parsing.tree(file, root, XmlParsing.SILENT);
      XdmNode element = tree.select(Steps.child(net.sf.saxon.s9api.streams.Predicates.isElement())).findFirst().orElse(null);
      boolean tei = element != null
          && TeiDocument.isTeiRoot(element.getNodeName().getNamespace(), element.getNodeName().getLocalName());
      if (!tei) {
        return new Found(file, false, false, false, null, null, List.of());
      }
      TeiDocument doc = TeiDocument.of(file, tree);
      String lang = doc.language();
      String title = firstTitle(tree);
      List<String> schemas = XmlModel.of(tree).stream().map(XmlModel::href).distinct().toList();
      return new Found(file, true, doc.hasText(), doc.hasRegisters(),
          lang == null || lang.isBlank() ? null : lang.replaceFirst("-.*$", ""), title, schemas);
    } catch (SaxonApiException | RuntimeException e) {
      return new Found(file, false, false, false, null, null, List.of());
    }
  }

  private static String firstTitle(XdmNode tree) {
    return tree.select(Steps.descendant("http://www.tei-c.org/ns/1.0", "titleStmt").then(Steps.child("http://www.tei-c.org/ns/1.0", "title")))
        .findFirst().map(t -> t.getStringValue().strip().replaceAll("\\s+", " ")).orElse(null);
  }

  /** A message that may quote a long value, cut to a line's length. */
  private static String shorten(String message) {
    return message.length() > 160 ? message.substring(0, 160) + "…" : message;
  }

  private static String slash(Path relative) {
    return relative.toString().replace('\\', '/');
  }

  private static String count(long n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
