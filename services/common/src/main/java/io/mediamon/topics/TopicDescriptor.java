package io.mediamon.topics;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * One topic: its name, how its keys and values are (de)serialized, and how it is created. Every Consumed and
 * Produced in the topologies comes from here, so a topic is described once.
 */
public record TopicDescriptor<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, TopicLayout layout) {

  /** Consumed with the serdes and a processor name that says which topic it reads. */
  public Consumed<K, V> consumed(String processorName) {
    return Consumed.with(keySerde, valueSerde).withName(processorName);
  }

  public Produced<K, V> produced(String processorName) {
    return Produced.with(keySerde, valueSerde).withName(processorName);
  }
}
