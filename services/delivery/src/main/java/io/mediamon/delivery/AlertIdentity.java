package io.mediamon.delivery;

import io.mediamon.schema.Alert;

/**
 * The stable id of one alert, sent as the webhooks' {@code Idempotency-Key} and in e-mails' Message-ID, so that a
 * receiver can drop the repeats that at-least-once delivery brings after a restart.
 *
 * <p>{@code <eventId>/<kind>/<emittedAt in epoch milliseconds>}: a story has one NEW alert and UPDATEs (or SPIKEs)
 * at distinct emission times, and an alert that is delivered again (a restart before its offset was committed) is
 * the same record with the same three fields.
 */
public final class AlertIdentity {
  private AlertIdentity() {}

  public static String of(Alert alert) {
    return alert.getEventId() + "/" + alert.getKind() + "/" + alert.getEmittedAt().toEpochMilli();
  }
}
