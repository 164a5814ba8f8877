package io.mediamon.app.bench.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedLatencyReportTest {
  private static final FeedLatencyBench.Options OPTIONS = new FeedLatencyBench.Options(30, 10, 3,
      Duration.ofSeconds(5), 3, 16, Duration.ofSeconds(30), 5, Duration.ofMinutes(3), 1);

  @Test
  void quantilesByNearestRankAndMissingItemsCountAsLate() {
    // Five published, four arrived: one of them after the minute.
    FeedLatencyReport report = new FeedLatencyReport("mediamon bench feeds", new FeedLatencyBench.Result(OPTIONS,
        300, 5, List.of(12.0, 3.0, 75.0, 30.0), 1, 540, 538, Duration.ofSeconds(40)));

    assertEquals(12.0, report.quantile(0.5));
    assertEquals(75.0, report.quantile(1.0));
    assertEquals(3.0, report.quantile(0.0));
    assertEquals(1, report.missing());
    assertEquals(0.6, report.withinTarget(), 1e-9);
    String table = report.table();
    assertTrue(table.contains("within a minute: 60.0 % (3 of 5); missing after the wait: 1; published twice: 1"),
        table);
    assertTrue(table.contains("300 on 30 sites (3 slow, answering after 5.0 s; 3 failing with 503)"), table);
    assertTrue(table.contains("538 of the 540 items the feeds listed at start on the raw topic after 40 s"), table);
    assertEquals(4, report.json().get("arrived").asInt());
  }
}
