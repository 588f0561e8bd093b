package org.edition.gallery;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** What the gallery reads of its PNG files: their size from the header, and how two differ. */
final class Png {
  private Png() {}

  /** Width and height, read from the IHDR chunk (bytes 16 to 23), or null if not a PNG. */
  static int[] size(Path png) throws IOException {
    byte[] head = new byte[24];
    try (InputStream in = Files.newInputStream(png)) {
      if (in.readNBytes(head, 0, 24) < 24) {
        return null;
      }
    }
    if ((head[0] & 0xff) != 0x89 || head[1] != 'P' || head[2] != 'N' || head[3] != 'G'
        || head[12] != 'I' || head[13] != 'H' || head[14] != 'D' || head[15] != 'R') {
      return null;
    }
    return new int[] {int32(head, 16), int32(head, 20)};
  }

  private static int int32(byte[] b, int at) {
    return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
  }

  /**
   * The share of pixels that differ between two pictures (0 when they are the same picture),
   * or -1 when their sizes differ.
   */
  static double difference(Path a, Path b) throws IOException {
    if (Files.mismatch(a, b) == -1) {
      return 0;
    }
    BufferedImage x = ImageIO.read(a.toFile());
    BufferedImage y = ImageIO.read(b.toFile());
    if (x == null || y == null || x.getWidth() != y.getWidth() || x.getHeight() != y.getHeight()) {
      return -1;
    }
    int w = x.getWidth();
    int h = x.getHeight();
    int[] rowX = new int[w];
    int[] rowY = new int[w];
    long differing = 0;
    for (int row = 0; row < h; row++) {
      x.getRGB(0, row, w, 1, rowX, 0, w);
      y.getRGB(0, row, w, 1, rowY, 0, w);
      for (int i = 0; i < w; i++) {
        if (rowX[i] != rowY[i]) {
          differing++;
        }
      }
    }
    return (double) differing / ((long) w * h);
  }
}
