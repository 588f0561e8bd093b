package org.edition.documentary;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Writes the chunks of a PNG file by hand, for the tests that make pictures no tool would. */
final class PngChunks {
  private PngChunks() {}

  /** A chunk: its length, its type, its data and their CRC. */
  static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws Exception {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    png.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
    png.write(name);
    png.write(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    png.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
