package org.edition.gallery;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium for the whole gallery (Debian's, as the browser tests drive it), and
 * what the gallery asks of it: a viewport of an exact width in CSS pixels (390 as a phone:
 * mobile emulation, touch, its own layout viewport), a colour scheme, a page opened and
 * settled (fonts and images loaded), and a rectangle of the page captured as PNG, beyond the
 * viewport if need be.
 */
final class Camera implements AutoCloseable {
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  /** Waits for the fonts and the images already asked for (at most 8 s), then two frames. */
  private static final String SETTLE = """
      const done = arguments[arguments.length - 1];
      const limit = new Promise(r => setTimeout(r, 8000));
      const images = Array.from(document.images).filter(i => !i.complete && i.loading !== 'lazy');
      const ready = Promise.all([document.fonts ? document.fonts.ready : null].concat(images.map(i =>
          new Promise(r => { i.addEventListener('load', r); i.addEventListener('error', r); }))));
      Promise.race([ready, limit]).then(() =>
          requestAnimationFrame(() => requestAnimationFrame(() => done(true))));
      """;

  /**
   * The page's size, and when it is wider than its viewport the outermost elements that stick
   * out (not those inside a box that scrolls or clips them).
   */
  private static final String METRICS = """
      const root = document.documentElement;
      const vw = root.clientWidth, sw = root.scrollWidth;
      const wide = [];
      if (sw > vw + 1) {
        const contained = e => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
            if (getComputedStyle(p).overflowX !== 'visible') return true; } return false; };
        const out = new Set();
        for (const e of document.body.querySelectorAll('*')) {
          const r = e.getBoundingClientRect();
          if (r.width > 0 && r.right > vw + 1 && !out.has(e.parentElement) && !contained(e)) {
            out.add(e);
            if (wide.length < 3) wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + Array.from(e.classList).map(c => '.' + c).join('') + ' to ' + Math.round(r.right + scrollX) + ' px');
          }
          if (out.size > 400) break;
        }
      }
      return {viewport: vw, inner: window.innerWidth, scrollWidth: sw, height: root.scrollHeight, wide: wide};
      """;

  private final ChromeDriver driver;
  private final Path profile;

  Camera() throws IOException {
    if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
      throw new IOException("the gallery needs Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
    }
    Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    profile = Files.createTempDirectory("edition-gallery-chromium-");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
        "--hide-scrollbars", "--window-size=1280,1000", "--user-data-dir=" + profile);
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
  }

  ChromeDriver driver() {
    return driver;
  }

  /**
   * A viewport {@code width} CSS pixels wide at one device pixel per CSS pixel: a desktop
   * window 1000 high, or (when {@code phone}) a phone 844 high with mobile emulation and touch,
   * whose layout viewport is the page's {@code width=device-width}.
   */
  void viewport(int width, boolean phone, String scheme) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
        "width", width, "height", phone ? 844 : 1000, "deviceScaleFactor", 1, "mobile", phone));
    driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", phone, "maxTouchPoints", phone ? 5 : 1));
    driver.executeCdpCommand("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  int viewportHeight(boolean phone) {
    return phone ? 844 : 1000;
  }

  /** Opens the address and waits until it is drawn. */
  void open(String address) {
    driver.get(address);
    settle();
  }

  void settle() {
    driver.executeAsyncScript(SETTLE);
  }

  /** The page's metrics: viewport, inner, scrollWidth, height (CSS px) and wide (what sticks out). */
  @SuppressWarnings("unchecked")
  Map<String, Object> metrics() {
    return (Map<String, Object>) driver.executeScript(METRICS);
  }

  /** A rectangle of the page (document coordinates, CSS px) drawn at {@code scale}, as PNG. */
  byte[] capture(double x, double y, double width, double height, double scale) {
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
        "format", "png", "captureBeyondViewport", true,
        "clip", Map.of("x", x, "y", y, "width", width, "height", height, "scale", scale)));
    return Base64.getDecoder().decode((String) shot.get("data"));
  }

  /** The part of the viewport now shown, as PNG. */
  byte[] screen() {
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
    return Base64.getDecoder().decode((String) shot.get("data"));
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
