package io.mediamon.evaluation.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading whether RocksDB stores are busy from the metrics Kafka Streams reports for them. */
class CompactionsTest {
  @TempDir
  Path dir;

  @Test
  void aStoreWhoseWritesAreFlushedIsIdle() {
    MockProcessorContext<Object, Object> context = BenchStores.context("compactions-test", dir);
    KeyValueStore<Bytes, byte[]> store = Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore("busy-store"),
        Serdes.Bytes(), Serdes.ByteArray()).withLoggingDisabled().withCachingDisabled().build();
    store.init(context.getStateStoreContext(), store);
    try {
      for (int i = 0; i < 10_000; i++) {
        store.put(Bytes.wrap(("key-" + i).getBytes()), new byte[100]);
      }
      store.flush();
      Compactions compactions = new Compactions(context.metrics());
      assertTrue(compactions.awaitNone(Duration.ofMinutes(1)), "nothing left to flush or compact");
      assertEquals(0, compactions.inProgress());
    } finally {
      store.close();
    }
  }

  @Test
  void withoutAnyStoreThereIsNothingToWaitOnAndItSaysSo() {
    MockProcessorContext<Object, Object> context = BenchStores.context("compactions-test", dir);
    assertFalse(new Compactions(context.metrics()).awaitNone(Duration.ofMinutes(1)));
  }
}
