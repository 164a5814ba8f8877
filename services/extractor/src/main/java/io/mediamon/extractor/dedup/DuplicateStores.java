package io.mediamon.extractor.dedup;

import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The duplicate index's three persistent, changelogged key-value stores (so the index survives restarts and moves
 * with its task). Their changelog topics are {@code <application.id>-<store>-changelog}.
 */
public final class DuplicateStores {
  /** Article id → {@link IndexedArticle}: signature, when seen, decision. */
  public static final String ARTICLES = "extractor-dedup-articles";
  /** Bucket key (band, band hash, article id) → nothing: which articles fell into which LSH bucket. */
  public static final String BUCKETS = "extractor-dedup-buckets";
  /** (seenAt, article id) → nothing: the articles in the order they expire. */
  public static final String EXPIRY = "extractor-dedup-expiry";

  private DuplicateStores() {}

  public static List<StoreBuilder<?>> builders() {
    StoreBuilder<KeyValueStore<String, IndexedArticle>> articles = Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(ARTICLES), Serdes.String(), new IndexedArticleSerde());
    StoreBuilder<KeyValueStore<Bytes, byte[]>> buckets = Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(BUCKETS), Serdes.Bytes(), Serdes.ByteArray());
    StoreBuilder<KeyValueStore<Bytes, byte[]>> expiry = Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(EXPIRY), Serdes.Bytes(), Serdes.ByteArray());
    return List.of(articles, buckets, expiry);
  }

  public static String[] names() {
    return new String[] {ARTICLES, BUCKETS, EXPIRY};
  }
}
