package org.edition.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The fonts the toolkit ships and embeds, never those of the machine it runs on: DejaVu Serif for
 * the text, DejaVu Sans for the scripts the serif lacks, as packaged by
 * net.sf.jasperreports:jasperreports-fonts (Bitstream Vera licence).
 */
public final class BundledFonts {
  public static final String SERIF = "DejaVu Serif";
  public static final String SANS = "DejaVu Sans";
  private static final String RESOURCES = "/net/sf/jasperreports/fonts/dejavu/";

  /** One font file: its family, style (normal, italic) and weight (normal, bold). */
  public record Face(String file, String family, String style, String weight) {}

  public static final List<Face> SERIF_FACES = faces(SERIF, "DejaVuSerif", "Italic");

  public static final List<Face> SANS_FACES = faces(SANS, "DejaVuSans", "Oblique");

  /** A family's four faces, as DejaVu names their files (DejaVuSans-BoldOblique.ttf). */
  private static List<Face> faces(String family, String file, String slanted) {
    return List.of(
        new Face(file + ".ttf", family, "normal", "normal"),
        new Face(file + "-" + slanted + ".ttf", family, "italic", "normal"),
        new Face(file + "-Bold.ttf", family, "normal", "bold"),
        new Face(file + "-Bold" + slanted + ".ttf", family, "italic", "bold"));
  }

  private BundledFonts() {}

  /** Copies a font file out of the jar. */
  public static void copy(Face face, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    try (InputStream in = open(face)) {
      Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The bytes of a font file. */
  public static byte[] bytes(Face face) throws IOException {
    try (InputStream in = open(face)) {
      return in.readAllBytes();
    }
  }

  private static InputStream open(Face face) throws IOException {
    InputStream in = BundledFonts.class.getResourceAsStream(RESOURCES + face.file());
    if (in == null) {
      throw new IOException("the font " + face.file() + " is missing from the class path");
    }
    return in;
  }
}
