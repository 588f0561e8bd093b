package org.edition.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;

/**
 * The texts' extracts (what the edition-wide pages need of each text) and search records, kept
 * in the build's cache by the fingerprint of the text they come from, and in memory too for a
 * warm `edition serve`, which rebuilds the edition-wide pages after every save.
 */
final class ExtractStore {
  private final Processor processor;
  private final boolean inMemory;
  private final Map<String, XdmNode> extracts = new ConcurrentHashMap<>();

  ExtractStore(Processor processor, boolean inMemory) {
    this.processor = processor;
    this.inMemory = inMemory;
  }

  /** Forgets the extracts in memory (a clean build writes them all anew). */
  void clear() {
    extracts.clear();
  }

  static Path extractFile(Path cache, String key) {
    return cache.resolve("extracts").resolve(key + ".xml");
  }

  static Path searchFile(Path cache, String key) {
    return cache.resolve("extracts").resolve(key + ".search.xml");
  }

  void keep(Path cache, String key, XdmNode extract, String search) throws IOException {
    if (inMemory) {
      extracts.put(key, extract);
    }
    Path file = extractFile(cache, key);
    Files.createDirectories(file.getParent());
    Path part = Files.createTempFile(file.getParent(), ".extract-", ".part");
    try {
      Serializer serializer = processor.newSerializer(part.toFile());
      // an XML 1.1 text may hold control characters (&#x1;) that XML 1.0 cannot write
      serializer.setOutputProperty(Serializer.Property.VERSION, "1.1");
      serializer.serializeNode(extract);
      Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      Files.writeString(part, search, java.nio.charset.StandardCharsets.UTF_8);
      Files.move(part, searchFile(cache, key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (SaxonApiException e) {
      throw new IOException("cannot keep the extract of a text in " + file + ": " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(part);
    }
  }

  XdmNode extract(Path cache, String key) throws IOException {
    XdmNode known = extracts.get(key);
    if (known != null) {
      return known;
    }
    Path file = extractFile(cache, key);
    try (InputStream in = Files.newInputStream(file)) {
      XdmNode node = processor.newDocumentBuilder()
          .build(new javax.xml.transform.stream.StreamSource(in, file.toUri().toString()));
      if (inMemory) {
        extracts.put(key, node);
      }
      return node;
    } catch (SaxonApiException e) {
      throw new IOException("cannot read the extract " + file + ": " + e.getMessage(), e);
    }
  }

  /** Extracts of texts that are gone or changed are of no further use. */
  void forgetOld(Path cache, List<FormatPlan> plans) throws IOException {
    FormatPlan html = plans.stream().filter(p -> p.publisher.makesExtracts()).findFirst().orElse(null);
    if (html == null) {
      return;
    }
    Set<String> current = new HashSet<>(html.textKeys.values());
    extracts.keySet().retainAll(current);
    Path folder = cache.resolve("extracts");
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        String key = name.replaceFirst("(\\.search)?\\.(xml|json)$", "");
        if (!name.equals(key) && !current.contains(key)) {
          Files.deleteIfExists(f);
        }
      }
    }
  }
}
