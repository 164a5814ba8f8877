package io.mediamon.evaluation.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * What the stage benches need to run a stage's own RocksDB stores without Kafka: a processor context that never
 * contacts a broker, the size of the state on disk, and its removal afterwards.
 */
final class BenchStores {
  private BenchStores() {}

  static MockProcessorContext<Object, Object> context(String applicationId, Path dir) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "bench:9092"); // never contacted
    return new MockProcessorContext<>(props, new TaskId(0, 0), dir.toFile());
  }

  /**
   * Builds the stage's stores as the service has them but without changelogs or caches (no broker takes part, and
   * every write should reach RocksDB), and opens each in the context. Each is added to {@code opened} as soon as it
   * is open, so that the caller's {@link #closeAll} closes whatever opened when a later one fails.
   */
  static void open(MockProcessorContext<?, ?> context, List<StoreBuilder<?>> builders, List<StateStore> opened) {
    for (StoreBuilder<?> builder : builders) {
      StateStore store = builder.withLoggingDisabled().withCachingDisabled().build();
      store.init(context.getStateStoreContext(), store);
      context.addStateStore(store);
      opened.add(store);
    }
  }

  /**
   * Closes the stores (once: the list is emptied). Their size on disk is read after this, not after a flush: with
   * Kafka Streams 4.4 a store's {@code flush()} does nothing (a commit takes its place, and writes no memtable out
   * either), so a size read before closing leaves out what RocksDB still holds in memory, up to tens of MB a store.
   * Closing writes it to the store's files.
   */
  static void closeAll(List<StateStore> stores) {
    for (StateStore store : stores) {
      store.close();
    }
    stores.clear();
  }

  static long size(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.map(Path::toFile).filter(File::isFile).mapToLong(File::length).sum();
    }
  }

  /** Where a RocksDB store of the context's state directory keeps its files (Kafka Streams' layout). */
  static Path storeDir(Path dir, String storeName) {
    return dir.resolve("rocksdb").resolve(storeName);
  }

  static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
