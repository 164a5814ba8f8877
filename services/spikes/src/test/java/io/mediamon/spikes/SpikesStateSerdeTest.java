package io.mediamon.spikes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.schema.SpikeSubject;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** The service's own binary formats read back what they wrote, and refuse corrupt bytes with a reason. */
class SpikesStateSerdeTest {
  private static final SubjectArticle ARTICLE = new SubjectArticle(SpikeSubject.STORY, "Iran–Taliban talks", "a-1",
      "outlet", null, "Talks in Doha", 1_796_224_140_000L);

  @Test
  void aSubjectArticleRoundTrips() {
    SubjectArticleSerde serde = new SubjectArticleSerde();
    assertEquals(ARTICLE, serde.deserializer().deserialize("t", serde.serializer().serialize("t", ARTICLE)));
  }

  @Test
  void aWindowCountRoundTripsAndStaysBounded() {
    WindowCount count = WindowCount.EMPTY;
    for (int i = 0; i < 200; i++) {
      count = count.add(new SubjectArticle(SpikeSubject.ENTITY, "Taliban", "a-" + i, "outlet-" + (i % 80),
          "https://x.example/" + i, i % 2 == 0 ? null : "T" + i, 1000L * i));
    }
    assertEquals(200, count.articles());
    assertEquals(WindowCount.MAX_OUTLETS, count.outletCount());
    assertEquals(WindowCount.MAX_SAMPLES, count.samples().size());
    assertEquals(0, count.firstReported());
    assertEquals(199_000, count.lastReported());
    WindowCountSerde serde = new WindowCountSerde();
    assertEquals(count, serde.deserializer().deserialize("t", serde.serializer().serialize("t", count)));
  }

  @Test
  void aSpikeStateRoundTrips() {
    SpikeStateSerde serde = new SpikeStateSerde();
    SpikeState state = new SpikeState(1_796_224_140_000L, 12, 3.25);
    assertEquals(state, serde.deserializer().deserialize("t", serde.serializer().serialize("t", state)));
  }

  @Test
  void aWindowTallyRoundTrips() {
    WindowTallySerde serde = new WindowTallySerde();
    WindowTally tally = new WindowTally(45, 19);
    assertEquals(tally, serde.deserializer().deserialize("t", serde.serializer().serialize("t", tally)));
    assertThrows(SerializationException.class, () -> serde.deserializer().deserialize("t", new byte[] {2, 0}));
  }

  @Test
  void truncatedOrForeignBytesAreRefusedWithAReason() {
    byte[] bytes = new SubjectArticleSerde().serializer().serialize("t", ARTICLE);
    SerializationException truncated = assertThrows(SerializationException.class,
        () -> new SubjectArticleSerde().deserializer().deserialize("t", Arrays.copyOf(bytes, bytes.length - 3)));
    assertTrue(truncated.getMessage().contains("truncated or corrupt"), truncated.getMessage());
    bytes[0] = 9;
    SerializationException version = assertThrows(SerializationException.class,
        () -> new SubjectArticleSerde().deserializer().deserialize("t", bytes));
    assertTrue(version.getMessage().contains("format 9"), version.getMessage());
    assertThrows(SerializationException.class, () -> new SpikeStateSerde().deserializer().deserialize("t",
        new byte[] {1, 2, 3}));
    assertThrows(SerializationException.class, () -> new WindowCountSerde().deserializer().deserialize("t",
        new byte[] {1, 0, 0, 0, 1}));
  }

  @Test
  void theGridPutsATimeIntoWindowLengthOverAdvanceWindows() {
    WindowGrid grid = new WindowGrid(60_000, 15_000);
    assertEquals(List.of(15_000L, 30_000L, 45_000L, 60_000L), grid.startsContaining(61_000));
    assertEquals(List.of(60_000L), new WindowGrid(60_000, 60_000).startsContaining(61_000));
    assertEquals(-60_000L, grid.before(0, 1));
    assertThrows(IllegalArgumentException.class, () -> new WindowGrid(60_000, 25_000));
  }
}
