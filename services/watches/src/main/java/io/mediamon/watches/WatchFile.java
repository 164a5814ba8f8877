package io.mediamon.watches;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.mediamon.schema.DestinationKind;
import io.mediamon.schema.Severity;
import io.mediamon.schema.Watch;
import io.mediamon.schema.WatchDestination;
import io.mediamon.schema.WatchEntity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Watches written by hand, in YAML ({@code .yaml}, {@code .yml}) or JSON: a top-level {@code watches} list (or the
 * list alone), each watch with {@code id}, {@code name}, {@code entities} (a name, or {@code {name, variants}}),
 * {@code keywords}, {@code types}, {@code places}, {@code minOutlets}, {@code severity} and {@code destinations}
 * ({@code webhook: URL}, {@code slack: URL} or {@code email: ADDRESS}). A file is taken whole or not at all: every
 * problem is reported, each naming the file, the watch and the field, and an unknown key is a problem too (a typo
 * such as {@code keyword:} would otherwise make a watch silently match less).
 */
public final class WatchFile {
  private static final Set<String> KEYS = Set.of("id", "name", "entities", "keywords", "types", "places",
      "minOutlets", "severity", "destinations");

  private WatchFile() {}

  public static List<Watch> read(Path file, Instant now) {
    JsonNode root;
    try {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      ObjectMapper mapper = name.endsWith(".json") ? new ObjectMapper() : new YAMLMapper();
      root = mapper.readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new InvalidWatchException(file + ": no such file");
    } catch (JsonProcessingException e) {
      throw new InvalidWatchException(file + ": line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InvalidWatchException(file + ": cannot read: " + e.getMessage());
    }
    JsonNode list = root != null && root.isObject() ? root.get("watches") : root;
    if (list == null || !list.isArray()) {
      throw new InvalidWatchException(file + ": expected a 'watches' list of watches");
    }
    List<Watch> watches = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String where = "watches[" + i + "]";
      try {
        Watch watch = watch(list.get(i), now);
        where += " (id '" + watch.getWatchId() + "')";
        List<String> own = WatchValidator.problems(watch);
        if (!ids.add(watch.getWatchId())) {
          own = new ArrayList<>(own);
          own.add("id: '" + watch.getWatchId() + "' is used by an earlier watch of the file");
        }
        for (String problem : own) {
          problems.add(where + ": " + problem);
        }
        watches.add(watch);
      } catch (InvalidWatchException e) {
        problems.add(where + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidWatchException(file + ": " + String.join("\n  ", problems));
    }
    return watches;
  }

  /**
   * One watch as JSON (the fields of a watch file), checked: every problem is in the exception's message, naming
   * its field (the live view's watch form writes through this).
   */
  public static Watch parse(JsonNode node, Instant now) {
    Watch watch = watch(node, now);
    List<String> problems = WatchValidator.problems(watch);
    if (!problems.isEmpty()) {
      throw new InvalidWatchException(String.join("; ", problems));
    }
    return watch;
  }

  /** One watch from its JSON or YAML form; type problems are thrown, value problems left to the validator. */
  static Watch watch(JsonNode node, Instant now) {
    if (node == null || !node.isObject()) {
      throw new InvalidWatchException("a watch must be a map of fields");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String key = names.next();
      if (!KEYS.contains(key)) {
        throw new InvalidWatchException(key + ": unknown field (fields: " + String.join(", ", KEYS.stream().sorted()
            .toList()) + ")");
      }
    }
    List<WatchEntity> entities = new ArrayList<>();
    JsonNode entityList = list(node, "entities");
    for (int i = 0; i < entityList.size(); i++) {
      JsonNode entity = entityList.get(i);
      if (entity.isTextual()) {
        entities.add(new WatchEntity(entity.asText(), List.of()));
      } else if (entity.isObject() && entity.path("name").isTextual()) {
        entities.add(new WatchEntity(entity.get("name").asText(), strings(entity, "variants",
            "entities[" + i + "].variants")));
      } else {
        throw new InvalidWatchException("entities[" + i + "]: a name, or {name, variants}");
      }
    }
    String severity = text(node, "severity", "MEDIUM").toUpperCase(Locale.ROOT);
    Severity level;
    try {
      level = Severity.valueOf(severity);
    } catch (IllegalArgumentException e) {
      throw new InvalidWatchException("severity: '" + severity + "' is not one of LOW, MEDIUM, HIGH, CRITICAL");
    }
    JsonNode minOutlets = node.get("minOutlets");
    if (minOutlets != null && !minOutlets.canConvertToInt()) {
      throw new InvalidWatchException("minOutlets: '" + minOutlets.asText() + "' is not a whole number");
    }
    return Watch.newBuilder()
        .setWatchId(text(node, "id", ""))
        .setName(text(node, "name", ""))
        .setEntities(entities)
        .setKeywords(strings(node, "keywords", "keywords"))
        .setStoryTypes(strings(node, "types", "types"))
        .setPlaces(strings(node, "places", "places"))
        .setMinOutlets(minOutlets == null ? 1 : minOutlets.asInt())
        .setSeverity(level)
        .setDestinations(destinations(list(node, "destinations")))
        .setUpdatedAt(now)
        .build();
  }

  private static List<WatchDestination> destinations(JsonNode list) {
    List<WatchDestination> destinations = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode d = list.get(i);
      if (!d.isObject() || d.size() != 1 || !d.fields().next().getValue().isTextual()) {
        throw new InvalidWatchException("destinations[" + i + "]: one of webhook: URL, slack: URL, email: ADDRESS");
      }
      Map.Entry<String, JsonNode> entry = d.fields().next();
      DestinationKind kind = switch (entry.getKey()) {
        case "webhook" -> DestinationKind.WEBHOOK;
        case "slack" -> DestinationKind.SLACK;
        case "email" -> DestinationKind.EMAIL;
        default -> throw new InvalidWatchException("destinations[" + i + "]: '" + entry.getKey()
            + "' is not one of webhook, slack, email");
      };
      destinations.add(new WatchDestination(kind, entry.getValue().asText().trim()));
    }
    return destinations;
  }

  private static JsonNode list(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return new ObjectMapper().createArrayNode();
    }
    if (!value.isArray()) {
      throw new InvalidWatchException(field + ": expected a list");
    }
    return value;
  }

  private static List<String> strings(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (value.isTextual()) {
      return List.of(value.asText());
    }
    if (!value.isArray()) {
      throw new InvalidWatchException(where + ": expected a list of texts");
    }
    List<String> strings = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      if (!value.get(i).isValueNode() || value.get(i).isNull()) {
        throw new InvalidWatchException(where + "[" + i + "]: expected a text");
      }
      strings.add(value.get(i).asText());
    }
    return strings;
  }

  private static String text(JsonNode node, String field, String otherwise) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return otherwise;
    }
    if (!value.isValueNode()) {
      throw new InvalidWatchException(field + ": expected a text");
    }
    return value.asText();
  }
}
