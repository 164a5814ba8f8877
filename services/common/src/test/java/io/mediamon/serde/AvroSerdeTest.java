package io.mediamon.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.schema.ContentType;
import io.mediamon.schema.Event;
import io.mediamon.json.SampleRecords;
import io.mediamon.schema.RawArticle;
import io.mediamon.schema.Story;
import io.mediamon.schema.StoryTally;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
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
  void aRecordWrittenWithAnEarlierSchemaIsReadWithTheNewFieldsDefaults() throws Exception {
    Schema v1 = BundledSchemas.earlier().stream().filter(sc -> sc.getName().equals("RawArticle")).findFirst()
        .orElseThrow();
    assertNull(v1.getField("tags"), "the first version had no tags");
    GenericRecord old = new GenericData.Record(v1);
    old.put("id", "a0");
    old.put("source", "wire");
    old.put("body", "Written before the upgrade.");
    old.put("contentType", new GenericData.EnumSymbol(v1.getField("contentType").schema(), "TEXT"));
    old.put("fetchedAt", Instant.parse("2018-12-27T00:00:00Z").toEpochMilli());
    byte[] bytes = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v1).encode(old).array();

    RawArticle read = AvroSerde.of(RawArticle.class).fromBytes(bytes);

    assertEquals("a0", read.getId());
    assertEquals("Written before the upgrade.", read.getBody());
    assertNull(read.getTags());
  }

  @Test
  void aStoryWrittenBeforeItsTallyKeptActorTypesIsReadWithNone() throws Exception {
    Schema v3 = BundledSchemas.earlier().stream()
        .filter(sc -> sc.getName().equals("Story") && sc.getField("leadReports") != null
            && sc.getField("tally").schema().getField("actorTypes") == null).findFirst().orElseThrow();
    assertNull(v3.getField("tally").schema().getField("actorTypes"), "the third version kept no actor types");
    Story story = Story.newBuilder(SampleRecords.story()).setActors(List.of("Dana Orlov"))
        .setTally(StoryTally.newBuilder(SampleRecords.story().getTally()).setActors(Map.of("Dana Orlov", 1.0)).build())
        .build();
    SpecificData model = new SpecificData();
    model.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
    byte[] bytes = new BinaryMessageEncoder<Story>(model, v3).encode(story).array();

    Story read = AvroSerde.of(Story.class).fromBytes(bytes);

    assertEquals(List.of("Dana Orlov"), read.getActors());
    assertEquals(Map.of("Dana Orlov", 1.0), read.getTally().getActors());
    assertEquals(Map.of(), read.getTally().getActorTypes());
  }

  @Test
  void aStoryWrittenBeforeItsTallyKeptCountriesIsReadWithNone() throws Exception {
    Schema v4 = BundledSchemas.earlier().stream()
        .filter(sc -> sc.getName().equals("Story") && sc.getField("tally").schema().getField("actorTypes") != null
            && sc.getField("tally").schema().getField("countries") == null).findFirst().orElseThrow();
    Story story = Story.newBuilder(SampleRecords.story()).setActors(List.of("Elmarian"))
        .setTally(StoryTally.newBuilder(SampleRecords.story().getTally()).setActors(Map.of("Elmarian", 1.0))
            .setActorTypes(Map.of("Elmarian", "NORP")).build())
        .build();
    SpecificData model = new SpecificData();
    model.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
    byte[] bytes = new BinaryMessageEncoder<Story>(model, v4).encode(story).array();

    Story read = AvroSerde.of(Story.class).fromBytes(bytes);

    assertEquals(Map.of("Elmarian", "NORP"), read.getTally().getActorTypes());
    assertEquals(Map.of(), read.getTally().getCountries(), "its nationalities fold once a report names them again");
  }

  @Test
  void everyHistoryFileIsBundled() throws Exception {
    // The module's tests run in services/common; the history sits beside the current schemas.
    try (Stream<Path> files = Files.list(Path.of("../../schemas/src/main/history"))) {
      assertEquals(files.map(f -> f.getFileName().toString()).sorted().toList(),
          BundledSchemas.HISTORY.stream().sorted().toList());
    }
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
