package org.edition.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over what an output is made from. Parts are length-prefixed, so that ("ab", "c") and
 * ("a", "bc") never give the same fingerprint.
 */
public final class Fingerprint {
  private final MessageDigest digest;

  private Fingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  public static Fingerprint start() {
    return new Fingerprint();
  }

  public Fingerprint add(String part) {
    return add(part == null ? new byte[] {-1} : part.getBytes(StandardCharsets.UTF_8));
  }

  public Fingerprint add(byte[] part) {
    int n = part.length;
    digest.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
    digest.update(part);
    return this;
  }

  public String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }

  public static String of(byte[] bytes) {
    return start().add(bytes).hex();
  }

  public static String of(String... parts) {
    Fingerprint f = start();
    for (String part : parts) {
      f.add(part);
    }
    return f.hex();
  }

  /** The fingerprint of a file's bytes, or of its absence. */
  public static String ofFile(Path file) throws IOException {
    return Files.isRegularFile(file) ? of(Files.readAllBytes(file)) : "absent";
  }
}
