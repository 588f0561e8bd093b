package org.edition.check;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.xmlresolver.CatalogManager;
import org.xmlresolver.ResolverFeature;
import org.xmlresolver.XMLResolverConfiguration;

/**
 * OASIS XML catalogs that map the published address of a schema to a local copy, read by the
 * resolver Saxon already uses (org.xmlresolver): the edition's own catalogs, then the packaged one
 * for the TEI Consortium's schemas. Nothing is ever looked up on the network: an address no
 * catalog maps is left unmapped.
 */
public final class SchemaCatalog {
  private final CatalogManager catalogs;
  /** Whether a packaged copy opens: asked for every text that names it, the jar does not change. */
  private final java.util.Map<URI, Boolean> packagedOpens = new java.util.concurrent.ConcurrentHashMap<>();

  /** What a lookup found: the local copy, or the copy a catalog names but that does not exist. */
  public record Mapping(URI target, boolean exists) {}

  public SchemaCatalog(List<URI> catalogFiles) {
    // No system properties, no xmlresolver.properties, no catalog PIs: only the catalogs given.
    XMLResolverConfiguration config = new XMLResolverConfiguration(List.of(), List.of());
    config.setFeature(ResolverFeature.CATALOG_FILES, catalogFiles.stream().map(URI::toString).toList());
    config.setFeature(ResolverFeature.PREFER_PUBLIC, true);
    config.setFeature(ResolverFeature.ALLOW_CATALOG_PI, false);
    config.setFeature(ResolverFeature.CLASSPATH_CATALOGS, false);
    config.setFeature(ResolverFeature.URI_FOR_SYSTEM, true);
    catalogs = config.getFeature(ResolverFeature.CATALOG_MANAGER);
  }

  /** The local copy a catalog gives for {@code address}, if one does. */
  public Optional<Mapping> lookup(String address) {
    URI target = catalogs.lookupURI(address);
    if (target == null) {
      target = catalogs.lookupSystem(address);
    }
    if (target == null) {
      return Optional.empty();
    }
    boolean exists = switch (target.getScheme() == null ? "" : target.getScheme()) {
      case "file" -> Files.isRegularFile(Path.of(target));
      case "jar" -> packagedOpens.computeIfAbsent(target, SchemaCatalog::opens);
      default -> false;
    };
    return Optional.of(new Mapping(target, exists));
  }

  private static boolean opens(URI packaged) {
    try (var in = packaged.toURL().openStream()) {
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
