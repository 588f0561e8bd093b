import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark of issue 5, runnable with `bench/run.sh [N] [BIG]`: generates N articles shaped
 * like the flagship (its text, four notes, names pointing to a shared register, fourteen
 * corrections), runs each stage of `edition` in its own JVM through the project's launcher, and
 * prints a Markdown table: wall time, documents and MB of TEI per second, peak memory (the
 * process's largest resident set, from /proc), and the build's own time per stage. Then the
 * incremental cases (no change, one article changed, one article changed inside `edition
 * serve`), and, when BIG > 0, site + EPUB of BIG articles for the memory bound.
 */
public final class Bench {
  private static Path root;
  private static Path launcher;

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("apparatus")) {
      root = Path.of(args.length > 1 ? args[1] : ".").toAbsolutePath().normalize();
      launcher = root.resolve("edition");
      apparatus(args.length > 2 ? Integer.parseInt(args[2]) : 500);
      return;
    }
    if (args.length > 0 && args[0].equals("search")) {
      root = Path.of(args.length > 1 ? args[1] : ".").toAbsolutePath().normalize();
      launcher = root.resolve("edition");
      search(args.length > 2 ? Integer.parseInt(args[2]) : 15000);
      return;
    }
    if (args.length > 0 && args[0].equals("diary")) {
      root = Path.of(args.length > 1 ? args[1] : ".").toAbsolutePath().normalize();
      launcher = root.resolve("edition");
      List<Integer> sizes = new ArrayList<>();
      for (int i = 2; i < args.length; i++) {
        sizes.add(Integer.parseInt(args[i]));
      }
      diary(sizes.isEmpty() ? List.of(1000, 4000, 16423) : sizes);
      return;
    }
    if (args.length > 0 && args[0].equals("anchors")) {
      root = Path.of(args[1]).toAbsolutePath().normalize();
      launcher = root.resolve("edition");
      anchors(args.length > 2 && !args[2].isEmpty() ? Path.of(args[2]).toAbsolutePath() : null,
          args.length > 3 ? Integer.parseInt(args[3]) : 3, args.length > 4 ? Integer.parseInt(args[4]) : 400,
          args.length > 5 ? Path.of(args[5]) : null);
      return;
    }
    if (args.length > 0 && args[0].equals("loop")) {
      root = Path.of(args[1]).toAbsolutePath().normalize();
      launcher = root.resolve("edition");
      loop(args.length > 2 ? Integer.parseInt(args[2]) : 3);
      return;
    }
    if (args.length > 0 && args[0].equals("images")) {
      root = Path.of(args.length > 1 ? args[1] : ".").toAbsolutePath().normalize();
      launcher = root.resolve("edition");
      images(args.length > 2 ? Integer.parseInt(args[2]) : 100);
      return;
    }
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    root = Path.of(args.length > 1 ? args[1] : ".").toAbsolutePath().normalize();
    int big = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
    launcher = root.resolve("edition");
    Path work = Files.createTempDirectory("edition-bench-");
    Path corpus = work.resolve("tei");
    generate(corpus, n);
    long bytes = size(corpus);
    System.out.printf(Locale.ROOT, "%d articles, %.1f MB of TEI, in %s; %d cores; %s%n%n", n, bytes / 1e6, corpus,
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    System.out.println("| stage | wall (s) | documents/s | MB TEI/s | peak memory (MB) | the build's own stages |");
    System.out.println("|---|---|---|---|---|---|");
    String cp = root.resolve("target/edition.jar").toString();
    row("parse only, the floor (Saxon, one call)", n, bytes, runJava("-cp", cp, "net.sf.saxon.Query",
        "-qs:count(collection('" + corpus.toUri() + "?select=*.xml')//*)"));
    row("validate (RELAX NG, XSD, Schematron)", n, bytes, edition("validate", corpus.toString()));
    row("site (validate + HTML + edition-wide pages)", n, bytes, edition("build", "--html", "-o", work.resolve("out-html").toString(), corpus.toString()));
    row("EPUB (validate + EPUB)", n, bytes, edition("build", "--epub", "-o", work.resolve("out-epub").toString(), corpus.toString()));
    Path all = work.resolve("out");
    row("site + EPUB, from scratch", n, bytes, edition("build", "--html", "--epub", "-o", all.toString(), corpus.toString()));
    row("PDF, from scratch (no volume above 2 MB of TEI)", n, bytes, edition("build", "--pdf", "-o", all.toString(), corpus.toString()));
    int few = Math.min(n, 20);
    Path small = work.resolve("small");
    Files.createDirectories(small);
    for (int i = 0; i < few; i++) {
      Files.copy(corpus.resolve(name(i)), small.resolve(name(i)));
    }
    Files.copy(corpus.resolve("registers.xml"), small.resolve("registers.xml"));
    row("PDF, " + few + " articles and their volume", few, bytes * few / n,
        edition("build", "--pdf", "-o", work.resolve("out-small").toString(), small.toString()));
    row("no-change rebuild (site, EPUB, PDF)", n, bytes, edition("build", "-o", all.toString(), corpus.toString()));
    Path one = corpus.resolve(name(0));
    change(one, 1);
    row("one article changed (site, its EPUB and PDF)", n, bytes, edition("build", "-o", all.toString(), corpus.toString()));
    serve(corpus, all, one);
    if (big > 0) {
      Path large = work.resolve("tei-" + big);
      generate(large, big);
      long bigBytes = size(large);
      row("site + EPUB, " + big + " articles (" + String.format(Locale.ROOT, "%.0f", bigBytes / 1e6) + " MB), from scratch",
          big, bigBytes, edition("build", "--html", "--epub", "-o", work.resolve("out-big").toString(), large.toString()));
    }
  }

  /**
   * A documentary edition of one notebook, a transcribed page and its image (JPEG, 2400 × 3400,
   * as a manuscript page photographed for the web) for each of {@code pages}: the site from
   * scratch (every picture cut into IIIF tiles), after a change of the text alone (the page made
   * again, no picture cut: the tiles are in the cache), after one image changed (one picture cut).
   */
  /**
   * The real diary of ../shared/corpus/scale (16,423 daily entries, its places and works
   * registers), unpacked into a temporary folder: N entries spread over its years, for each N given, as an
   * editor builds them (validation included, the launcher's heap); then one entry changed and
   * the site built again. The time per entry at each size says whether the cost stays flat.
   */
  private static void diary(List<Integer> sizes) throws Exception {
    Path archive = root.resolveSibling("shared").resolve("corpus/scale/schnitzler-tagebuch.tar.xz");
    Path work = Files.createTempDirectory("edition-diary-");
    Process untar = new ProcessBuilder("tar", "-xJf", archive.toString(), "-C", work.toString()).inheritIO().start();
    if (untar.waitFor() != 0) {
      throw new IOException("cannot unpack " + archive);
    }
    List<Path> entries = listFiles(work.resolve("editions")).stream().filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    System.out.printf(Locale.ROOT, "Schnitzler's diary, %d entries; %d cores; %s%n%n", entries.size(),
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    System.out.println("| entries | MB of TEI | site, from scratch (s) | s per 1,000 entries | peak memory (MB) | one entry changed (s) | the build's own stages |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (int n : sizes) {
      Path edition = work.resolve("diary-" + n);
      Path texts = Files.createDirectories(edition.resolve("editions"));
      // spread over the whole diary, so that every size has the same mix of short early entries
      // and long later ones
      int count = Math.min(n, entries.size());
      List<Path> chosen = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        chosen.add(entries.get((int) ((long) i * entries.size() / count)));
      }
      for (Path entry : chosen) {
        Files.copy(entry, texts.resolve(entry.getFileName()));
      }
      Path indices = Files.createDirectories(edition.resolve("indices"));
      for (Path register : listFiles(work.resolve("indices"))) {
        Files.copy(register, indices.resolve(register.getFileName()));
      }
      long bytes = size(texts);
      // the registers declared as such, as the diary's editors would (named on the command line
      // they would be two more texts, pages of thousands of entries)
      Files.writeString(edition.resolve("edition.properties"), "registers = indices/listplace.xml indices/listwork.xml\n", StandardCharsets.UTF_8);
      Path out = work.resolve("out-" + n);
      Result full = editionOutsideTheProject("build", "--html", "-q", "--project", edition.toString(), "-o", out.toString(), texts.toString());
      Path one = texts.resolve(chosen.get(count / 2).getFileName());
      // a word added to the entry's text (its last paragraph: the first ones are its header's)
      String entry = Files.readString(one, StandardCharsets.UTF_8);
      int last = entry.lastIndexOf("</p>");
      Files.writeString(one, entry.substring(0, last) + " (bench)" + entry.substring(last), StandardCharsets.UTF_8);
      Result again = editionOutsideTheProject("build", "--html", "-q", "--project", edition.toString(), "-o", out.toString(), texts.toString());
      System.out.printf(Locale.ROOT, "| %d | %.0f | %.1f%s | %.1f | %d | %.1f | %s |%n", count, bytes / 1e6, full.seconds(),
          full.exit() > 1 ? " (failed, exit " + full.exit() + ")" : "", full.seconds() * 1000 / count, full.peakKb() / 1024,
          again.seconds(), full.stages());
    }
  }

  /**
   * Against the anchor (issue 28): TEI Stylesheets' html/html.xsl, and their fo/fo.xsl with FOP,
   * on the same folders as edition's site and PDFs, in alternating runs (theirs, ours, theirs,
   * ours...), each in its own JVM; the median of each and their ratio. The folders: the 13 texts
   * of ../shared/corpus/docs, flattened into one (their stylesheet takes a folder of files), and
   * N entries of the real diary spread over its years (ours with its registers: it makes register
   * pages and search too, theirs makes neither). Without a checkout of TEIC/Stylesheets the
   * comparison is skipped and ours alone is timed.
   */
  private static void anchors(Path stylesheets, int runs, int diaryEntries, Path classes) throws Exception {
    Path work = Files.createTempDirectory("edition-anchors-");
    Path docs = Files.createDirectories(work.resolve("docs"));
    for (Path file : listFiles(root.resolveSibling("shared").resolve("corpus/docs"))) {
      if (file.toString().endsWith(".xml")) {
        Files.copy(file, docs.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Path diary = work.resolve("diary");
    Path entries = Files.createDirectories(diary.resolve("editions"));
    Path indices = Files.createDirectories(diary.resolve("indices"));
    Path unpacked = work.resolve("unpacked");
    Files.createDirectories(unpacked);
    Process untar = new ProcessBuilder("tar", "-xJf", root.resolveSibling("shared").resolve("corpus/scale/schnitzler-tagebuch.tar.xz").toString(),
        "-C", unpacked.toString()).inheritIO().start();
    if (untar.waitFor() != 0) {
      throw new IOException("cannot unpack the diary");
    }
    List<Path> all = listFiles(unpacked.resolve("editions")).stream().filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    int count = Math.min(diaryEntries, all.size());
    for (int i = 0; i < count; i++) {
      Path entry = all.get((int) ((long) i * all.size() / count));
      Files.copy(entry, entries.resolve(entry.getFileName()));
    }
    for (Path register : listFiles(unpacked.resolve("indices"))) {
      Files.copy(register, indices.resolve(register.getFileName()));
    }
    String cp = root.resolve("target/edition.jar") + (classes == null ? "" : java.io.File.pathSeparator + classes);
    System.out.printf(Locale.ROOT, "Against TEI Stylesheets%s; %d runs each, alternating; %d cores; %s%n%n",
        stylesheets == null ? " (no checkout given: ours alone)" : " at " + stylesheets, runs,
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    System.out.println("| folder | format | TEI Stylesheets, median (s) | edition, median (s) | theirs / ours | edition in its warm daemon (s) | theirs / daemon's |");
    System.out.println("|---|---|---|---|---|---|---|");
    // the PDFs of the diary on a tenth of its entries: one book each, the time of a book is what counts
    Path fewer = Files.createDirectories(diary.resolve("editions-pdf"));
    try (var listed = Files.list(entries)) {
      List<Path> some = listed.sorted().toList();
      for (int i = 0; i < some.size(); i += 10) {
        Files.copy(some.get(i), fewer.resolve(some.get(i).getFileName()));
      }
    }
    // the diary's registers declared as such (edition.properties), as its editors would: named on
    // the command line, they would be texts, each a page and a book of thousands of pages
    StringBuilder registers = new StringBuilder("registers =");
    for (Path register : listFiles(indices)) {
      registers.append(' ').append(diary.relativize(register));
    }
    Files.writeString(diary.resolve("edition.properties"), registers + "\n", StandardCharsets.UTF_8);
    record Case(String label, Path texts, Path project, String format) {}
    List<Case> cases = List.of(new Case("../shared/corpus/docs (13 texts)", docs, docs, "html"),
        new Case("../shared/corpus/docs (13 texts)", docs, docs, "pdf"),
        new Case("the diary, " + count + " entries", entries, diary, "html"),
        new Case("the diary, " + (count + 9) / 10 + " entries", fewer, diary, "pdf"));
    for (Case c : cases) {
      for (String format : List.of(c.format())) {
        List<Double> theirs = new ArrayList<>();
        List<Double> ours = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
          if (stylesheets != null) {
            Path out = work.resolve("theirs-" + c.texts().getFileName() + "-" + format + "-" + r);
            theirs.add(runJava("-cp", cp, "TeiStylesheets", format, stylesheets.toString(), c.texts().toString(), out.toString()).seconds());
          }
          List<String> command = new ArrayList<>(List.of("build", "--" + format, "--volumes", "never", "-q",
              "--project", c.project().toString(), "-o", work.resolve("ours-" + c.texts().getFileName() + "-" + format + "-" + r).toString(),
              c.texts().toString()));
          Result run = editionOutsideTheProject(command.toArray(String[]::new));
          // a build that failed is no time of a build (the documents' errors, exit 1, are published)
          if (run.exit() > 1) {
            throw new IllegalStateException("edition " + String.join(" ", command) + " failed, exit " + run.exit());
          }
          ours.add(run.seconds());
        }
        double mine = median(ours);
        // the same command again in the build daemon an editor's terminal starts (each run a new
        // output: a whole build, not a rebuild)
        List<String> warmWith = List.of("build", "--" + format, "--volumes", "never", "-q", "--project", c.project().toString(),
            "-o", work.resolve("warming").toString(), c.texts().toString());
        List<String> start = new ArrayList<>(List.of(launcher.toString(), "daemon", "--"));
        start.addAll(warmWith);
        List<Double> warm = new ArrayList<>();
        if (run(start, root, true).exit() == 0) {
          try {
            for (int r = 0; r < runs; r++) {
              List<String> command = new ArrayList<>(List.of(launcher.toString(), "build", "--" + format, "--volumes", "never", "-q",
                  "--project", c.project().toString(), "-o", work.resolve("daemon-" + c.texts().getFileName() + "-" + format + "-" + r).toString(),
                  c.texts().toString()));
              Result run = run(command, root, true);
              if (run.exit() > 1) {
                throw new IllegalStateException("edition " + String.join(" ", command) + " failed in the daemon, exit " + run.exit());
              }
              warm.add(run.seconds());
            }
          } finally {
            run(List.of(launcher.toString(), "daemon", "--stop"), root, true);
          }
        }
        double daemon = warm.isEmpty() ? Double.NaN : median(warm);
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %.1f | %s | %.1f | %s |%n", c.label(), format.equals("html") ? "site" : "PDF",
            theirs.isEmpty() ? "–" : String.format(Locale.ROOT, "%.1f", median(theirs)), mine,
            theirs.isEmpty() ? "–" : String.format(Locale.ROOT, "%.2f", median(theirs) / mine), daemon,
            theirs.isEmpty() ? "–" : String.format(Locale.ROOT, "%.2f", median(theirs) / daemon));
      }
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static void images(int pages) throws Exception {
    Path work = Files.createTempDirectory("edition-bench-images-");
    Path texts = Files.createDirectories(work.resolve("notebook"));
    Path scans = Files.createDirectories(texts.resolve("scans"));
    StringBuilder surfaces = new StringBuilder();
    for (int i = 1; i <= pages; i++) {
      page(scans.resolve(String.format(Locale.ROOT, "p%03d.jpg", i)), i, 0);
      surfaces.append(String.format(Locale.ROOT, "<surface n=\"%d\" ulx=\"0\" uly=\"0\" lrx=\"2400\" lry=\"3400\">"
          + "<graphic url=\"scans/p%03d.jpg\"/><zone>", i, i));
      for (int l = 0; l < 20; l++) {
        surfaces.append(String.format(Locale.ROOT, "<line ulx=\"300\" uly=\"%d\" lrx=\"2100\" lry=\"%d\">line %d of page %d, as the writer set it</line>",
            400 + l * 140, 520 + l * 140, l + 1, i));
      }
      surfaces.append("</zone></surface>\n");
    }
    Path notebook = texts.resolve("notebook.xml");
    String tei = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc>"
        + "<titleStmt><title>A notebook</title></titleStmt><publicationStmt><p>Generated for the benchmark.</p></publicationStmt>"
        + "<sourceDesc><p>None.</p></sourceDesc></fileDesc></teiHeader><sourceDoc>\n" + surfaces + "</sourceDoc>"
        + "<text xml:lang=\"en\"><body><p>A notebook of " + pages + " pages.</p></body></text></TEI>\n";
    Files.writeString(notebook, tei, StandardCharsets.UTF_8);
    long bytes = size(scans);
    System.out.printf(Locale.ROOT, "%d page images (2400 × 3400 JPEG), %.0f MB, in %s; %d cores; %s%n%n", pages, bytes / 1e6, scans,
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    System.out.println("| stage | wall (s) | images/s | MB of images/s | peak memory (MB) | the build's own stages |");
    System.out.println("|---|---|---|---|---|---|");
    Path out = work.resolve("out");
    row(pages + " page images: site from scratch (every picture tiled)", pages, bytes,
        editionOutsideTheProject("build", "--html", "-o", out.toString(), texts.toString()));
    Files.writeString(notebook, tei.replace("as the writer set it</line>", "as the writer set it.</line>"), StandardCharsets.UTF_8);
    row("the text changed, no image (its page again, no picture tiled)", pages, bytes,
        editionOutsideTheProject("build", "--html", "-o", out.toString(), texts.toString()));
    page(scans.resolve("p001.jpg"), 1, 1);
    row("one image changed (its page again, one picture tiled)", pages, bytes,
        editionOutsideTheProject("build", "--html", "-o", out.toString(), texts.toString()));
  }

  /**
   * The cost of a critical apparatus: the articles without one and with one (twelve apps each, two
   * witnesses), the site and EPUB of all, the PDF of twenty; both judged by tei_all (the project's
   * customisation has no apparatus).
   */
  private static void apparatus(int n) throws Exception {
    Path work = Files.createTempDirectory("edition-bench-apparatus-");
    Path plain = work.resolve("plain");
    Path critical = work.resolve("critical");
    generate(plain, n);
    generate(critical, n);
    Pattern word = Pattern.compile(" la ");
    try (var files = Files.list(critical)) {
      for (Path article : files.filter(p -> p.getFileName().toString().startsWith("article-")).toList()) {
        String text = Files.readString(article, StandardCharsets.UTF_8).replace("</sourceDesc>",
            "<listWit><witness xml:id=\"A\">The journal</witness><witness xml:id=\"B\">The forum's copy</witness></listWit></sourceDesc>");
        int body = text.indexOf("<body>");
        StringBuilder out = new StringBuilder(text.substring(0, body));
        Matcher m = word.matcher(text);
        int at = body;
        int apps = 0;
        while (apps < 12 && m.find(at)) {
          out.append(text, at, m.start()).append(" <app><lem wit=\"#A\">la</lem><rdg wit=\"#B\">le</rdg></app> ");
          at = m.end();
          apps++;
        }
        out.append(text.substring(at));
        Files.writeString(article, out.toString(), StandardCharsets.UTF_8);
      }
    }
    System.out.printf(Locale.ROOT, "%d articles, twelve apps in each of the critical ones; %d cores; %s%n%n", n,
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    System.out.println("| stage | wall (s) | documents/s | MB TEI/s | peak memory (MB) | the build's own stages |");
    System.out.println("|---|---|---|---|---|---|");
    for (Path corpus : List.of(plain, critical)) {
      String which = corpus == plain ? "without apparatus" : "with apparatus";
      long bytes = size(corpus);
      row("site + EPUB, " + which, n, bytes, editionOutsideTheProject("build", "--html", "--epub", "-o",
          work.resolve("out-" + corpus.getFileName()).toString(), corpus.toString()));
      Path few = Files.createDirectories(work.resolve("few-" + corpus.getFileName()));
      for (int i = 0; i < 20; i++) {
        Files.copy(corpus.resolve(name(i)), few.resolve(name(i)));
      }
      Files.copy(corpus.resolve("registers.xml"), few.resolve("registers.xml"));
      row("PDF of 20 articles, " + which, 20, bytes * 20 / n, editionOutsideTheProject("build", "--pdf", "--volumes", "never", "-o",
          work.resolve("pdf-" + corpus.getFileName()).toString(), few.toString()));
    }
  }

  /**
   * The search at scale: the 500 and 5,000 article corpora (each article with one word of its
   * own) and a generated correspondence of {@code letters} letters with correspDesc, dates,
   * places and mentions. For each: the site's build, the index's own build from the search
   * records (in a JVM of its own), the index's size, and what Chromium's client of the index
   * loads (file://) before the first query and for a query of a common word, a rare word and a
   * two-word phrase; then one text changed, and the bytes of the index written again.
   */
  private static void search(int letters) throws Exception {
    Path work = Files.createTempDirectory("edition-bench-search-");
    System.out.printf(Locale.ROOT, "%d cores; %s%n%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    System.out.println("| corpus | site build (s) | index from records (s) | share of the site build | index size (MB) | files | before the first query (KB) | common word (KB, ms) | rare word (KB, ms) | phrase (KB, ms) | one text changed: index bytes written again |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
    // BENCH_ARTICLES="500" (or "") for a shorter run
    for (String size : System.getenv().getOrDefault("BENCH_ARTICLES", "500 5000").split(" ")) {
      if (size.isBlank()) {
        continue;
      }
      int n = Integer.parseInt(size);
      Path corpus = work.resolve("articles-" + n);
      generate(corpus, n);
      for (int i = 0; i < n; i++) {
        Path a = corpus.resolve(name(i));
        Files.writeString(a, Files.readString(a, StandardCharsets.UTF_8).replaceFirst("Un dossier sur le travail",
            "Un dossier (" + pseudoWord(i + 7919) + ") sur le travail"), StandardCharsets.UTF_8);
      }
      searchRow(n + " articles", corpus, work.resolve("out-" + n), true, "travail", pseudoWord(7919 + n / 2),
          "\"crise du conflit\"", corpus.resolve(name(n / 3)), "Un dossier (", "Un dossier (révisé, ");
    }
    Path mail = work.resolve("letters");
    generateLetters(mail, letters);
    searchRow(letters + " letters", mail, work.resolve("out-letters"), false, "lettre", "xylotrope",
        "\"cher ami\"", mail.resolve(String.format("letter-%05d.xml", letters / 2)), "<body><p>", "<body><p>Post-scriptum ajouté. ");
  }

  private static void searchRow(String label, Path corpus, Path out, boolean project, String common, String rare,
      String phrase, Path changed, String from, String to) throws Exception {
    Result site = project ? edition("build", "--html", "-o", out.toString(), corpus.toString())
        : editionOutsideTheProject("build", "--html", "-o", out.toString(), corpus.toString());
    Path html = out.resolve("html");
    Path index = html.resolve("search");
    Path records = out.resolve(".edition-cache/extracts");
    Path again = Files.createTempDirectory("edition-bench-index-");
    long start = System.nanoTime();
    Result alone = runJava("-cp", root.resolve("target/edition.jar").toString(), "org.edition.publish.html.search.SearchIndex",
        records.toString(), again.toString());
    double indexSeconds = alone.exit() == 0 ? (System.nanoTime() - start) / 1e9 : Double.NaN;
    Map<String, String> before = hashes(index);
    long total = 0;
    for (Path f : listFiles(index)) {
      total += Files.size(f);
    }
    long first = Files.size(html.resolve("assets/search.js")) + Files.size(index.resolve("index.js"));
    String[] q1 = query(html, common);
    String[] q2 = query(html, rare);
    String[] q3 = query(html, phrase);
    Files.writeString(changed, Files.readString(changed, StandardCharsets.UTF_8).replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
    Result rebuild = project ? edition("build", "--html", "-o", out.toString(), corpus.toString())
        : editionOutsideTheProject("build", "--html", "-o", out.toString(), corpus.toString());
    Map<String, String> after = hashes(index);
    long rewritten = 0;
    for (Map.Entry<String, String> f : after.entrySet()) {
      if (!f.getValue().equals(before.get(f.getKey()))) {
        rewritten += Files.size(index.resolve(f.getKey()));
      }
    }
    long now = 0;
    for (Path f : listFiles(index)) {
      now += Files.size(f);
    }
    System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.0f %% | %.1f | %d | %.1f | %s | %s | %s | %.1f KB, %.2f %% (rebuild %.1f s) |%n",
        label + (site.exit() > 1 ? " (failed, exit " + site.exit() + ")" : ""), site.seconds(), indexSeconds,
        100 * indexSeconds / site.seconds(), total / 1e6, after.size(), first / 1024.0, q1[0], q2[0], q3[0],
        rewritten / 1024.0, 100.0 * rewritten / now, rebuild.seconds());
    System.out.printf(Locale.ROOT, "  (%s: %s; %s: %s; %s: %s)%n", common, q1[1], rare, q2[1], phrase, q3[1]);
  }

  /**
   * What the client loads for a query on the search page, in Chromium from file://: the files it
   * names in data-files (each loaded once, by a script element) summed from the disk, without
   * search.js and index.js (counted before the first query); and its own time to answer.
   */
  private static String[] query(Path html, String q) throws Exception {
    String url = html.resolve("search.html").toUri() + "?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8);
    Process p = new ProcessBuilder("chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--timeout=15000",
        "--dump-dom", url).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    Matcher files = Pattern.compile("data-files=\"([^\"]*)\"").matcher(dom);
    Matcher ms = Pattern.compile("data-ms=\"(\\d+)\"").matcher(dom);
    Matcher count = Pattern.compile("class=\"results-count\">([^<]*)<").matcher(dom);
    if (!files.find()) {
      return new String[] {"(no answer)", ""};
    }
    long bytes = 0;
    int n = 0;
    for (String f : files.group(1).split(" ")) {
      if (!f.isEmpty() && !f.equals("index")) {
        bytes += Files.size(html.resolve("search/" + f + ".js"));
        n++;
      }
    }
    return new String[] {String.format(Locale.ROOT, "%.1f, %s", bytes / 1024.0, ms.find() ? ms.group(1) : "?"),
        (count.find() ? count.group(1) : "?") + ", " + n + " files"};
  }

  private static List<Path> listFiles(Path folder) throws IOException {
    try (var all = Files.walk(folder)) {
      return all.filter(Files::isRegularFile).toList();
    }
  }

  private static Map<String, String> hashes(Path folder) throws Exception {
    Map<String, String> out = new java.util.TreeMap<>();
    java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
    for (Path f : listFiles(folder)) {
      out.put(folder.relativize(f).toString(), java.util.HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f))));
    }
    return out;
  }

  /** A word of no language, one for each number (the rare words of the corpora). */
  private static String pseudoWord(int i) {
    String[] syllables = {"ka", "lo", "mi", "zu", "re", "ta", "vo", "ni", "sa", "pe", "du", "gri", "bo", "fe", "chu", "xa"};
    StringBuilder w = new StringBuilder("q");
    int k = i;
    do {
      w.append(syllables[k % 16]);
      k /= 16;
    } while (k > 0);
    return w.toString();
  }

  /**
   * A correspondence of {@code n} letters between 300 persons, from and to 120 places with
   * coordinates, 1850–1949: correspDesc, a register of persons and places, paragraphs of words
   * drawn from a vocabulary of 40,000 (Zipf's law: a few very common, most rare), mentions of
   * persons and places; every tenth letter begins "Cher ami", one says "xylotrope".
   */
  private static void generateLetters(Path corpus, int n) throws IOException {
    Files.createDirectories(corpus);
    java.util.Random random = new java.util.Random(42);
    String[] common = ("de la le et les des à en un une que qui pour dans est pas sur au avec ce il je vous nous "
        + "mais plus par son sa ses votre lettre temps jour fait bien tout").split(" ");
    String[] vocabulary = new String[40000];
    for (int i = 0; i < vocabulary.length; i++) {
      vocabulary[i] = i < common.length ? common[i] : pseudoWord(i * 7 + 3).substring(1) + (i % 3 == 0 ? "é" : "");
    }
    double[] cumulative = new double[vocabulary.length];
    double sum = 0;
    for (int i = 0; i < vocabulary.length; i++) {
      sum += 1.0 / (i + 1);
      cumulative[i] = sum;
    }
    StringBuilder register = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">"
        + "<teiHeader><fileDesc><titleStmt><title>Registre de la correspondance</title></titleStmt><publicationStmt><p>Banc d’essai</p></publicationStmt>"
        + "<sourceDesc><p>Engendré par bench/Bench.java</p></sourceDesc></fileDesc></teiHeader><standOff><listPerson>");
    for (int i = 0; i < 300; i++) {
      register.append("<person xml:id=\"p").append(i).append("\"><persName>").append(capital(pseudoWord(i + 500).substring(1)))
          .append(", ").append(capital(pseudoWord(i + 9000).substring(1))).append("</persName></person>");
    }
    register.append("</listPerson><listPlace>");
    for (int i = 0; i < 120; i++) {
      register.append("<place xml:id=\"l").append(i).append("\"><placeName>").append(capital(pseudoWord(i + 20000).substring(1)))
          .append("</placeName><location><geo>").append(String.format(Locale.ROOT, "%.4f %.4f", 36 + random.nextDouble() * 20, -8 + random.nextDouble() * 30))
          .append("</geo></location></place>");
    }
    register.append("</listPlace></standOff><text><body><p>Registre.</p></body></text></TEI>\n");
    Files.writeString(corpus.resolve("registers.xml"), register, StandardCharsets.UTF_8);
    for (int i = 0; i < n; i++) {
      int from = random.nextInt(300);
      int to = (from + 1 + random.nextInt(20)) % 300;
      int year = 1850 + random.nextInt(100);
      String date = String.format(Locale.ROOT, "%04d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
      StringBuilder body = new StringBuilder();
      int paragraphs = 2 + random.nextInt(4);
      for (int p = 0; p < paragraphs; p++) {
        body.append("<p>");
        if (p == 0 && i % 10 == 0) {
          body.append("Cher ami, ");
        }
        if (i == n / 3 && p == 0) {
          body.append("xylotrope ");
        }
        int words = 30 + random.nextInt(80);
        for (int w = 0; w < words; w++) {
          double r = random.nextDouble() * sum;
          int k = java.util.Arrays.binarySearch(cumulative, r);
          body.append(vocabulary[k < 0 ? -k - 1 : k]).append(w % 17 == 16 ? ". " : " ");
          if (w == words / 2) {
            body.append(random.nextBoolean() ? "<persName ref=\"registers.xml#p" + random.nextInt(300) + "\">ami</persName> "
                : "<placeName ref=\"registers.xml#l" + random.nextInt(120) + "\">ville</placeName> ");
          }
        }
        body.append("</p>");
      }
      String letter = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"fr\"><teiHeader><fileDesc>"
          + "<titleStmt><title>Lettre " + i + "</title></titleStmt><publicationStmt><p>Banc d’essai</p></publicationStmt>"
          + "<sourceDesc><p>Engendré</p></sourceDesc></fileDesc><profileDesc><correspDesc>"
          + "<correspAction type=\"sent\"><persName ref=\"registers.xml#p" + from + "\">P" + from + "</persName>"
          + "<placeName ref=\"registers.xml#l" + (from % 120) + "\">L" + (from % 120) + "</placeName><date when=\"" + date + "\"/></correspAction>"
          + "<correspAction type=\"received\"><persName ref=\"registers.xml#p" + to + "\">P" + to + "</persName></correspAction>"
          + "</correspDesc></profileDesc></teiHeader><text><body>" + body + "</body></text></TEI>\n";
      Files.writeString(corpus.resolve(String.format("letter-%05d.xml", i)), letter, StandardCharsets.UTF_8);
    }
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** A page image: paper, and lines of ink where the transcription says they are. */
  private static void page(Path file, int number, int version) throws IOException {
    java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(2400, 3400, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = image.createGraphics();
    g.setColor(new java.awt.Color(236, 226, 200 - version * 20));
    g.fillRect(0, 0, 2400, 3400);
    g.setColor(new java.awt.Color(60, 50, 40));
    g.setFont(new java.awt.Font(java.awt.Font.SERIF, java.awt.Font.ITALIC, 90));
    java.util.Random ink = new java.util.Random(number * 31L + version);
    for (int l = 0; l < 20; l++) {
      g.drawString("line " + (l + 1) + " of page " + number + " " + Long.toString(ink.nextLong(), 36), 300, 500 + l * 140);
    }
    g.dispose();
    javax.imageio.ImageIO.write(image, "jpg", file.toFile());
  }

  /** A correction in the first paragraph, different each time. */
  private static void change(Path article, int k) throws IOException {
    String text = Files.readString(article, StandardCharsets.UTF_8);
    Files.writeString(article, text.replaceFirst("Misère ![^.]*\\.\\.\\.", "Misère !" + "!".repeat(k) + "..."),
        StandardCharsets.UTF_8);
  }

  /** `edition serve`: the time from saving an article to the end of the rebuild, ten times. */
  private static void serve(Path corpus, Path out, Path one) throws Exception {
    int port = 18000 + (int) (ProcessHandle.current().pid() % 1000);
    Process server = new ProcessBuilder(launcher.toString(), "serve", "--project", root.toString(), "--port", String.valueOf(port),
        "-o", out.toString(), corpus.toString())
        .directory(root.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    Sampler sampler = new Sampler(server);
    sampler.start();
    HttpClient http = HttpClient.newHttpClient();
    URI status = URI.create("http://localhost:" + port + "/_edition/status");
    try {
      long build = waitForBuild(http, status, 0, 600);
      List<Double> walls = new ArrayList<>();
      List<Double> own = new ArrayList<>();
      for (int k = 2; k <= 11; k++) {
        Thread.sleep(300);
        long start = System.nanoTime();
        change(one, k);
        build = waitForBuild(http, status, build, 60);
        walls.add((System.nanoTime() - start) / 1e9);
        own.add(seconds(http.send(HttpRequest.newBuilder(status).build(), HttpResponse.BodyHandlers.ofString()).body()));
      }
      double first = walls.get(0);
      walls.sort(null);
      own.sort(null);
      double wall = walls.get(walls.size() / 2);
      System.out.printf(Locale.ROOT, "| one article changed, inside `edition serve` (site; median of 10 saves, from save to rebuilt, first %.2f s) | %.2f | | | %d | rebuild %.2f s (min %.2f, max %.2f) |%n",
          first, wall, sampler.peakKb / 1024, own.get(own.size() / 2), own.get(0), own.get(own.size() - 1));
    } finally {
      server.destroy();
      server.waitFor();
    }
  }

  private static long waitForBuild(HttpClient http, URI status, long after, int timeoutSeconds) throws Exception {
    long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
    Pattern number = Pattern.compile("\"build\":(\\d+)");
    while (System.nanoTime() < deadline) {
      try {
        String body = http.send(HttpRequest.newBuilder(status).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = number.matcher(body);
        if (m.find() && Long.parseLong(m.group(1)) > after) {
          return Long.parseLong(m.group(1));
        }
      } catch (IOException notYet) {
        // the server is starting
      }
      Thread.sleep(5);
    }
    throw new IllegalStateException("edition serve did not rebuild within " + timeoutSeconds + " s");
  }

  private static double seconds(String statusJson) {
    Matcher m = Pattern.compile("\"seconds\":([0-9.eE-]+)").matcher(statusJson);
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }

  private static String name(int i) {
    return String.format("article-%05d.xml", i);
  }

  private static long size(Path folder) throws IOException {
    long bytes = 0;
    try (var files = Files.list(folder)) {
      for (Path p : files.toList()) {
        bytes += Files.size(p);
      }
    }
    return bytes;
  }

  private static void generate(Path corpus, int n) throws IOException {
    Files.createDirectories(corpus);
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

  private record Result(double seconds, long peakKb, int exit, String stages) {}

  /** Samples a process's peak resident memory (VmHWM) until it ends. */
  private static final class Sampler extends Thread {
    private final Process process;
    volatile long peakKb;

    Sampler(Process process) {
      this.process = process;
      setDaemon(true);
    }

    @Override
    public void run() {
      Path status = Path.of("/proc/" + process.pid() + "/status");
      Pattern rss = Pattern.compile("VmHWM:\\s+(\\d+) kB");
      while (process.isAlive()) {
        try {
          Matcher m = rss.matcher(Files.readString(status));
          if (m.find()) {
            peakKb = Math.max(peakKb, Long.parseLong(m.group(1)));
          }
          Thread.sleep(20);
        } catch (IOException | InterruptedException gone) {
          return;
        }
      }
    }
  }

  /** The command alone, for an edition that is not of the flagship's kind (the TEI names its schema, else tei_all). */
  private static Result editionOutsideTheProject(String... args) throws Exception {
    return run(java.util.stream.Stream.concat(java.util.stream.Stream.of(launcher.toString()), java.util.stream.Stream.of(args)).toList());
  }

  private static Result edition(String... args) throws Exception {
    // The articles are the flagship's kind: this project's schemas and rules judge them (their
    // folder, outside the project, would otherwise be judged by tei_all alone).
    List<String> command = new ArrayList<>(List.of(launcher.toString(), args[0], "--project", root.toString()));
    command.addAll(List.of(args).subList(1, args.length));
    return run(command);
  }

  /**
   * The editor's loop on a copy of the flagship: the full build in all formats and the build after
   * one word changed, each in a new JVM as `./edition` starts it (EDITION_DAEMON=off), then in the
   * warm build daemon (`edition daemon`); medians of {@code runs}, and the ratios the issue sets.
   */
  private static void loop(int runs) throws Exception {
    Path copy = Files.createTempDirectory("edition-loop-");
    for (String folder : List.of("tei", "schemas", "xslt")) {
      copyTree(root.resolve(folder), copy.resolve(folder));
    }
    Path essay = copy.resolve("tei/leylavergne-travail.xml");
    System.out.printf(Locale.ROOT, "The flagship in all formats, a copy in %s; %d cores; %s; medians of %d runs%n%n", copy,
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), runs);
    System.out.println("| build | a new JVM each time (s) | in the warm daemon (s) |");
    System.out.println("|---|---|---|");
    double[] cold = fullAndOneWord(copy, essay, runs, false, 0);
    long start = System.nanoTime();
    Result daemon = run(List.of(launcher.toString(), "daemon"), copy, true);
    double warming = (System.nanoTime() - start) / 1e9;
    if (daemon.exit() != 0) {
      throw new IllegalStateException("edition daemon did not start (exit " + daemon.exit() + ")");
    }
    double[] warm;
    try {
      warm = fullAndOneWord(copy, essay, runs, true, runs);
    } finally {
      run(List.of(launcher.toString(), "daemon", "--stop"), copy, true);
    }
    System.out.printf(Locale.ROOT, "| full build (`build --clean`) | %.2f | %.2f |%n", cold[0], warm[0]);
    System.out.printf(Locale.ROOT, "| one word changed (`build`) | %.2f | %.2f |%n", cold[1], warm[1]);
    System.out.printf(Locale.ROOT, "| one word / full | %.2f | %.2f |%n", cold[1] / cold[0], warm[1] / warm[0]);
    System.out.printf(Locale.ROOT, "%nthe daemon warmed in %.1f s; one word in the daemon / a full build in a new JVM: %.2f%n",
        warming, warm[1] / cold[0]);
  }

  /** Medians of the full build and of the build after one word changed, with or without the daemon. */
  private static double[] fullAndOneWord(Path copy, Path essay, int runs, boolean daemon, int changed) throws Exception {
    List<Double> full = new ArrayList<>();
    List<Double> word = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      full.add(checked(run(List.of(launcher.toString(), "build", "--clean", "-q"), copy, daemon)).seconds());
      String text = Files.readString(essay, StandardCharsets.UTF_8);
      int end = text.indexOf("</p>", text.indexOf("<body"));
      Files.writeString(essay, text.substring(0, end) + " mot" + (changed + i) + text.substring(end), StandardCharsets.UTF_8);
      word.add(checked(run(List.of(launcher.toString(), "build", "-q"), copy, daemon)).seconds());
    }
    return new double[] {median(full), median(word)};
  }

  private static Result checked(Result r) {
    if (r.exit() != 0) {
      throw new IllegalStateException("the build failed (exit " + r.exit() + ")");
    }
    return r;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }

  private static Result runJava(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("java"));
    command.addAll(List.of(args));
    return run(command);
  }

  private static Result run(List<String> command) throws Exception {
    return run(command, root, false);
  }

  /**
   * The command run in {@code folder}; in a warm daemon of that folder if {@code daemon} and one
   * runs, else in its own JVM (the figures of a new JVM are not to be those of a daemon left running).
   */
  private static Result run(List<String> command, Path folder, boolean daemon) throws Exception {
    long start = System.nanoTime();
    Path log = Files.createTempFile("edition-bench-", ".log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    if (!daemon) {
      builder.environment().put("EDITION_DAEMON", "off");
    }
    Process process = builder.start();
    Sampler sampler = new Sampler(process);
    sampler.start();
    int exit = process.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    sampler.join(1000);
    String stages = "";
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      Matcher m = Pattern.compile("^(?:built|up to date) in [^;]*;.*?; (validate .*)$").matcher(line);
      if (m.find()) {
        stages = m.group(1);
      }
    }
    Files.delete(log);
    return new Result(seconds, sampler.peakKb, exit, stages);
  }

  private static void row(String stage, int docs, long bytes, Result r) {
    System.out.printf(Locale.ROOT, "| %s%s | %.1f | %.0f | %.2f | %d | %s |%n", stage,
        r.exit() > 1 ? " (failed, exit " + r.exit() + ")" : "",
        r.seconds(), docs / r.seconds(), bytes / 1e6 / r.seconds(), r.peakKb() / 1024, r.stages());
  }
}
