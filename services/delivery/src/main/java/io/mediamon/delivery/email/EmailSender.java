package io.mediamon.delivery.email;

import io.mediamon.delivery.destination.Destination;
import io.mediamon.delivery.dispatch.Attempt;
import io.mediamon.delivery.dispatch.DestinationSender;
import io.mediamon.delivery.dispatch.ReceivedAlert;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Sends alerts as e-mail over SMTP (Jakarta Mail, Eclipse Angus): one message per alert, or one digest. A server that
 * cannot be reached, refuses or fails is retried; an address the server refuses for good (5xx for the recipient) is
 * not.
 */
public final class EmailSender implements DestinationSender {
  private static final java.util.regex.Pattern GREETING_CODE = java.util.regex.Pattern.compile(
      "response: ([2-5]\\d\\d)\\b");

  private final SmtpSettings smtp;
  private final Session session;

  public EmailSender(SmtpSettings smtp) {
    this.smtp = smtp;
    this.session = Session.getInstance(smtp.sessionProperties());
  }

  @Override
  public Attempt send(Destination destination, List<ReceivedAlert> alerts) {
    if (!smtp.configured()) {
      return Attempt.giveUp("none", "no SMTP server: set delivery.smtp.host to deliver e-mail");
    }
    AlertMail mail = AlertMail.of(alerts);
    try {
      MimeMessage message = new FixedIdMessage(session, mail.messageId());
      message.setFrom(new InternetAddress(smtp.from(), true));
      message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(destination.target(), true));
      message.setSubject(mail.subject(), "UTF-8");
      message.setText(mail.text(), "UTF-8");
      if (alerts.size() == 1) {
        message.setHeader("X-Mediamon-Idempotency-Key", alerts.get(0).idempotencyKey());
      }
      if (smtp.authenticates()) {
        Transport.send(message, smtp.user(), smtp.password());
      } else {
        Transport.send(message);
      }
      return Attempt.accepted("250");
    } catch (AddressException e) {
      return Attempt.giveUp("none", "not an e-mail address: " + e.getMessage());
    } catch (AuthenticationFailedException e) {
      return Attempt.retry("535", "the SMTP server " + smtp.host() + " refused the login of "
          + smtp.user() + " (delivery.smtp.user, delivery.smtp.password)");
    } catch (MessagingException e) {
      int code = replyCode(e);
      String reason = "SMTP " + smtp.host() + ":" + smtp.port() + ": " + chain(e);
      if (code >= 500 && e instanceof jakarta.mail.SendFailedException failed
          && failed.getInvalidAddresses() != null && failed.getInvalidAddresses().length > 0
          && replyCodeOf(failed.getNextException()) >= 500) {
        return Attempt.giveUp(Integer.toString(code), reason); // the recipient is refused for good
      }
      if (code < 0) {
        // A refused greeting ("response: 554 …") comes without a typed exception: its code is in the text.
        java.util.regex.Matcher greeting = GREETING_CODE.matcher(reason);
        code = greeting.find() ? Integer.parseInt(greeting.group(1)) : -1;
      }
      return Attempt.retry(code < 0 ? "none" : Integer.toString(code), reason);
    }
  }

  /** The SMTP reply code anywhere in the exception chain, or -1. */
  private static int replyCode(Exception e) {
    for (Exception ex = e; ex != null; ex = ex instanceof MessagingException m ? m.getNextException() : null) {
      int code = replyCodeOf(ex);
      if (code > 0) {
        return code;
      }
    }
    return -1;
  }

  private static int replyCodeOf(Exception e) {
    if (e instanceof SMTPAddressFailedException a) {
      return a.getReturnCode();
    }
    if (e instanceof SMTPSenderFailedException s) {
      return s.getReturnCode();
    }
    if (e instanceof SMTPSendFailedException s) {
      return s.getReturnCode();
    }
    return -1;
  }

  private static String chain(Exception e) {
    StringBuilder text = new StringBuilder();
    Throwable t = e;
    for (int depth = 0; t != null && depth < 8; depth++) { // bounded: a chain may loop
      String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().trim();
      if (text.indexOf(message) < 0) {
        text.append(text.length() == 0 ? "" : ": ").append(message);
      }
      t = t instanceof MessagingException m && m.getNextException() != null ? m.getNextException() : t.getCause();
    }
    return text.toString().replaceAll("\\s+", " ");
  }

  /** A message whose Message-ID is ours (derived from the alerts), not a new random one at each try. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String messageId;

    FixedIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
