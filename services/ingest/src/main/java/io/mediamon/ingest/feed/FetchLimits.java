package io.mediamon.ingest.feed;

import java.time.Duration;

/**
 * Bounds of one fetch.
 *
 * @param connectTimeout time to open the TCP/TLS connection
 * @param readTimeout time from sending the request to having the whole body (a host that trickles bytes is cut off)
 * @param maxBytes cap on the body, applied both to the bytes on the wire and to the gzip-decompressed bytes
 * @param maxRedirects redirects followed before giving up
 */
public record FetchLimits(Duration connectTimeout, Duration readTimeout, long maxBytes, int maxRedirects) {
  public static final FetchLimits DEFAULT = new FetchLimits(Duration.ofSeconds(10), Duration.ofSeconds(30),
      5L * 1024 * 1024, 5);

  public FetchLimits {
    if (maxBytes <= 0 || maxRedirects < 0 || connectTimeout.isNegative() || connectTimeout.isZero()
        || readTimeout.isNegative() || readTimeout.isZero()) {
      throw new IllegalArgumentException("invalid fetch limits: " + connectTimeout + ", " + readTimeout + ", "
          + maxBytes + " bytes, " + maxRedirects + " redirects");
    }
  }
}
