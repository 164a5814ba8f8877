package io.mediamon.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.schema.ContentType;
import io.mediamon.schema.RawArticle;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvenPartitionsTest {

  private static RawArticle article(int characters) {
    return RawArticle.newBuilder().setId("a" + characters).setSource("bench").setUrl("https://example.org/")
      .setBody("x".repeat(characters)).setContentType(ContentType.TEXT).setFetchedAt(Instant.EPOCH).build();
  }

  @Test
  void eachArticleGoesWhereTheLeastTextIsSoFar() {
    EvenPartitions spread = new EvenPartitions(2);
    assertEquals(0, spread.partitionFor(article(500)));
    assertEquals(1, spread.partitionFor(article(100)));
    assertEquals(1, spread.partitionFor(article(300)));
    assertEquals(1, spread.partitionFor(article(200)));
    assertEquals(0, spread.partitionFor(article(50)));
  }

  @Test
  void eachProcessGetsTheSameTextWhateverItsShareOfThePartitions() {
    // One process holds partition 2 alone, the other 0, 1 and 3 (the duplicate stage's task counts in the balance).
    EvenPartitions spread = new EvenPartitions(4, List.of(Set.of(2), Set.of(0, 1, 3)));
    long[] text = new long[4];
    for (int i = 0; i < 400; i++) {
      RawArticle a = article(100 + i % 7);
      text[spread.partitionFor(a)] += a.getBody().length();
    }
    long lone = text[2];
    long others = text[0] + text[1] + text[3];
    assertTrue(Math.abs(lone - others) <= 106, lone + " against " + others);
    assertTrue(text[0] > 0 && text[1] > 0 && text[3] > 0, "the three partitions share their process's half");
  }

  @Test
  void ownersThatDoNotShareAllThePartitionsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new EvenPartitions(4, List.of(Set.of(0, 1), Set.of(2))));
    assertThrows(IllegalArgumentException.class, () -> new EvenPartitions(2, List.of(Set.of(0, 1), Set.of(1))));
  }

  @Test
  void withinOneProcessesPartitionsOnlyThoseGetArticles() {
    EvenPartitions spread = EvenPartitions.within(4, Set.of(1, 3));
    long[] text = new long[4];
    for (int i = 0; i < 200; i++) {
      RawArticle a = article(100 + i % 5);
      text[spread.partitionFor(a)] += a.getBody().length();
    }
    assertEquals(0, text[0] + text[2], "partitions the process does not hold get nothing");
    assertTrue(Math.abs(text[1] - text[3]) <= 104, text[1] + " against " + text[3]);
    assertThrows(IllegalArgumentException.class, () -> EvenPartitions.within(4, Set.of(4)));
    assertThrows(IllegalArgumentException.class, () -> EvenPartitions.within(4, Set.of()));
  }

  @Test
  void aPartitionCountUnderOneIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new EvenPartitions(0));
  }
}
