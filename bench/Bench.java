import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark of issue 5, runnable with `bench/run.sh [N]`: generates N articles shaped like the
 * flagship (its text, notes, names pointing to a shared register, corrections), then runs each
 * stage of `edition` in its own JVM and reports wall time, documents and MB of TEI per second,
 * and peak memory (the process's largest resident set, sampled from /proc).
 */
public final class Bench {
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    Path root = Path.of(args.length > 1 ? args[1] : ".").toAbsolutePath().normalize();
    Path jar = root.resolve("target/edition.jar");
    Path work = Files.createTempDirectory("edition-bench-");
    Path corpus = work.resolve("tei");
    Files.createDirectories(corpus);
    generate(root, corpus, n);
    long bytes = 0;
    try (var files = Files.list(corpus)) {
      for (Path p : files.toList()) {
        bytes += Files.size(p);
      }
    }
    System.out.printf(Locale.ROOT, "%d articles, %.1f MB of TEI, in %s%n%n", n, bytes / 1e6, corpus);
    System.out.println("| stage | wall (s) | documents/s | MB TEI/s | peak memory (MB) |");
    System.out.println("|---|---|---|---|---|");
    Path out = work.resolve("out");
    row("parse only (floor)", n, bytes, run(jar, root, "-cp", jar.toString(), "net.sf.saxon.Query",
        "-qs:count(collection('" + corpus.toUri() + "?select=*.xml')//*)"));
    row("validate", n, bytes, run(jar, root, "-jar", jar.toString(), "validate", corpus.toString()));
    row("site (validate + HTML)", n, bytes, run(jar, root, "-jar", jar.toString(), "build", "--html", "-o", out.toString(), corpus.toString()));
    row("EPUB (validate + EPUB)", n, bytes, run(jar, root, "-jar", jar.toString(), "build", "--epub", "-o", out.toString(), corpus.toString()));
    row("site + EPUB", n, bytes, run(jar, root, "-jar", jar.toString(), "build", "--html", "--epub", "-o", out.toString(), corpus.toString()));
    int few = Math.min(n, 20);
    Path small = work.resolve("small");
    Files.createDirectories(small);
    for (int i = 0; i < few; i++) {
      Files.copy(corpus.resolve(name(i)), small.resolve(name(i)));
    }
    Files.copy(corpus.resolve("registers.xml"), small.resolve("registers.xml"));
    row("PDF (" + few + " articles + volume)", few, bytes * few / n, run(jar, root, "-jar", jar.toString(), "build", "--pdf", "-o", out.toString(), small.toString()));
    row("no-change rebuild (site + EPUB; no incremental build yet)", n, bytes,
        run(jar, root, "-jar", jar.toString(), "build", "--html", "--epub", "-o", out.toString(), corpus.toString()));
    Path one = corpus.resolve(name(0));
    Files.writeString(one, Files.readString(one).replace("Misère !...", "Misère !!..."));
    row("one article changed (site + EPUB)", n, bytes,
        run(jar, root, "-jar", jar.toString(), "build", "--html", "--epub", "-o", out.toString(), corpus.toString()));
  }

  private static String name(int i) {
    return String.format("article-%05d.xml", i);
  }

  private static void generate(Path root, Path corpus, int n) throws IOException {
    String article = Files.readString(root.resolve("tei/leylavergne-travail.xml"));
    Files.copy(root.resolve("tei/registers.xml"), corpus.resolve("registers.xml"), StandardCopyOption.REPLACE_EXISTING);
    for (int i = 0; i < n; i++) {
      String text = article
          .replace("xml:id=\"leylavergne-travail\"", "xml:id=\"article-" + i + "\"")
          .replace("<idno type=\"edition\">leylavergne-travail</idno>", "<idno type=\"edition\">article-" + i + "</idno>")
          .replace("<title type=\"main\">Travail et crise", "<title type=\"main\">Article " + i + " : Travail et crise")
          .replaceAll("<\\?xml-model[^>]*\\?>\\n", "")
          .replace("forum-fil.xml", "registers.xml");
      Files.writeString(corpus.resolve(name(i)), text, StandardCharsets.UTF_8);
    }
  }

  private record Result(double seconds, long peakKb, int exit) {}

  private static Result run(Path jar, Path root, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("java"));
    command.addAll(List.of(args));
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    long peak = 0;
    Path status = Path.of("/proc/" + process.pid() + "/status");
    Pattern rss = Pattern.compile("VmHWM:\\s+(\\d+) kB");
    while (process.isAlive()) {
      try {
        Matcher m = rss.matcher(Files.readString(status));
        if (m.find()) {
          peak = Math.max(peak, Long.parseLong(m.group(1)));
        }
      } catch (IOException gone) {
        // the process ended between two looks
      }
      Thread.sleep(20);
    }
    return new Result((System.nanoTime() - start) / 1e9, peak, process.waitFor());
  }

  private static void row(String stage, int docs, long bytes, Result r) {
    System.out.printf(Locale.ROOT, "| %s%s | %.1f | %.0f | %.2f | %d |%n", stage, r.exit() > 1 ? " (failed, exit " + r.exit() + ")" : "",
        r.seconds(), docs / r.seconds(), bytes / 1e6 / r.seconds(), r.peakKb() / 1024);
  }
}
