package io.mediamon.delivery.email;

import io.mediamon.delivery.dispatch.ReceivedAlert;
import io.mediamon.delivery.message.AlertSummary;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The subject, text and Message-ID of an alert e-mail, or of a digest of several alerts. */
record AlertMail(String subject, String text, String messageId) {

  static AlertMail of(List<ReceivedAlert> alerts) {
    return alerts.size() == 1 ? single(alerts.get(0)) : digest(alerts);
  }

  private static AlertMail single(ReceivedAlert alert) {
    StringBuilder text = new StringBuilder(AlertSummary.subject(alert.alert())).append("\n\n");
    appendDetails(text, alert);
    return new AlertMail("mediamon " + AlertSummary.subject(alert.alert()), text.toString(),
        messageId(List.of(alert.idempotencyKey())));
  }

  private static AlertMail digest(List<ReceivedAlert> alerts) {
    StringBuilder text = new StringBuilder(alerts.size() + " alerts\n");
    for (ReceivedAlert alert : alerts) {
      text.append("\n").append(AlertSummary.subject(alert.alert())).append("\n");
      appendDetails(text, alert);
    }
    return new AlertMail("mediamon digest: " + alerts.size() + " alerts, first " + AlertSummary.subject(
        alerts.get(0).alert()), text.toString(), messageId(alerts.stream().map(ReceivedAlert::idempotencyKey).toList()));
  }

  private static void appendDetails(StringBuilder text, ReceivedAlert alert) {
    for (String line : AlertSummary.details(alert.alert())) {
      text.append("  ").append(line).append("\n");
    }
    text.append("  Alert id: ").append(alert.idempotencyKey()).append("\n");
  }

  /**
   * Derived from the alerts' idempotency keys, so that a mail sent again after a restart has the same Message-ID and
   * mail systems that deduplicate by it show it once.
   */
  private static String messageId(List<String> keys) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String key : keys) {
        sha.update(key.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return "<" + HexFormat.of().formatHex(sha.digest()).substring(0, 32) + "@mediamon>";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
