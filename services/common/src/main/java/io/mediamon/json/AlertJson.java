package io.mediamon.json;

import io.mediamon.schema.Alert;

/**
 * An alert as the JSON document of {@code mediamon.alerts.json} (specified by schemas/alert.schema.json): the Avro
 * record's fields under the same names, timestamps as ISO-8601 text, dates as {@code yyyy-mm-dd}, enums as their
 * names, absent optional fields as null. Every service that writes alerts writes this document beside the Avro one,
 * in the same transaction.
 */
public final class AlertJson {
  private AlertJson() {}

  public static String toJson(Alert alert) {
    return AvroJson.toJsonLine(alert);
  }
}
