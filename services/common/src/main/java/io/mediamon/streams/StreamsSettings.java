package io.mediamon.streams;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.streams.errors.DeadLetterDeserializationHandler;
import io.mediamon.streams.errors.DeadLetterProcessingHandler;
import io.mediamon.streams.errors.DeadLetterProductionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/** The Kafka Streams settings every mediamon stream service runs with. */
public final class StreamsSettings {
  private StreamsSettings() {}

  /**
   * @param service the service name, which becomes part of the application.id (consumer group and internal topics)
   */
  public static Properties forService(MediamonConfig config, String service) {
    Properties props = config.kafkaClientProperties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.get(Setting.APPLICATION_ID_PREFIX) + "-" + service);
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, config.get(Setting.TOPIC_REPLICATION_FACTOR));
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.get(Setting.STREAM_THREADS));
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir(config, service));
    // Every processor, store and internal topic is named in the topologies; refuse generated names.
    props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
    props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, config.get(Setting.TOPIC_DEAD_LETTER));
    props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
    props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class);
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    props.put(StreamsConfig.producerPrefix(ProducerConfig.ACKS_CONFIG), "all");
    props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
    // A process that goes silent hands its partitions over after the session timeout: Kafka's 45 s default would
    // hold a crashed process's share of the articles back that long, the single ordered stages' all of them.
    int sessionTimeout = config.getInt(Setting.STREAMS_SESSION_TIMEOUT_MS);
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), sessionTimeout);
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG),
        Math.min(3000, sessionTimeout / 3));
    // Under exactly-once a record waits for its broker without limit (delivery.timeout.ms is unbounded) but a record
    // for a topic whose route the producer lost when the broker went away waits only max.block.ms: Kafka's 60 s made
    // a broker restart of a minute or two kill the stream thread mid-transaction, wipe its task's state and leave the
    // replacement waiting on the cut-off transaction (seen in BrokerOutageIT). Waiting where it stands is better.
    props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_BLOCK_MS_CONFIG),
        config.getInt(Setting.STREAMS_MAX_BLOCK_MS));
    String instance = config.get(Setting.STREAMS_INSTANCE_ID);
    if (!instance.isBlank()) {
      // Kafka Streams appends each stream thread's index, so every consumer of the group keeps a name of its own.
      props.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), instance);
    }
    return props;
  }

  private static String stateDir(MediamonConfig config, String service) {
    String configured = config.get(Setting.STATE_DIR);
    if (!configured.isBlank()) {
      return configured;
    }
    try {
      return Files.createTempDirectory("mediamon-" + service + "-state").toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a state directory under the system temp dir", e);
    }
  }
}
