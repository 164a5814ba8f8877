package io.mediamon.stories.assign;

import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The assignment stage's persistent, changelogged stores (RocksDB: the heap holds none of it). Their changelog
 * topics are {@code <application.id>-<store>-changelog}.
 */
public final class StoryStores {
  /** Story id → {@link StoryProfile} of each open story. */
  public static final String PROFILES = "correlator-story-profiles";
  /** Feature → the newest stories posted by it ({@link PostingList}): the inverted index of open stories. */
  public static final String POSTINGS = "correlator-story-postings";
  /** (day, kind, id) → nothing: stories and articles in the order they are forgotten. */
  public static final String EXPIRY = "correlator-story-expiry";
  /** Feature → number of articles that had it (document frequencies). */
  public static final String TERMS = "correlator-story-terms";
  /** Article id → story id: the same article again, and copies of it, go where it went. */
  public static final String ARTICLES = "correlator-story-articles";
  /** (story id, position) → an article of a story that can still split ({@link StoryMembers}). */
  public static final String MEMBERS = "correlator-story-members";

  private StoryStores() {}

  public static List<StoreBuilder<?>> builders() {
    return List.of(
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PROFILES), Serdes.String(),
            new StoryProfileSerde()),
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(POSTINGS), Serdes.Bytes(), Serdes.ByteArray()),
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EXPIRY), Serdes.Bytes(), Serdes.ByteArray()),
        // Not cached by Kafka Streams: TermStatistics keeps its own cache of the counts it reads.
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TERMS), Serdes.String(), Serdes.Long()),
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ARTICLES), Serdes.String(), Serdes.String()),
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(MEMBERS), Serdes.Bytes(), Serdes.ByteArray()));
  }

  public static String[] names() {
    return new String[] {PROFILES, POSTINGS, EXPIRY, TERMS, ARTICLES, MEMBERS};
  }

  /** The assigner over the stores of a processor's context. */
  public static StoryAssigner assigner(ProcessingContext context, StoryAssigner.Settings settings) {
    KeyValueStore<String, StoryProfile> profiles = context.getStateStore(PROFILES);
    KeyValueStore<Bytes, byte[]> postings = context.getStateStore(POSTINGS);
    KeyValueStore<Bytes, byte[]> expiry = context.getStateStore(EXPIRY);
    KeyValueStore<String, Long> terms = context.getStateStore(TERMS);
    KeyValueStore<String, String> articles = context.getStateStore(ARTICLES);
    KeyValueStore<Bytes, byte[]> members = context.getStateStore(MEMBERS);
    return new StoryAssigner(profiles, postings, expiry, terms, articles, members, settings);
  }
}
