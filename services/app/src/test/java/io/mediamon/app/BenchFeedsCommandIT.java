package io.mediamon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.json.AvroJson;
import io.mediamon.kafka.testing.TestKafka;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code bench feeds} on a real broker, scaled down to seconds: every item published on the local sites reaches the
 * raw topic once, the failing site's feeds included in the polling. Its figures are for the README, not asserted.
 */
class BenchFeedsCommandIT {
  @Test
  void everyPublishedItemLandsOnTheRawTopicOnce() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = new CommandLine(new BenchCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute("feeds", "--bootstrap-servers", TestKafka.bootstrapServers(), "--sites", "3", "--feeds-per-site",
            "2", "--slow-sites", "1", "--slow-delay", "PT0.2S", "--failing-sites", "1", "--threads", "4",
            "--poll-interval", "PT1S", "--items", "6", "--window", "PT3S", "--json");

    assertEquals(0, exit, err.toString());
    JsonNode report = AvroJson.mapper().readTree(out.toString());
    assertEquals(6, report.get("feeds").asInt());
    assertEquals(6, report.get("published").asInt(), report.toString());
    assertEquals(6, report.get("arrived").asInt(), report.toString());
    assertEquals(0, report.get("missing").asInt(), report.toString());
    assertEquals(0, report.get("duplicates").asInt(), report.toString());
    assertTrue(report.get("maxSeconds").asDouble() > 0, report.toString());

    MediamonConfig config = MediamonConfig.defaults().with(Setting.BOOTSTRAP_SERVERS, TestKafka.bootstrapServers());
    try (Admin admin = Admin.create(config.kafkaClientProperties())) {
      Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      assertTrue(topics.stream().noneMatch(t -> t.startsWith("mediamon-bench-feeds-")), "left behind: " + topics);
    }
  }
}
