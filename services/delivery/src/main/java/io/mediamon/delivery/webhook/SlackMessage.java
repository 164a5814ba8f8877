package io.mediamon.delivery.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mediamon.delivery.message.AlertSummary;
import io.mediamon.schema.Alert;
import java.util.List;

/**
 * An alert as a Slack incoming-webhook payload: {@code text} (the notification and the fallback of clients without
 * blocks) and {@code blocks} (a header with the subject, a section with the details, a context line with the
 * alert's id). Slack's limits are kept: 150 characters in a header, 3000 in a section's text.
 */
public final class SlackMessage {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int HEADER_LIMIT = 150;
  private static final int SECTION_LIMIT = 3000;

  private SlackMessage() {}

  public static String payload(Alert alert, String idempotencyKey) {
    String subject = AlertSummary.subject(alert);
    List<String> details = AlertSummary.details(alert);
    ObjectNode root = MAPPER.createObjectNode();
    root.put("text", escape(subject)); // top-level text is read as mrkdwn too
    ArrayNode blocks = root.putArray("blocks");
    ObjectNode header = blocks.addObject().put("type", "header");
    header.putObject("text").put("type", "plain_text").put("text", cut(subject, HEADER_LIMIT));
    ObjectNode section = blocks.addObject().put("type", "section");
    section.putObject("text").put("type", "mrkdwn").put("text", cut(escape(String.join("\n", details)),
        SECTION_LIMIT));
    ObjectNode context = blocks.addObject().put("type", "context");
    context.putArray("elements").addObject().put("type", "mrkdwn").put("text", "mediamon alert " + escape(idempotencyKey));
    return root.toString();
  }

  /** Slack reads &, < and > as markup (links, mentions) in mrkdwn text. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String cut(String text, int limit) {
    return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
  }
}
