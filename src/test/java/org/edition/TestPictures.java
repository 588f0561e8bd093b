package org.edition;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** Page images drawn for the tests: paper of a colour, framed so that its tiles differ. */
public final class TestPictures {
  private TestPictures() {}

  public static BufferedImage page(int width, int height, Color paper) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(paper);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.DARK_GRAY);
    g.drawRect(width / 40, height / 40, width - width / 20, height - height / 20);
    g.dispose();
    return image;
  }
}
