package org.edition.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An http(s) address that a page's Content-Security-Policy may name: parsed as a URI (not matched
 * by a pattern), so that what reaches a policy is a scheme, a host and a port, and nothing of the
 * address can end a directive or start another.
 *
 * <p>Refused, with the reason: another scheme; a character a policy or an attribute reads as a
 * separator or a quote ({@code ; , ' " \ < >}, spaces, control characters); a user name or
 * password ({@code user:pass@host}: browsers refuse to load subresources that carry one, and a
 * policy cannot name it); an IPv6 literal ({@code [::1]}: the policy's grammar names hosts by
 * letters, digits, hyphens and dots only, so no source could allow it); a host that is not such
 * a name (a non-ASCII name is written in its {@code xn--} form). The scheme and host are
 * lowercased, as browsers compare them.
 *
 * @param scheme http or https
 * @param host the server's name or IPv4 address, lowercased
 * @param port the port written, or -1
 * @param rest what follows the authority: path, query and fragment, as written
 */
public record WebAddress(String scheme, String host, int port, String rest) {
  /** What a policy or an HTML attribute reads as the end of an address. */
  private static final Pattern SEPARATOR = Pattern.compile("[\\s\\p{Cntrl};,'\"\\\\<>`]");
  private static final Pattern SHAPE = Pattern.compile("(?s)([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)(.*)");
  /** A host as the policy's grammar writes it (host-char: ALPHA / DIGIT / "-"), dot-separated. */
  private static final Pattern HOST = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)*\\.?");

  /**
   * @throws IllegalArgumentException saying, in a reader's words, why the address is refused
   */
  public static WebAddress parse(String written) {
    if (written == null || written.isEmpty()) {
      throw new IllegalArgumentException("is empty");
    }
    java.util.regex.Matcher separator = SEPARATOR.matcher(written);
    if (separator.find()) {
      throw new IllegalArgumentException("holds " + shown(separator.group())
          + ", which a Content-Security-Policy or a page would read as the end of the address");
    }
    java.util.regex.Matcher shape = SHAPE.matcher(written);
    String scheme = shape.matches() ? shape.group(1).toLowerCase(Locale.ROOT) : "";
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("is not an http:// or https:// address");
    }
    String authority = shape.group(2);
    URI origin;
    try {
      origin = new URI(scheme + "://" + authority + "/");
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("has no server's name that can be read (" + e.getReason() + ")");
    }
    if (origin.getRawUserInfo() != null || authority.contains("@")) {
      throw new IllegalArgumentException("has a user name or password (user@host): give the address without it");
    }
    if (authority.startsWith("[")) {
      throw new IllegalArgumentException(
          "names its server by an IPv6 address, which a Content-Security-Policy cannot allow: give the server's name");
    }
    String host = origin.getHost() == null ? null : origin.getHost().toLowerCase(Locale.ROOT);
    if (host == null || !HOST.matcher(host).matches()) {
      throw new IllegalArgumentException("has no server's name of letters, digits, hyphens and dots"
          + " (a name in other letters is written in its xn-- form)");
    }
    int port = origin.getPort();
    if (port == 0 || port > 65_535 || (port < 0 && authority.contains(":"))) {
      throw new IllegalArgumentException("has a port that is not one (1 to 65535)");
    }
    return new WebAddress(scheme, host, port, shape.group(3));
  }

  /** Leaflet's placeholders in a tile address: a server's name ({s}), a zoom, a column, a row, a resolution. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z]\\}");

  /**
   * The origin of a map's tile address (Leaflet's template: {@code https://{s}.tile.example.org/{z}/{x}/{y}.png})
   * as a policy's source: a first label of the host that holds {@code {s}} (one of the servers'
   * names) stands for any ({@code https://*.tile.example.org}); the other placeholders are read
   * as digits. Refused as {@link #parse} refuses, or when {@code {s}} is elsewhere in the host.
   *
   * @throws IllegalArgumentException saying why
   */
  public static String tilesOrigin(String template) {
    java.util.regex.Matcher shape = SHAPE.matcher(template == null ? "" : template);
    String authority = shape.matches() ? shape.group(2) : "";
    boolean anyServer = authority.matches("[^.@:\\[]*\\{s\\}[^.@:]*\\..+");
    if (!anyServer && authority.contains("{s}")) {
      throw new IllegalArgumentException("has {s} elsewhere than in the first part of its server's name");
    }
    String origin = parse(PLACEHOLDER.matcher(template).replaceAll("0")).origin();
    return anyServer ? origin.replaceFirst("://[^.]+", "://*") : origin;
  }

  /** The address's origin, as a Content-Security-Policy's source: {@code https://host[:port]}. */
  public String origin() {
    return scheme + "://" + host + (port < 0 ? "" : ":" + port);
  }

  /** The address with its scheme and host lowercased. */
  @Override
  public String toString() {
    return origin() + rest;
  }

  private static String shown(String character) {
    char c = character.charAt(0);
    return Character.isWhitespace(c) || Character.isISOControl(c)
        ? String.format("a space or control character (U+%04X)", (int) c)
        : "\"" + character + "\"";
  }
}
