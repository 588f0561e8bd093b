package org.edition.check;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.edition.load.Sandbox;

/**
 * Where the parts of a schema may be read from: its {@code xs:include}, {@code xs:import} and
 * {@code xs:redefine}, its RELAX NG {@code include} and {@code externalRef}, the DTD of a schema
 * document. Never from the network: a catalog may map the address to a local copy, else the part
 * is refused and the schema cannot be used (a schema with a part missing would judge wrongly).
 * The parts of a schema that a document names itself are, like its Schematron rules (see {@link
 * RuleSandbox}), read only from the edition's folder and the schema's own: a document chosen by
 * someone else does not make the run read the files of the machine.
 */
final class SchemaParts {
  /** What was refused, and where it was asked for (the schema file's line and column, if known). */
  record Refusal(String address, String why, String where) {
    String say() {
      return (where == null ? "" : where + ": ") + "the schema part " + address + " is not read: " + why;
    }
  }

  /** The folders parts may come from; null for any file of this machine. */
  private final List<Path> roots;
  private final SchemaCatalog catalog;
  private final List<Refusal> refused = new ArrayList<>();

  private SchemaParts(List<Path> roots, SchemaCatalog catalog) {
    this.roots = roots == null ? null : roots.stream().map(Sandbox::realPath).toList();
    this.catalog = catalog;
  }

  /** The parts of a schema the edition chose (its own, {@code --schema}, a catalog's): any local file. */
  static SchemaParts local(SchemaCatalog catalog) {
    return new SchemaParts(null, catalog);
  }

  /** The parts of a schema a document names: files of the edition and of the schema's folder only. */
  static SchemaParts inside(Path edition, URI schema, SchemaCatalog catalog) {
    List<Path> roots = new ArrayList<>(List.of(edition));
    if ("file".equals(schema.getScheme())) {
      roots.add(Path.of(schema).getParent());
    }
    return new SchemaParts(roots, catalog);
  }

  /**
   * The address to read a part from: its own, or the local copy a catalog maps it to; null when
   * it is refused (recorded, see {@link #refusals}).
   */
  synchronized String resolve(String address) {
    if (address == null) {
      return null;
    }
    String lower = address.toLowerCase(java.util.Locale.ROOT);
    String scheme = lower.matches("^[a-z][a-z0-9+.-]*:.*") ? lower.substring(0, lower.indexOf(':')) : "";
    // file://host/ names another machine, jar:http: a jar on the web
    boolean remote = !scheme.isEmpty() && !scheme.equals("file") && !scheme.equals("jar")
        || lower.matches("^file://[^/].*") || scheme.equals("jar") && !lower.startsWith("jar:file:");
    if (remote) {
      java.util.Optional<SchemaCatalog.Mapping> local = catalog == null ? java.util.Optional.empty() : catalog.lookup(address);
      if (local.isPresent() && local.get().exists()) {
        return local.get().target().toString();
      }
      return refuse(address, "nothing is fetched from the network"
          + (local.isPresent() ? " (a catalog maps it to " + local.get().target() + ", which does not exist)" : ""));
    }
    if (roots == null || scheme.equals("jar") && address.startsWith(ownJar())) {
      return address;
    }
    if (scheme.equals("file")) {
      try {
        Path path = Path.of(URI.create(address.replace(" ", "%20"))).toAbsolutePath().normalize();
        Path real = Sandbox.realPath(path);
        for (Path root : roots) {
          if (path.startsWith(root) && real.startsWith(root)) {
            return address;
          }
        }
      } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException notAPath) {
        // refused below
      }
    }
    return refuse(address, "a schema named by a document reads only the edition's files and those of its own folder");
  }

  private String refuse(String address, String why) {
    if (refused.stream().noneMatch(r -> r.address().equals(address))) {
      refused.add(new Refusal(address, why, null));
    }
    return null;
  }

  /** Says where the part refused at {@code address} was asked for, once the schema's reader knows. */
  synchronized void locate(String address, String where) {
    for (int i = 0; i < refused.size(); i++) {
      Refusal r = refused.get(i);
      if (r.address().equals(address) && r.where() == null) {
        refused.set(i, new Refusal(r.address(), r.why(), where));
      }
    }
  }

  synchronized List<Refusal> refusals() {
    return List.copyOf(refused);
  }

  /**
   * Throws when a part was refused: the schema is then not used (see {@link
   * SchemaLoadException#refused}).
   */
  void failIfRefused(URI schema) throws SchemaLoadException {
    List<Refusal> all = refusals();
    if (!all.isEmpty()) {
      String more = all.size() > 1 ? " (and " + (all.size() - 1) + " more)" : "";
      throw new SchemaLoadException(schema, new RefusedPart(all.get(0).say() + more), true);
    }
  }

  /** The jar the toolkit runs from: its packaged schemas may read one another. */
  private static String ownJar() {
    java.net.URL url = SchemaParts.class.getResource("SchemaParts.class");
    return url == null || !url.toString().startsWith("jar:") ? "\0" : url.toString().replaceFirst("!/.*$", "!/");
  }

  /** A part refused, as the schema readers are told (they report it where it was asked for). */
  static final class RefusedPart extends java.io.IOException {
    RefusedPart(String message) {
      super(message);
    }
  }
}
