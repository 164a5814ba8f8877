package io.mediamon.ingest.http;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import java.time.Duration;

/**
 * What one client may cost the push endpoint. Request heads are parsed without a thread, so a client trickling its
 * headers holds one of {@code maxConnections} connections until {@code headerTimeout}; a body must arrive within
 * {@code bodyTimeout} and never pause longer than {@code idleTimeout}; {@code threads} requests are stored at once.
 */
public record PushLimits(long maxBodyBytes, int maxHeaderBytes, Duration headerTimeout, Duration bodyTimeout,
    Duration idleTimeout, int maxConnections, int threads) {

  public PushLimits {
    positive("body size limit", maxBodyBytes);
    positive("header size limit", maxHeaderBytes);
    positive("connection limit", maxConnections);
    positive("threads", threads);
    for (Duration d : new Duration[] {headerTimeout, bodyTimeout, idleTimeout}) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("push endpoint timeouts must be positive, not " + d);
      }
    }
  }

  /** The defaults of the ingest.http.* settings with the given body limit. */
  public static PushLimits defaults(long maxBodyBytes) {
    return new PushLimits(maxBodyBytes, 8192, Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(30),
        256, 4);
  }

  /** From the ingest.http.* settings (validated there). */
  public static PushLimits fromSettings(MediamonConfig config) {
    return new PushLimits(config.getInt(Setting.INGEST_HTTP_MAX_BYTES), config.getInt(Setting.INGEST_HTTP_MAX_HEADER_BYTES),
        Duration.ofMillis(config.getInt(Setting.INGEST_HTTP_HEADER_TIMEOUT_MS)),
        Duration.ofMillis(config.getInt(Setting.INGEST_HTTP_BODY_TIMEOUT_MS)),
        Duration.ofMillis(config.getInt(Setting.INGEST_HTTP_IDLE_TIMEOUT_MS)),
        config.getInt(Setting.INGEST_HTTP_MAX_CONNECTIONS), config.getInt(Setting.INGEST_HTTP_THREADS));
  }

  public PushLimits withBodyLimit(long bytes) {
    return new PushLimits(bytes, maxHeaderBytes, headerTimeout, bodyTimeout, idleTimeout, maxConnections, threads);
  }

  public PushLimits withTimeouts(Duration header, Duration body, Duration idle) {
    return new PushLimits(maxBodyBytes, maxHeaderBytes, header, body, idle, maxConnections, threads);
  }

  public PushLimits withThreads(int count) {
    return new PushLimits(maxBodyBytes, maxHeaderBytes, headerTimeout, bodyTimeout, idleTimeout, maxConnections, count);
  }

  private static void positive(String what, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException("the push endpoint's " + what + " must be positive, not " + value);
    }
  }
}
