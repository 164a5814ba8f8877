package io.mediamon.delivery.dispatch;

import io.mediamon.delivery.destination.Destination;
import java.util.List;

/** Sends alerts to one kind of destination: one alert, or several as one digest (e-mail). */
public interface DestinationSender {
  /**
   * One try, within the configured timeouts. Never throws for what the destination does: every failure is an
   * {@link Attempt} with its reason.
   */
  Attempt send(Destination destination, List<ReceivedAlert> alerts) throws InterruptedException;
}
