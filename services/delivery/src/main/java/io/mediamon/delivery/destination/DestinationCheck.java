package io.mediamon.delivery.destination;

import io.mediamon.schema.DestinationKind;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Whether a destination's target can be used at all; a watch may carry anything the desk typed. */
public final class DestinationCheck {
  private DestinationCheck() {}

  /** Null when the target fits its kind, else why not. */
  public static String problem(Destination destination) {
    String target = destination.target() == null ? "" : destination.target().trim();
    if (destination.kind() == DestinationKind.EMAIL) {
      return target.matches("[^@\\s,<>]+@[^@\\s,<>]+") ? null : "'" + target + "' is not an e-mail address";
    }
    try {
      URI uri = new URI(target);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        return "'" + destination.describe() + "' is not an http(s) URL with a host";
      }
      return null;
    } catch (URISyntaxException e) {
      return "not a URL: " + e.getMessage();
    }
  }
}
