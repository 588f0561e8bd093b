package org.edition.load;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A picture a facsimile names (a graphic's url, a page break's facs): where the address leads and,
 * for a file of the edition, what its header says. Shared by the check stage (which reports a bad
 * image with its file and line) and the publishers (which show only what is sound), so that both
 * judge an address the same way. Nothing remote is ever fetched.
 */
public final class FacsimileImage {
  /**
   * The largest picture the build decodes: a decoded pixel takes three or four bytes, so 100
   * megapixels is 300–400 MB of memory (a manuscript page photographed at 600 dpi is about 60).
   */
  public static final long MAX_PIXELS = 100_000_000L;

  /** A scheme a browser may fetch an image from; any other (javascript:, data:, file:) is never live. */
  private static final Pattern WEB = Pattern.compile("^https?://[^\\s/?#]+.*", Pattern.CASE_INSENSITIVE);
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

  /** An address that names a picture file by its extension (whether the build reads it or not). */
  private static final Pattern PICTURE = Pattern.compile("(?i).*\\.(jpe?g|png|gif|tiff?|bmp|webp|jp2)$");

  private FacsimileImage() {}

  /** Whether an address names a picture (a facs may name a picture or an element). */
  public static boolean namesPicture(String address) {
    return PICTURE.matcher(address).matches();
  }

  /** What an address is. */
  public enum Kind {
    /** on a web server (http, https): used as it is, never fetched by the build */
    REMOTE,
    /** a file inside the edition's folder */
    LOCAL,
    /** a file the address leads to outside the edition's folder: not read */
    OUTSIDE,
    /** another scheme (javascript:, data:, file:, ...) or an absolute path: never a live address */
    REFUSED
  }

  /** Where an address leads: its kind and, for a file, the file; for a refused one, why. */
  public record Address(Kind kind, Path file, String why) {
    Address(Kind kind, Path file) {
      this(kind, file, null);
    }
  }

  /**
   * @param written the address as the TEI writes it
   * @param base the base URI of the element that writes it (its file, or its xml:base)
   * @param sandbox the folder the edition's files are read from
   */
  public static Address resolve(String written, URI base, Path sandbox) {
    String address = written.strip();
    if (WEB.matcher(address).matches()) {
      // Its page's Content-Security-Policy must be able to name its server (WebAddress), or the
      // page could never show it; and what names it must not end the policy's directive.
      try {
        WebAddress.parse(address);
      } catch (IllegalArgumentException refused) {
        return new Address(Kind.REFUSED, null, "it " + refused.getMessage());
      }
      return new Address(Kind.REMOTE, null);
    }
    if (address.matches(".*\\s.*")) {
      return new Address(Kind.REFUSED, null, "it holds spaces: one image, one address");
    }
    if (address.isEmpty() || SCHEME.matcher(address).matches() || address.startsWith("/") || address.startsWith("\\")
        || base == null || !"file".equals(base.getScheme())) {
      return new Address(Kind.REFUSED, null);
    }
    Path file;
    try {
      file = Path.of(base.resolve(new URI(null, null, address.replace('\\', '/'), null))).toAbsolutePath().normalize();
    } catch (java.net.URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return new Address(Kind.REFUSED, null);
    }
    // compared as real paths: the edition may be reached through a symbolic link
    Path root = Sandbox.realPath(sandbox);
    if (!real(file).startsWith(root)) {
      return new Address(Kind.OUTSIDE, file);
    }
    return new Address(Kind.LOCAL, file);
  }

  /** A path with its links followed as far as it exists (a missing file's folder may be a link). */
  private static Path real(Path file) {
    Path existing = file;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return file;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(file)).normalize();
    } catch (IOException e) {
      return file;
    }
  }

  /** What a picture's header says: its format and size in pixels. */
  public record Header(String format, int width, int height) {
    public long pixels() {
      return (long) width * height;
    }
  }

  /**
   * Reads a picture's header (nothing is decoded).
   *
   * @throws IOException saying, in a reader's words, why it is not a picture the build can read
   */
  public static Header header(Path file) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        throw new IOException("cannot be read");
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new IOException("is not a picture in a format the build reads (JPEG, PNG, TIFF, GIF, BMP)");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        String format = reader.getFormatName().toLowerCase(Locale.ROOT);
        Header header = new Header(format, reader.getWidth(0), reader.getHeight(0));
        if (header.width() <= 0 || header.height() <= 0) {
          throw new IOException("has no pixels");
        }
        return header;
      } catch (RuntimeException e) {
        throw new IOException("is damaged: " + e.getMessage(), e);
      } finally {
        reader.dispose();
      }
    }
  }

  /**
   * What is wrong with a local picture, or null if nothing: missing, not a picture, damaged or
   * cut short (a JPEG without its end, a PNG without its last chunk), or too large to decode.
   */
  public static String problem(Path file) {
    if (!Files.isRegularFile(file)) {
      return "the image " + file + " does not exist";
    }
    Header header;
    try {
      header = header(file);
    } catch (IOException e) {
      return "the file " + file.getFileName() + " " + e.getMessage();
    }
    if (header.pixels() > MAX_PIXELS) {
      return String.format(Locale.ROOT, "the image %s is %,d × %,d pixels (%,d megapixels): the build decodes at most %d"
          + " megapixels; scale it down", file.getFileName(), header.width(), header.height(),
          header.pixels() / 1_000_000, MAX_PIXELS / 1_000_000);
    }
    if (cutShort(file, header.format())) {
      return "the image " + file.getFileName() + " is cut short (its " + header.format().toUpperCase(Locale.ROOT)
          + " data does not end): copy it again";
    }
    return null;
  }

  /** Whether a JPEG or PNG file lacks the marker its format ends with (a transfer cut short). */
  private static boolean cutShort(Path file, String format) {
    byte[] end;
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      int n = (int) Math.min(in.length(), 4096);
      end = new byte[n];
      in.seek(in.length() - n);
      in.readFully(end);
    } catch (IOException e) {
      return true;
    }
    if (format.equals("jpeg") || format.equals("jpg")) {
      // the end-of-image marker, perhaps followed by padding or a trailer some cameras add
      for (int i = end.length - 2; i >= 0; i--) {
        if ((end[i] & 0xff) == 0xff && (end[i + 1] & 0xff) == 0xd9) {
          return false;
        }
      }
      return true;
    }
    if (format.equals("png")) {
      String tail = new String(end, Math.max(0, end.length - 12), Math.min(12, end.length), java.nio.charset.StandardCharsets.ISO_8859_1);
      return !tail.contains("IEND");
    }
    return false;
  }
}
