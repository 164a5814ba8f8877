package io.mediamon.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mediamon.schema.ContentType;
import io.mediamon.schema.RawArticle;
import java.time.Instant;
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
  void aPartitionCountUnderOneIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new EvenPartitions(0));
  }
}
