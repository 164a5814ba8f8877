package io.mediamon.delivery.destination;

import io.mediamon.schema.DestinationKind;
import java.net.URI;
import java.util.Locale;

/**
 * Where alerts go: a webhook URL, a Slack incoming-webhook URL or an e-mail address.
 *
 * @param configured whether it comes from the configuration (the operator's choice, trusted with private hosts)
 *     rather than from a watch
 */
public record Destination(DestinationKind kind, String target, boolean configured) {

  /** Identifies the destination's queue and worker: one per kind and target, wherever it was named. */
  public String key() {
    return kind + " " + (kind == DestinationKind.EMAIL ? target.toLowerCase(Locale.ROOT) : target);
  }

  /**
   * The destination as logs and dead-letter headers name it, without what may be a secret: a URL's user info and
   * query, and a Slack webhook's path (its token).
   */
  public String describe() {
    if (kind == DestinationKind.EMAIL) {
      return "EMAIL " + target;
    }
    try {
      URI uri = new URI(target);
      String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
      String path = kind == DestinationKind.SLACK ? "/…" : (uri.getRawPath() == null ? "" : uri.getRawPath());
      return kind + " " + uri.getScheme() + "://" + uri.getHost() + port + path;
    } catch (Exception e) {
      return kind + " (an invalid URL)";
    }
  }
}
