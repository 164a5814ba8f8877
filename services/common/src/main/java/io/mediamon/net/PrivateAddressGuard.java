package io.mediamon.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Shared by ingest (feed links and redirects) and delivery (webhook addresses and their redirects).
 *
 * <p>Keeps what a feed says from steering requests into the network mediamon runs in (server-side request forgery):
 * an item link or a redirect that leads to a loopback, private, link-local (cloud metadata at 169.254.169.254),
 * carrier-grade NAT, unique-local or multicast address is refused. The feed's own host is exempt, because the
 * operator chose it: a feed on an intranet host may link to its own pages there.
 *
 * <p>The check resolves the host before the request and the HTTP client resolves it again to connect, so a DNS
 * server that answers differently the second time (DNS rebinding) is not stopped; run ingest where the network
 * itself denies private ranges when feeds are hostile.
 */
public final class PrivateAddressGuard {
  static final String FEED_RULE = "links and redirects in feeds may only lead to public hosts or the feed's own; "
      + "ingest.feeds.allow-private-addresses=true lifts this";

  private final boolean allowPrivate;
  /** The rule a refusal quotes, naming the setting that lifts it. */
  private final String rule;

  private PrivateAddressGuard(boolean allowPrivate, String rule) {
    this.allowPrivate = allowPrivate;
    this.rule = rule;
  }

  /** Refuses private addresses except on the feed's own host (the feeds' rule). */
  public static PrivateAddressGuard publicOnly() {
    return new PrivateAddressGuard(false, FEED_RULE);
  }

  /**
   * Refuses private addresses except on the trusted host; a refusal quotes {@code rule}, which should say what may
   * be reached and which setting lifts the rule.
   */
  public static PrivateAddressGuard publicOnly(String rule) {
    return new PrivateAddressGuard(false, rule);
  }

  /** Lets everything through ({@code ingest.feeds.allow-private-addresses=true}, tests). */
  public static PrivateAddressGuard allowAll() {
    return new PrivateAddressGuard(true, "");
  }

  /**
   * @param trustedHost the host of the configured feed URL, always allowed; null for none
   * @return null when the URL may be fetched, else why not
   */
  public String refusal(URI url, String trustedHost) {
    String host = url.getHost();
    if (allowPrivate || host == null
        || (trustedHost != null && host.toLowerCase(Locale.ROOT).equals(trustedHost.toLowerCase(Locale.ROOT)))) {
      return null;
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
    } catch (UnknownHostException e) {
      return null; // nothing to reach: the request fails with the client's own "cannot resolve" message
    }
    for (InetAddress address : addresses) {
      String kind = privateKind(address);
      if (kind != null) {
        return "refusing " + url + ": " + host + " is " + address.getHostAddress() + ", a " + kind
            + " address (" + rule + ")";
      }
    }
    return null;
  }

  /** What kind of non-public address this is, or null for a public one. */
  public static String privateKind(InetAddress address) {
    if (address.isLoopbackAddress()) {
      return "loopback";
    }
    if (address.isAnyLocalAddress()) {
      return "wildcard";
    }
    if (address.isLinkLocalAddress()) {
      return "link-local";
    }
    if (address.isSiteLocalAddress()) {
      return "private";
    }
    if (address.isMulticastAddress()) {
      return "multicast";
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = bytes[0] & 0xff;
      int second = bytes[1] & 0xff;
      if (first == 0) {
        return "\"this network\"";
      }
      if (first == 100 && second >= 64 && second <= 127) {
        return "carrier-grade NAT";
      }
      if (first == 198 && (second == 18 || second == 19)) {
        return "benchmarking";
      }
    } else if (address instanceof Inet6Address) {
      if ((bytes[0] & 0xfe) == 0xfc) {
        return "unique-local";
      }
      // IPv4-mapped IPv6 addresses (::ffff:10.0.0.1) come out of the JDK as Inet4Address and are covered above.
    }
    return null;
  }
}
