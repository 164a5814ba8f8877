package io.mediamon.app.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.mediamon.json.AvroJson;
import io.mediamon.schema.Event;
import io.mediamon.schema.EventOrigin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * An analyst's file of events to follow, one JSON object per line:
 * {"eventId": "...", "title": "...", "eventType": "NEGOTIATE", "actors": ["United States", "Taliban"],
 * "location": "Qatar", "firstSeen": "2018-07-01T00:00:00Z"}. eventId, title, eventType and actors are required.
 * Any invalid line fails the whole load, naming the line, so a half-loaded file never goes unnoticed.
 */
public final class EventsFile {
  private EventsFile() {}

  public static List<Event> read(Path file, Instant now) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new io.mediamon.app.UserError("cannot read events file " + file + ": " + e);
    }
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        events.add(parse(AvroJson.mapper().readTree(line), now));
      } catch (IOException | IllegalArgumentException e) {
        throw new io.mediamon.app.UserError(file + ":" + (i + 1) + ": " + e.getMessage().split("\n")[0]);
      }
    }
    return events;
  }

  static Event parse(JsonNode node, Instant now) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("expected a JSON object");
    }
    List<String> actors = new ArrayList<>();
    JsonNode actorNodes = node.get("actors");
    if (actorNodes == null || !actorNodes.isArray() || actorNodes.isEmpty()) {
      throw new IllegalArgumentException("actors must be a non-empty array of names");
    }
    actorNodes.forEach(a -> actors.add(a.asText()));
    return Event.newBuilder()
        .setEventId(required(node, "eventId"))
        .setTitle(required(node, "title"))
        .setEventType(required(node, "eventType").toUpperCase(java.util.Locale.ROOT))
        .setActors(actors)
        .setLocation(optional(node, "location"))
        .setOrigin(EventOrigin.ANALYST)
        .setArticleIds(List.of())
        .setSources(List.of())
        .setClaims(List.of())
        .setFirstSeen(instant(node, "firstSeen"))
        .setLastSeen(instant(node, "lastSeen"))
        .setUpdatedAt(now)
        .build();
  }

  private static String required(JsonNode node, String field) {
    String value = optional(node, field);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("missing field: " + field);
    }
    return value;
  }

  private static String optional(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static Instant instant(JsonNode node, String field) {
    String value = optional(node, field);
    try {
      return value == null ? null : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + " '" + value + "' is not an ISO-8601 instant such as 2018-07-01T00:00:00Z");
    }
  }
}
