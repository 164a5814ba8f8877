package io.mediamon.stories.assign;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * The assignment stage's stores as the service builds them (RocksDB under a test's directory), without changelogs or
 * caches, in a processor context that never contacts a broker.
 */
final class StoryStoresOnDisk implements AutoCloseable {
  final MockProcessorContext<Object, Object> context;
  private final List<StateStore> stores = new ArrayList<>();

  StoryStoresOnDisk(Path dir) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    context = new MockProcessorContext<>(props, new TaskId(0, 0), dir.toFile());
    for (StoreBuilder<?> builder : StoryStores.builders()) {
      StateStore store = builder.withLoggingDisabled().withCachingDisabled().build();
      store.init(context.getStateStoreContext(), store);
      context.addStateStore(store);
      stores.add(store);
    }
  }

  @Override
  public void close() {
    stores.forEach(StateStore::close);
  }
}
