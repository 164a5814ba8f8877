package io.mediamon.app;

import io.mediamon.app.pipeline.Pipeline;
import io.mediamon.app.pipeline.PipelineDrain;
import io.mediamon.config.MediamonConfig;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.topics.MediamonTopics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/** For tests of the stages after extraction: enriched articles in, the services run without NER. */
final class ItStreams {
  private ItStreams() {}

  /** Starts these services; none of them may be the extractor. */
  static Pipeline start(MediamonConfig config, Set<String> services) {
    return Pipeline.start(config, services, () -> {
      throw new IllegalStateException("no extractor in this test");
    });
  }

  /** Waits until the pipeline runs and has processed everything on its input, then closes it. */
  static void drainAndClose(Pipeline pipeline, Admin admin, MediamonConfig config, Set<String> services)
      throws Exception {
    try {
      pipeline.awaitRunning(Duration.ofMinutes(2));
      PipelineDrain.await(admin, config, services, Duration.ofMinutes(3), pipeline.anyFailure());
    } finally {
      pipeline.close();
    }
  }

  /** Idempotent, acks=all producer settings of the configuration. */
  static Properties producerProps(MediamonConfig config) {
    Properties props = config.kafkaClientProperties();
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    return props;
  }

  /**
   * Writes the articles to the enriched topic, keyed by id, each timestamped with its fetch time, and fails unless the
   * broker acknowledged every one: a test whose input was partly dropped would wait for output that cannot come.
   */
  static void produceEnriched(MediamonConfig config, MediamonTopics topics, List<EnrichedArticle> articles)
      throws Exception {
    List<Future<RecordMetadata>> acks = new ArrayList<>();
    try (KafkaProducer<String, EnrichedArticle> producer = new KafkaProducer<>(producerProps(config),
        topics.enriched().keySerde().serializer(), topics.enriched().valueSerde().serializer())) {
      for (EnrichedArticle a : articles) {
        acks.add(producer.send(new ProducerRecord<>(topics.enriched().name(), null, a.getFetchedAt().toEpochMilli(),
            a.getId(), a)));
      }
      producer.flush();
    }
    for (Future<RecordMetadata> ack : acks) {
      ack.get();
    }
  }
}
