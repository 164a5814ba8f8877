package io.mediamon.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.schema.ContentType;
import io.mediamon.schema.Event;
import io.mediamon.schema.RawArticle;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {
  private static final RawArticle ARTICLE = RawArticle.newBuilder().setId("a1").setUrl(null).setSource("s")
      .setTitle("t").setBody("b").setContentType(ContentType.TEXT).setPublishedAt(Instant.parse("2018-12-26T00:00:00Z"))
      .setFetchedAt(Instant.parse("2018-12-27T00:00:00Z")).build();

  @Test
  void roundTripsWithTimestampsAsInstants() {
    AvroSerde<RawArticle> serde = AvroSerde.of(RawArticle.class);
    byte[] bytes = serde.toBytes(ARTICLE);
    assertEquals((byte) 0xC3, bytes[0], "single-object encoding marker");
    assertEquals((byte) 0x01, bytes[1]);
    assertEquals(ARTICLE, serde.fromBytes(bytes));
  }

  @Test
  void nullIsATombstone() {
    assertNull(AvroSerde.of(Event.class).toBytes(null));
    assertNull(AvroSerde.of(Event.class).fromBytes(null));
  }

  @Test
  void unknownFingerprintIsRefusedWithTheFingerprintInTheMessage() {
    byte[] bytes = AvroSerde.of(RawArticle.class).toBytes(ARTICLE);
    bytes[2] ^= 0x55; // another fingerprint
    SerializationException e = assertThrows(SerializationException.class,
        () -> AvroSerde.of(RawArticle.class).fromBytes(bytes));
    assertTrue(e.getMessage().startsWith("unknown Avro schema fingerprint 0x"), e.getMessage());
  }

  @Test
  void recordOfAnotherBundledTypeIsNotSilentlyMisread() {
    byte[] bytes = AvroSerde.of(RawArticle.class).toBytes(ARTICLE);
    assertThrows(SerializationException.class, () -> AvroSerde.of(Event.class).fromBytes(bytes));
  }
}
