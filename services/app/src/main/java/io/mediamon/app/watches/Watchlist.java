package io.mediamon.app.watches;

import io.mediamon.app.pipeline.AcknowledgedWrites;
import io.mediamon.app.pipeline.TopicReader;
import io.mediamon.config.MediamonConfig;
import io.mediamon.schema.Watch;
import io.mediamon.topics.TopicDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watchlists topic as the desk's list: the current watches (the last record per id, read committed from the
 * beginning; a tombstone removes), and writing or removing watches, each acknowledged by every in-sync replica
 * before the command says it is done. The alerters read the same topic as a global table, so a change applies to the
 * next story version without a restart.
 */
public final class Watchlist {
  private static final Logger LOG = LoggerFactory.getLogger(Watchlist.class);

  private final MediamonConfig config;
  private final TopicDescriptor<String, Watch> topic;

  public Watchlist(MediamonConfig config, TopicDescriptor<String, Watch> topic) {
    this.config = config;
    this.topic = topic;
  }

  /** The current watches by id. A record that is not a watch is left out with a warning (the alerter skips it too). */
  public Map<String, Watch> current() {
    Map<String, Watch> watches = new TreeMap<>();
    var deserializer = topic.valueSerde().deserializer();
    TopicReader.read(config, topic.name(), Map.of(), Long.MAX_VALUE, record -> {
      if (record.key() == null) {
        return;
      }
      String id = new String(record.key(), StandardCharsets.UTF_8);
      if (record.value() == null) {
        watches.remove(id);
        return;
      }
      try {
        watches.put(id, deserializer.deserialize(topic.name(), record.headers(), record.value()));
      } catch (RuntimeException e) {
        LOG.warn("Watchlists record {}-{}@{} is not a watch, left out: {}", record.topic(), record.partition(),
            record.offset(), e.getMessage());
      }
    });
    return watches;
  }

  public void put(List<Watch> watches) {
    List<ProducerRecord<String, Watch>> records = new ArrayList<>();
    watches.forEach(w -> records.add(new ProducerRecord<>(topic.name(), w.getWatchId(), w)));
    send(records);
  }

  public void remove(String watchId) {
    send(List.of(new ProducerRecord<>(topic.name(), watchId, null)));
  }

  private void send(List<ProducerRecord<String, Watch>> records) {
    AcknowledgedWrites.send(config, "mediamon-watch", topic, records);
  }
}
