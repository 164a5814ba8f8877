package io.mediamon.delivery.dispatch;

import io.mediamon.schema.Alert;
import org.apache.kafka.common.TopicPartition;

/**
 * An alert as read, with what delivery needs besides the record: where it came from (for the commit and for dead
 * letters, which keep the original bytes), its idempotency key and its JSON document.
 */
public record ReceivedAlert(TopicPartition partition, long offset, byte[] key, byte[] value, Alert alert,
    String idempotencyKey, String json) {}
