package io.mediamon.delivery.dispatch;

/**
 * What one try to deliver to a destination came to.
 *
 * @param status what the destination last answered (an HTTP status, an SMTP reply code) or "none" when it never
 *     answered (refused connection, timeout, refused address)
 * @param reason why it was not accepted; empty when it was
 */
public record Attempt(Outcome outcome, String status, String reason) {
  public enum Outcome {
    ACCEPTED,
    /** Worth trying again: the destination may accept later (timeouts, 5xx, 429, SMTP errors). */
    RETRY,
    /** Trying again cannot help (a 4xx, an address that is refused): dead-lettered at once. */
    GIVE_UP
  }

  public static Attempt accepted(String status) {
    return new Attempt(Outcome.ACCEPTED, status, "");
  }

  public static Attempt retry(String status, String reason) {
    return new Attempt(Outcome.RETRY, status, reason);
  }

  public static Attempt giveUp(String status, String reason) {
    return new Attempt(Outcome.GIVE_UP, status, reason);
  }
}
