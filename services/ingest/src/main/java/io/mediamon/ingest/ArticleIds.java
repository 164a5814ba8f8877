package io.mediamon.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Stable article ids. The same article reached through two feeds, or ingested twice, must get the same id, so the
 * id comes from the canonical URL, or from the normalized content when there is no URL.
 */
public final class ArticleIds {
  private ArticleIds() {}

  /** Lower-case scheme and host, no fragment, no default port, no tracking parameters (utm_*, fbclid, gclid, ...). */
  public static String canonicalUrl(String url) {
    try {
      URI uri = new URI(url.trim());
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new IllegalArgumentException("not an absolute URL: '" + url + "'");
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new IllegalArgumentException("not an http or https URL: '" + url + "'");
      }
      int port = uri.getPort();
      if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
        port = -1;
      }
      String query = uri.getRawQuery() == null ? null : Arrays.stream(uri.getRawQuery().split("&"))
          .filter(p -> !p.isEmpty() && !isTracking(p.split("=", 2)[0].toLowerCase(Locale.ROOT)))
          .collect(Collectors.joining("&"));
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port == -1 ? "" : ":" + port) + path
          + (query == null || query.isEmpty() ? "" : "?" + query);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a valid URL: '" + url + "' (" + e.getReason() + ")", e);
    }
  }

  public static String fromUrl(String url) {
    return "u-" + sha256(canonicalUrl(url)).substring(0, 24);
  }

  /** For articles without a URL: whitespace and case do not change the id. */
  public static String fromContent(String title, String body) {
    String normalized = ((title == null ? "" : title) + "\n" + body).toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ").trim();
    return "c-" + sha256(normalized).substring(0, 24);
  }

  private static boolean isTracking(String param) {
    return param.startsWith("utm_") || param.equals("fbclid") || param.equals("gclid") || param.equals("mc_cid")
        || param.equals("mc_eid") || param.equals("igshid") || param.equals("ref_src");
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }
}
