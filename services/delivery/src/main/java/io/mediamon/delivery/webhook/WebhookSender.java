package io.mediamon.delivery.webhook;

import io.mediamon.delivery.destination.Destination;
import io.mediamon.delivery.dispatch.Attempt;
import io.mediamon.delivery.dispatch.DestinationSender;
import io.mediamon.delivery.dispatch.ReceivedAlert;
import io.mediamon.net.PrivateAddressGuard;
import io.mediamon.schema.DestinationKind;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * POSTs an alert to a webhook (its JSON document) or a Slack incoming webhook (a {@link SlackMessage}), signed
 * ({@link WebhookSigner}) and with its {@code Idempotency-Key}.
 *
 * <p>Addresses: a watch's URL, and every redirect, must lead to a public address unless
 * {@code delivery.allow-private-addresses} is on; the host of a configured URL may be private (the operator chose
 * it). Redirects are followed by hand, at most {@value #MAX_REDIRECTS}, each hop checked, the POST repeated as it was
 * (a 303 included: a webhook has nothing to GET).
 */
public final class WebhookSender implements DestinationSender {
  public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
  static final int MAX_REDIRECTS = 3;
  private static final String USER_AGENT = "mediamon-delivery/0.1";

  private final HttpClient client;
  private final Duration timeout;
  private final WebhookSigner signer;
  private final PrivateAddressGuard guard;
  private final Clock clock;

  public WebhookSender(Duration timeout, WebhookSigner signer, PrivateAddressGuard guard, Clock clock) {
    this.timeout = timeout;
    this.signer = signer;
    this.guard = guard;
    this.clock = clock;
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  @Override
  public Attempt send(Destination destination, List<ReceivedAlert> alerts) throws InterruptedException {
    if (alerts.size() != 1) {
      throw new IllegalArgumentException("a webhook takes one alert per request");
    }
    ReceivedAlert alert = alerts.get(0);
    String body = destination.kind() == DestinationKind.SLACK
        ? SlackMessage.payload(alert.alert(), alert.idempotencyKey()) : alert.json();
    return post(destination, body.getBytes(StandardCharsets.UTF_8), alert.idempotencyKey());
  }

  Attempt post(Destination destination, byte[] body, String idempotencyKey) throws InterruptedException {
    URI url = URI.create(destination.target());
    String trustedHost = destination.configured() ? url.getHost() : null;
    for (int hop = 0; ; hop++) {
      String refusal = guard.refusal(url, trustedHost);
      if (refusal != null) {
        return Attempt.giveUp(hop == 0 ? "none" : "redirect", refusal);
      }
      HttpResponse<InputStream> response;
      try {
        response = client.send(request(url, body, idempotencyKey), HttpResponse.BodyHandlers.ofInputStream());
      } catch (HttpTimeoutException e) {
        return Attempt.retry("none", "no answer from " + describe(url) + " within " + timeout.toMillis() + " ms");
      } catch (IOException e) {
        return Attempt.retry("none", "cannot reach " + describe(url) + ": " + e);
      } catch (IllegalArgumentException e) {
        return Attempt.giveUp("none", "cannot send to " + describe(url) + ": " + e.getMessage());
      }
      int status = response.statusCode();
      discard(response);
      if (status >= 200 && status < 300) {
        return Attempt.accepted(Integer.toString(status));
      }
      if (status >= 300 && status < 400 && status != 304) {
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null) {
          return Attempt.giveUp(Integer.toString(status), "redirect without a Location from " + describe(url));
        }
        if (hop >= MAX_REDIRECTS) {
          return Attempt.giveUp(Integer.toString(status), "more than " + MAX_REDIRECTS + " redirects from "
              + destination.describe());
        }
        try {
          URI next = url.resolve(new URI(location.trim()));
          String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
          if (!(scheme.equals("http") || scheme.equals("https")) || next.getHost() == null) {
            return Attempt.giveUp(Integer.toString(status), "redirect to a non-http(s) URL from " + describe(url));
          }
          url = next;
        } catch (URISyntaxException e) {
          return Attempt.giveUp(Integer.toString(status), "redirect to an invalid URL from " + describe(url));
        }
        continue;
      }
      String reason = describe(url) + " answered " + status;
      if (status == 408 || status == 425 || status == 429 || status >= 500) {
        return Attempt.retry(Integer.toString(status), reason);
      }
      return Attempt.giveUp(Integer.toString(status), reason);
    }
  }

  private HttpRequest request(URI url, byte[] body, String idempotencyKey) {
    HttpRequest.Builder request = HttpRequest.newBuilder(url)
        .timeout(timeout)
        .header("Content-Type", "application/json; charset=utf-8")
        .header("User-Agent", USER_AGENT)
        .header(IDEMPOTENCY_HEADER, idempotencyKey)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (signer.signs()) {
      long timestamp = clock.instant().getEpochSecond();
      request.header(WebhookSigner.TIMESTAMP_HEADER, Long.toString(timestamp))
          .header(WebhookSigner.SIGNATURE_HEADER, signer.signature(timestamp, body));
    }
    return request.build();
  }

  /**
   * Closes the answer's body unread: the request timeout ends with the headers, and a receiver could trickle a body
   * for ever; the status says all delivery needs.
   */
  private static void discard(HttpResponse<InputStream> response) {
    try {
      response.body().close();
    } catch (IOException e) {
      // nothing to keep
    }
  }

  /** A URL's origin only: a webhook's token may be in its path (Slack's), query or user info. */
  private static String describe(URI url) {
    return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
  }
}
