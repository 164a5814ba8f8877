package io.mediamon.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;

/**
 * Avro records as plain JSON for people and scripts: timestamps as ISO-8601, enums as their names, optional
 * fields as null (not Avro's union wrapping).
 */
public final class AvroJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private AvroJson() {}

  public static ObjectNode toJson(IndexedRecord record) {
    ObjectNode node = NODES.objectNode();
    for (Schema.Field field : record.getSchema().getFields()) {
      node.set(field.name(), valueToJson(record.get(field.pos())));
    }
    return node;
  }

  public static String toJsonLine(IndexedRecord record) {
    return write(toJson(record));
  }

  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  private static JsonNode valueToJson(Object value) {
    if (value == null) {
      return NODES.nullNode();
    } else if (value instanceof IndexedRecord r) {
      return toJson(r);
    } else if (value instanceof Instant i) {
      return NODES.textNode(i.toString());
    } else if (value instanceof CharSequence || value instanceof Enum<?>
        || value instanceof org.apache.avro.generic.GenericEnumSymbol<?>) {
      return NODES.textNode(value.toString());
    } else if (value instanceof Integer n) {
      return NODES.numberNode(n);
    } else if (value instanceof Long n) {
      return NODES.numberNode(n);
    } else if (value instanceof Double n) {
      return NODES.numberNode(n);
    } else if (value instanceof Float n) {
      return NODES.numberNode(n);
    } else if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    } else if (value instanceof ByteBuffer b) {
      ByteBuffer copy = b.duplicate();
      byte[] bytes = new byte[copy.remaining()];
      copy.get(bytes);
      return NODES.textNode(Base64.getEncoder().encodeToString(bytes));
    } else if (value instanceof Collection<?> c) {
      ArrayNode array = NODES.arrayNode();
      c.forEach(item -> array.add(valueToJson(item)));
      return array;
    } else if (value instanceof Map<?, ?> m) {
      ObjectNode object = NODES.objectNode();
      m.forEach((k, v) -> object.set(k.toString(), valueToJson(v)));
      return object;
    }
    return NODES.textNode(value.toString());
  }
}
