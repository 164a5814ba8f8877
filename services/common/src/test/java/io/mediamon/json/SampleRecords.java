package io.mediamon.json;

import io.mediamon.schema.Alert;
import io.mediamon.schema.AlertKind;
import io.mediamon.schema.ArticleFeatures;
import io.mediamon.schema.ContentType;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.Event;
import io.mediamon.schema.EventOrigin;
import io.mediamon.schema.RawArticle;
import io.mediamon.schema.Story;
import io.mediamon.schema.StoryMembership;
import io.mediamon.schema.StoryOrigin;
import io.mediamon.schema.StoryTally;
import io.mediamon.serde.TrustedSchemaPackages;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;

/** One small valid record of every mediamon schema, each with a field that names it, for the tools' tests. */
public final class SampleRecords {
  public static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  static {
    TrustedSchemaPackages.ensureTrusted(); // builders deep-copy defaults by class name before any serde exists
  }

  private SampleRecords() {}

  public static RawArticle raw() {
    return RawArticle.newBuilder().setId("art-raw").setSource("wire").setTitle("Raw title").setBody("Body.")
        .setContentType(ContentType.TEXT).setPublishedAt(T0).setFetchedAt(T0).build();
  }

  public static EnrichedArticle enriched() {
    return EnrichedArticle.newBuilder().setId("art-enriched").setSource("wire").setFetchedAt(T0)
        .setCleanText("Clean.").setLanguage("en").setEntities(List.of()).setClaims(List.of())
        .setEventMentions(List.of()).setFingerprint("0000000000000000").build();
  }

  public static Event event() {
    return Event.newBuilder().setEventId("evt-1").setTitle("Talks").setEventType("CONSULT")
        .setActors(List.of("Iran", "Taliban")).setOrigin(EventOrigin.ANALYST).setUpdatedAt(T0).build();
  }

  public static Story story() {
    return Story.newBuilder().setStoryId("sty-1").setOrigin(StoryOrigin.DISCOVERED).setTitle("Story title")
        .setFirstSeen(T0).setLastSeen(T0).setUpdatedAt(T0)
        .setTally(StoryTally.newBuilder().setActors(Map.of()).setTypes(Map.of()).setPlaces(Map.of())
            .setDates(Map.of()).setTitles(Map.of()).build())
        .build();
  }

  public static StoryMembership membership() {
    return StoryMembership.newBuilder().setArticleId("art-member").setStoryId("sty-1").setNewStory(true)
        .setReason("new").setSource("wire").setReportedAt(T0).build();
  }

  public static Alert alert() {
    return Alert.newBuilder().setEventId("sty-alert").setKind(AlertKind.NEW).setTitle("Alert title")
        .setActors(List.of("Iran")).setArticleIds(List.of("art-1")).setSources(List.of("wire"))
        .setEmittedAt(T0).build();
  }

  public static ArticleFeatures features() {
    return ArticleFeatures.newBuilder().setArticleId("art-features").setSource("wire").setReportedAt(T0).build();
  }

  /** Every sample, with the field and value that identify it in JSON. */
  public static List<Sample> all() {
    return List.of(new Sample(raw(), "id", "art-raw"), new Sample(enriched(), "id", "art-enriched"),
        new Sample(event(), "eventId", "evt-1"), new Sample(story(), "storyId", "sty-1"),
        new Sample(membership(), "articleId", "art-member"), new Sample(alert(), "eventId", "sty-alert"),
        new Sample(features(), "articleId", "art-features"));
  }

  public record Sample(SpecificRecord record, String idField, String id) {}
}
