package io.mediamon.delivery;

import io.mediamon.delivery.dispatch.ReceivedAlert;
import io.mediamon.json.AlertJson;
import io.mediamon.schema.Alert;
import io.mediamon.schema.AlertArticle;
import io.mediamon.schema.AlertClaim;
import io.mediamon.schema.AlertKind;
import io.mediamon.schema.AlertWatch;
import io.mediamon.schema.Severity;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.TopicPartition;

/** Alerts for tests. */
public final class TestAlerts {
  public static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

  static {
    io.mediamon.serde.TrustedSchemaPackages.ensureTrusted(); // Avro copies enums by class name
  }

  private TestAlerts() {}

  public static Alert alert(String eventId, String... watchIds) {
    return Alert.newBuilder().setEventId(eventId).setKind(AlertKind.NEW).setTitle("Ferry sinks off " + eventId)
        .setHeadline("Ferry <sinks> & 12 missing").setEventType("ACCIDENT").setActors(List.of("Coast Guard"))
        .setLocation("Dhaka").setArticleIds(List.of("a-1", "a-2")).setSources(List.of("wire", "daily"))
        .setArticleCount(2).setSourceCount(2).setSeverity(Severity.HIGH)
        .setTopArticles(List.of(AlertArticle.newBuilder().setUrl("https://news.example/ferry").setTitle("Ferry sinks")
            .setSource("wire").build()))
        .setClaims(List.of(AlertClaim.newBuilder().setSpeaker("Coast Guard").setContent("12 people are missing")
            .build()))
        .setWatches(java.util.Arrays.stream(watchIds).map(id -> AlertWatch.newBuilder().setWatchId(id)
            .setName("watch " + id).setSeverity(Severity.HIGH).setMatched(List.of("ferry")).build()).toList())
        .setEmittedAt(T0).build();
  }

  public static ReceivedAlert received(Alert alert, long offset) {
    return new ReceivedAlert(new TopicPartition("alerts", 0), offset, alert.getEventId().getBytes(), new byte[] {1},
        alert, AlertIdentity.of(alert), AlertJson.toJson(alert));
  }
}
