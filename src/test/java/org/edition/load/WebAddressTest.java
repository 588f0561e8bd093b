package org.edition.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/**
 * What a page's Content-Security-Policy may name of an address is parsed from it: scheme and host
 * lowercased, the port kept, nothing that ends a directive, no user name, no IPv6 literal (the
 * policy's grammar has none).
 */
@Tag("fast")
class WebAddressTest {
  private static String refusal(String address) {
    return assertThrows(IllegalArgumentException.class, () -> WebAddress.parse(address), address).getMessage();
  }

  @Test
  void anOriginIsSchemeHostAndPortLowercased() {
    assertEquals("https://images.example.org", WebAddress.parse("HTTPS://Images.Example.ORG/iiif/a.jpg").origin());
    assertEquals("http://127.0.0.1:8182", WebAddress.parse("http://127.0.0.1:8182/iiif/2/a/info.json").origin());
    assertEquals("https://example.org", WebAddress.parse("https://example.org").origin());
    assertEquals("https://example.org/Edition/", WebAddress.parse("HTTPS://EXAMPLE.org/Edition/").toString());
    assertEquals("https://xn--bcher-kva.example", WebAddress.parse("https://xn--bcher-kva.example/x.png").origin());
  }

  @Test
  void whatWouldEndADirectiveIsRefused() {
    assertTrue(refusal("https://a.example;script-src/x.jpg").contains("\";\""));
    assertTrue(refusal("https://a.example/x.jpg;sandbox").contains("\";\""));
    assertTrue(refusal("https://x/ 'unsafe-inline'").contains("U+0020"));
    assertTrue(refusal("https://x/'unsafe-inline'").contains("\"'\""));
    assertTrue(refusal("https://a.example,b.example/").contains("\",\""));
    assertTrue(refusal("https://a.example/\"onerror=x").contains("\"\"\""));
    assertTrue(refusal("https://a.example/\tx").contains("U+0009"));
    assertTrue(refusal("https://a.example\\@b.example/").contains("\"\\\""));
  }

  @Test
  void userNamesIpv6LiteralsAndOtherHostsAreRefused() {
    assertTrue(refusal("https://user:pass@images.example.org/a.jpg").contains("user name or password"));
    assertTrue(refusal("https://user@images.example.org/a.jpg").contains("user name or password"));
    assertTrue(refusal("https://[::1]/a.jpg").contains("IPv6"));
    assertTrue(refusal("http://[2001:db8::1]:8080/a.jpg").contains("IPv6"));
    assertTrue(refusal("https://bücher.example/a.jpg").contains("xn--"));
    assertTrue(refusal("https://a_b.example/a.jpg").contains("server's name"));
    assertTrue(refusal("https:///a.jpg").contains("server's name"));
    assertTrue(refusal("https://a.example:99999/").contains("port"));
    assertTrue(refusal("https://a.example:/").contains("port"));
    assertTrue(refusal("javascript:alert(1)").contains("http"));
    assertTrue(refusal("ftp://a.example/x").contains("http"));
    assertTrue(refusal("//a.example/x").contains("http"));
    assertTrue(refusal("").contains("empty"));
  }

  @Test
  void aMapsTileAddressAllowsItsServersAndNothingElse() {
    assertEquals("https://tile.openstreetmap.org", WebAddress.tilesOrigin("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
    assertEquals("https://*.tile.example.org", WebAddress.tilesOrigin("https://{s}.tile.example.org/{z}/{x}/{y}{r}.png"));
    assertEquals("https://*.example.org:8443", WebAddress.tilesOrigin("HTTPS://tiles-{s}.Example.org:8443/{z}/{x}/{y}.png"));
    assertThrows(IllegalArgumentException.class, () -> WebAddress.tilesOrigin("https://tiles.{s}.example.org/{z}/{x}/{y}.png"));
    assertThrows(IllegalArgumentException.class, () -> WebAddress.tilesOrigin("https://t.example;img-src */{z}/{x}/{y}.png"));
    assertThrows(IllegalArgumentException.class, () -> WebAddress.tilesOrigin("https://u:p@t.example/{z}/{x}/{y}.png"));
    assertThrows(IllegalArgumentException.class, () -> WebAddress.tilesOrigin("https://[::1]/{z}/{x}/{y}.png"));
  }
}
