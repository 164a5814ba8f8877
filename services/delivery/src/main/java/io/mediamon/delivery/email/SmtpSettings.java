package io.mediamon.delivery.email;

import java.time.Duration;
import java.util.Properties;

/**
 * How to reach the SMTP server (delivery.smtp.*).
 *
 * @param host empty: no server, e-mail destinations are dead-lettered
 * @param starttls the connection must be upgraded with STARTTLS before anything is sent (a server that does not
 *     offer it is refused rather than sent the alert, and the password, in the clear)
 * @param ssl TLS from the first byte (SMTPS)
 * @param user empty: no authentication
 */
public record SmtpSettings(String host, int port, String user, String password, boolean starttls, boolean ssl,
    String from, Duration timeout) {

  public boolean configured() {
    return !host.isBlank();
  }

  public boolean authenticates() {
    return !user.isBlank();
  }

  /** The Jakarta Mail session properties. */
  Properties sessionProperties() {
    Properties props = new Properties();
    props.put("mail.transport.protocol", "smtp");
    props.put("mail.smtp.host", host);
    props.put("mail.smtp.port", Integer.toString(port));
    props.put("mail.smtp.from", from);
    String millis = Long.toString(timeout.toMillis());
    props.put("mail.smtp.connectiontimeout", millis);
    props.put("mail.smtp.timeout", millis);
    props.put("mail.smtp.writetimeout", millis);
    props.put("mail.smtp.auth", Boolean.toString(authenticates()));
    props.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
    props.put("mail.smtp.starttls.required", Boolean.toString(starttls));
    props.put("mail.smtp.ssl.enable", Boolean.toString(ssl));
    // Check that the certificate names the host we meant, for STARTTLS and SMTPS alike.
    props.put("mail.smtp.ssl.checkserveridentity", "true");
    return props;
  }
}
