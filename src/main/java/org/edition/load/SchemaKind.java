package org.edition.load;

import java.util.Locale;

/** The schema languages the validator runs, known by a file's extension. */
public enum SchemaKind {
  RELAXNG,
  XSD,
  SCHEMATRON,
  UNKNOWN;

  public static SchemaKind fromFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".rng") || lower.endsWith(".rnc")) {
      return RELAXNG;
    }
    if (lower.endsWith(".xsd")) {
      return XSD;
    }
    if (lower.endsWith(".sch")) {
      return SCHEMATRON;
    }
    return UNKNOWN;
  }

  public static SchemaKind fromXmlModel(String kind) {
    return switch (kind) {
      case "relaxng", "relaxng-compact" -> RELAXNG;
      case "xsd" -> XSD;
      case "schematron" -> SCHEMATRON;
      default -> UNKNOWN;
    };
  }
}
