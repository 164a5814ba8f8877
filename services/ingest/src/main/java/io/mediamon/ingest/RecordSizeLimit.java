package io.mediamon.ingest;

import io.mediamon.schema.RawArticle;
import io.mediamon.topics.TopicDescriptor;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The largest raw-article record a producer can send (its {@code max.request.size}, checked on the uncompressed
 * record). An article over it can never be published: it is refused with its id and size before anything is sent,
 * rather than failing in the producer, where a batch would be half sent and a retry would fail again.
 */
public final class RecordSizeLimit {
  /** The producer's default max.request.size. */
  private static final int DEFAULT_MAX_REQUEST_SIZE = 1024 * 1024;
  /** Record and batch headers around key and value, generously. */
  private static final int RECORD_OVERHEAD_BYTES = 256;

  private final int maxRecordBytes;
  private final TopicDescriptor<String, RawArticle> topic;

  private RecordSizeLimit(int maxRecordBytes, TopicDescriptor<String, RawArticle> topic) {
    this.maxRecordBytes = maxRecordBytes;
    this.topic = topic;
  }

  /** The limit of a producer configured with these properties. */
  public static RecordSizeLimit of(Properties producerProps, TopicDescriptor<String, RawArticle> topic) {
    Object configured = producerProps.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
    return new RecordSizeLimit(configured == null ? DEFAULT_MAX_REQUEST_SIZE
        : Integer.parseInt(String.valueOf(configured)), topic);
  }

  /** Why the article cannot be published as one record, or null when it can. */
  public String refusal(RawArticle article) {
    int size = topic.valueSerde().serializer().serialize(topic.name(), article).length + article.getId().length()
        + RECORD_OVERHEAD_BYTES;
    return size <= maxRecordBytes ? null : "article " + article.getId() + " is " + size + " bytes as a record, over "
        + "the limit of " + maxRecordBytes + " bytes (producer max.request.size); shorten its body";
  }
}
