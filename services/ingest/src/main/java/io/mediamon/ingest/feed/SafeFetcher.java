package io.mediamon.ingest.feed;

import io.mediamon.net.PrivateAddressGuard;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * HTTP GET for untrusted hosts on the JDK client: connect and read timeouts, a size cap on the body (also after gzip
 * decompression, so a gzip bomb is cut off), redirects followed by hand up to a bound and with loop detection, only
 * http and https, and conditional GET with ETag / Last-Modified.
 */
public final class SafeFetcher {
  static final String USER_AGENT = "mediamon-ingest/0.1 (+https://github.com/mediamon)";

  private final HttpClient client;
  private final FetchLimits limits;
  private final HostRateLimiter rateLimiter;
  private final PrivateAddressGuard guard;

  /** No rate limit, private addresses allowed: for tests and one-off fetches of trusted URLs. */
  public SafeFetcher(FetchLimits limits) {
    this(limits, HostRateLimiter.unlimited(), PrivateAddressGuard.allowAll());
  }

  /**
   * Every request, redirects included, first waits for its host's slot in {@code rateLimiter}, and is refused when
   * {@code guard} refuses its address.
   */
  public SafeFetcher(FetchLimits limits, HostRateLimiter rateLimiter, PrivateAddressGuard guard) {
    this.limits = limits;
    this.rateLimiter = rateLimiter;
    this.guard = guard;
    // Redirects are followed by hand: the JDK's own policy has no configurable bound and no per-hop scheme check.
    this.client = HttpClient.newBuilder()
        .connectTimeout(limits.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** Whether requests to one host are spaced out at all. */
  public boolean limitsHosts() {
    return rateLimiter.limits();
  }

  /** How long a request to this URL's host would wait for the host's rate-limit slot now. */
  public Duration untilHostFree(URI url) {
    return url.getHost() == null ? Duration.ZERO : rateLimiter.untilFree(url.getHost());
  }

  /** Unconditional GET of a URL that is trusted as it is (its host passes the guard). */
  public FetchResult get(URI url) {
    return get(url, null, null, url.getHost());
  }

  /**
   * GET with If-None-Match / If-Modified-Since when the validators of an earlier response are given.
   *
   * @param trustedHost the host the guard lets through whatever its address (the configured feed's); null for none
   */
  public FetchResult get(URI url, String etag, String lastModified, String trustedHost) {
    URI current = url;
    Set<URI> visited = new HashSet<>();
    for (int hop = 0; ; hop++) {
      String scheme = current.getScheme() == null ? "" : current.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || current.getHost() == null) {
        return new FetchResult.Failed(current, "refusing non-http(s) URL " + current);
      }
      if (!visited.add(current)) {
        return new FetchResult.Failed(url, "redirect loop at " + current);
      }
      String refusal = guard.refusal(current, trustedHost);
      if (refusal != null) {
        return new FetchResult.Failed(current, refusal);
      }
      HttpResponse<byte[]> response;
      try {
        rateLimiter.acquire(current.getHost());
        response = send(current, etag, lastModified);
      } catch (TimeoutException e) {
        return new FetchResult.Failed(current, "timed out after " + limits.readTimeout().toMillis() + " ms");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new FetchResult.Failed(current, "interrupted");
      } catch (ExecutionException e) {
        return new FetchResult.Failed(current, describe(e.getCause()));
      }
      int status = response.statusCode();
      if (isRedirect(status)) {
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null) {
          return new FetchResult.Failed(current, "HTTP " + status + " without a Location header");
        }
        if (hop >= limits.maxRedirects()) {
          return new FetchResult.Failed(url, "more than " + limits.maxRedirects() + " redirects");
        }
        try {
          current = current.resolve(location.trim());
        } catch (IllegalArgumentException e) {
          return new FetchResult.Failed(current, "invalid redirect Location '" + location + "'");
        }
        continue;
      }
      if (status == 304) {
        return new FetchResult.NotModified(current);
      }
      if (status < 200 || status > 299) {
        return new FetchResult.Failed(current, "HTTP " + status);
      }
      byte[] body = response.body();
      String encoding = response.headers().firstValue("Content-Encoding").orElse("identity").trim()
          .toLowerCase(Locale.ROOT);
      if (encoding.equals("gzip") || encoding.equals("x-gzip")) {
        try {
          body = gunzipCapped(body, limits.maxBytes());
        } catch (IOException e) {
          return new FetchResult.Failed(current, "bad gzip body: " + e.getMessage());
        }
        if (body == null) {
          return new FetchResult.Failed(current, "decompressed body larger than " + limits.maxBytes() + " bytes");
        }
      } else if (!encoding.equals("identity")) {
        return new FetchResult.Failed(current, "unsupported Content-Encoding '" + encoding + "'");
      }
      return new FetchResult.Fetched(current, body, response.headers().firstValue("Content-Type").orElse(null),
          response.headers().firstValue("ETag").orElse(null),
          response.headers().firstValue("Last-Modified").orElse(null));
    }
  }

  private HttpResponse<byte[]> send(URI url, String etag, String lastModified)
      throws InterruptedException, ExecutionException, TimeoutException {
    HttpRequest.Builder request = HttpRequest.newBuilder(url)
        .timeout(limits.readTimeout())
        .header("User-Agent", USER_AGENT)
        .header("Accept-Encoding", "gzip")
        .GET();
    if (etag != null) {
      request.header("If-None-Match", etag);
    }
    if (lastModified != null) {
      request.header("If-Modified-Since", lastModified);
    }
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(request.build(), info -> new CappedBodySubscriber(limits.maxBytes()));
    // The request timeout only covers the headers; this deadline also covers a body that trickles in slowly.
    try {
      return future.get(limits.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | InterruptedException e) {
      future.cancel(true);
      throw e;
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private String describe(Throwable cause) {
    if (cause instanceof CappedBodySubscriber.BodyTooLargeException) {
      return cause.getMessage();
    }
    if (cause instanceof java.net.http.HttpConnectTimeoutException) {
      return "cannot connect: timed out after " + limits.connectTimeout().toMillis() + " ms";
    }
    // The client's own request timeout and the deadline on the whole response (send) are the same limit; which of
    // the two fires first is a race, so both give one reason.
    if (cause instanceof java.net.http.HttpTimeoutException) {
      return "timed out after " + limits.readTimeout().toMillis() + " ms";
    }
    if (cause instanceof java.net.ConnectException) {
      return "cannot connect: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    }
    return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
  }

  /** Null when the decompressed data goes over the cap. */
  static byte[] gunzipCapped(byte[] compressed, long maxBytes) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int n;
      while ((n = in.read(buffer)) != -1) {
        if (out.size() + (long) n > maxBytes) {
          return null;
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }
}
