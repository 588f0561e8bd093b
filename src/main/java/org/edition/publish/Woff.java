package org.edition.publish;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.Deflater;

/**
 * A TrueType font as WOFF 1.0 (W3C, 2012): the same tables, each compressed with zlib where that
 * makes it smaller, for the website (every browser reads it; a subset of DejaVu loses about 40 %).
 * Deterministic: the same font gives the same bytes.
 */
public final class Woff {
  private Woff() {}

  private record Table(int tag, int checksum, byte[] data, byte[] stored) {}

  /** The font {@code sfnt} (a TrueType file) as a WOFF file. */
  public static byte[] of(byte[] sfnt) {
    ByteBuffer in = ByteBuffer.wrap(sfnt);
    int flavor = in.getInt(0);
    int count = in.getShort(4) & 0xFFFF;
    List<Table> tables = new ArrayList<>();
    long sfntSize = 12L + 16L * count;
    for (int i = 0; i < count; i++) {
      int record = 12 + 16 * i;
      int tag = in.getInt(record);
      int checksum = in.getInt(record + 4);
      int offset = in.getInt(record + 8);
      int length = in.getInt(record + 12);
      byte[] data = java.util.Arrays.copyOfRange(sfnt, offset, offset + length);
      byte[] compressed = deflate(data);
      tables.add(new Table(tag, checksum, data, compressed.length < data.length ? compressed : data));
      sfntSize += (length + 3) & ~3;
    }
    tables.sort(Comparator.comparingLong(t -> t.tag() & 0xFFFFFFFFL));
    int offset = 44 + 20 * count;
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    ByteBuffer directory = ByteBuffer.allocate(20 * count);
    for (Table t : tables) {
      directory.putInt(t.tag()).putInt(offset + body.size()).putInt(t.stored().length).putInt(t.data().length)
          .putInt(t.checksum());
      body.writeBytes(t.stored());
      while (body.size() % 4 != 0) {
        body.write(0);
      }
    }
    int total = offset + body.size();
    ByteBuffer header = ByteBuffer.allocate(44);
    header.putInt(0x774F4646).putInt(flavor).putInt(total).putShort((short) count).putShort((short) 0)
        .putInt((int) sfntSize).putShort((short) 1).putShort((short) 0)
        .putInt(0).putInt(0).putInt(0).putInt(0).putInt(0);
    ByteArrayOutputStream out = new ByteArrayOutputStream(total);
    out.writeBytes(header.array());
    out.writeBytes(directory.array());
    out.writeBytes(body.toByteArray());
    return out.toByteArray();
  }

  private static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    try {
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
      byte[] buffer = new byte[16 * 1024];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }
}
