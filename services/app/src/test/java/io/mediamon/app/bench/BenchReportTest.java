package io.mediamon.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTest {
  /** 99 enriched and 1 failed. */
  private static RunFigures figures(String name, double seconds) {
    return figures(name, seconds, seconds / 100);
  }

  private static RunFigures figures(String name, double seconds, double firstOut) {
    return new RunFigures(name, 100, 99, 1, 0, 60_000, seconds, firstOut,
        new CpuWatch.Figures(2 * seconds, 0.5, 0.2, 0.1, Map.of("analyzer threads", 1.5 * seconds)),
        new HeapWatch.Figures(900L << 20, 300L << 20), 1.25);
  }

  private static final BenchReport BOTH = new BenchReport("mediamon bench extract --articles 100",
      "100 articles", "20 further articles", 2, 2, "embedded",
      List.of(figures(InProcessRun.NAME, 4.0), figures(EndToEndRun.NAME, 5.0)));

  @Test
  void ratesAndTheEndToEndShareOfTheInProcessRate() {
    JsonNode json = BOTH.json();
    assertEquals("mediamon bench extract --articles 100", json.get("command").asText());
    JsonNode inProcess = json.get("runs").get(0);
    assertEquals(InProcessRun.NAME, inProcess.get("name").asText());
    assertEquals(24.75, inProcess.get("articlesPerSecond").asDouble(), 1e-9);
    assertEquals(15_000, inProcess.get("tokensPerSecond").asDouble(), 1e-9);
    assertEquals(80.0, inProcess.get("cpuMillisPerArticle").asDouble(), 1e-9);
    assertEquals(900, inProcess.get("heapPeakMb").asLong());
    assertEquals(300, inProcess.get("heapAfterGcMb").asLong());
    assertEquals(19.8, json.get("runs").get(1).get("articlesPerSecond").asDouble(), 1e-9);
    assertEquals(0.8, json.get("endToEndRatio").asDouble(), 1e-9);
  }

  @Test
  void firstOutIsReportedBesideTheRate() {
    RunFigures endToEnd = figures(EndToEndRun.NAME, 5.0, 0.75);
    BenchReport report = new BenchReport("c", "corpus", "none", 2, 2, "embedded", List.of(endToEnd));
    assertEquals(0.75, report.json().get("runs").get(0).get("firstOutSeconds").asDouble(), 1e-9);
    assertTrue(report.table().lines().anyMatch(l -> l.startsWith("end-to-end") && l.contains(" 0.75 ")),
        report.table());
  }

  @Test
  void tableHasALinePerRunAndTheRatio() {
    String table = BOTH.table();
    assertTrue(table.lines().anyMatch(l -> l.startsWith("in-process") && l.contains("24.8")
        && l.contains("15,000")), table);
    assertTrue(table.lines().anyMatch(l -> l.startsWith("end-to-end") && l.contains("19.8")), table);
    assertTrue(table.contains("end to end runs at 80.0 % of the in-process rate"), table);
  }

  @Test
  void repeatedRunsCompareByTheirMedians() {
    BenchReport repeated = new BenchReport("c", "corpus", "none", 2, 2, "embedded", List.of(
        figures(InProcessRun.NAME, 4.0), figures(EndToEndRun.NAME, 5.0), figures(InProcessRun.NAME, 3.0),
        figures(EndToEndRun.NAME, 6.0), figures(InProcessRun.NAME, 9.0)));
    // in process: 99/3, 99/4, 99/9 → median 24.75; end to end: 99/5, 99/6 → mean of both 18.15
    assertEquals(18.15 / 24.75, repeated.endToEndRatio().orElseThrow(), 1e-9);
    assertEquals(5, repeated.json().get("runs").size());
    assertTrue(repeated.table().contains("(medians: 18.2 and 24.8 articles/s)"), repeated.table());
  }

  @Test
  void eachRunIsAlsoComparedWithTheRunJustBeforeIt() {
    // The second pair met a slow spell of end to end: the medians pair the first in-process run's neighbour
    // with another run, the pairs do not.
    BenchReport drifting = new BenchReport("c", "corpus", "none", 2, 2, "embedded", List.of(
        figures(InProcessRun.CORENLP, 20.0), figures(InProcessRun.NAME, 10.0), figures(EndToEndRun.NAME, 10.5),
        figures(InProcessRun.CORENLP, 16.0), figures(InProcessRun.NAME, 8.0), figures(EndToEndRun.NAME, 10.0),
        figures(InProcessRun.CORENLP, 16.0), figures(InProcessRun.NAME, 8.0), figures(EndToEndRun.NAME, 8.2)));
    List<Double> endToEnd = drifting.pairedRatios(EndToEndRun.NAME, InProcessRun.NAME);
    assertEquals(List.of(10.0 / 10.5, 8.0 / 10.0, 8.0 / 8.2), endToEnd);
    assertEquals(10.0 / 10.5, drifting.medianPairedRatio(EndToEndRun.NAME, InProcessRun.NAME).orElseThrow(), 1e-9);
    // medians: end to end 99/10, in process 99/8
    assertEquals(0.8, drifting.endToEndRatio().orElseThrow(), 1e-9);
    assertEquals(2.0, drifting.medianPairedRatio(InProcessRun.NAME, InProcessRun.CORENLP).orElseThrow(), 1e-9);
    assertEquals(0.952, drifting.json().get("endToEndRatioPaired").asDouble(), 1e-9);
    assertEquals(2.0, drifting.json().get("inProcessToReferencePaired").asDouble(), 1e-9);
    assertTrue(drifting.table().contains("each end-to-end run against the in-process run just before it: 95.2 %, "
        + "80.0 %, 97.6 %; median 95.2 %"), drifting.table());
    assertTrue(drifting.table().contains("each in-process run against the reference run just before it: 2.00, 2.00, "
        + "2.00; median 2.00 x"), drifting.table());
  }

  @Test
  void noPairedRatioWithOnePair() {
    assertTrue(BOTH.medianPairedRatio(EndToEndRun.NAME, InProcessRun.NAME).isEmpty());
    assertFalse(BOTH.json().has("endToEndRatioPaired"));
  }

  @Test
  void noRatioWithOneRun() {
    BenchReport one = new BenchReport("c", "corpus", "none", 1, 1, "embedded", List.of(figures(InProcessRun.NAME, 4)));
    assertTrue(one.endToEndRatio().isEmpty());
    assertFalse(one.json().has("endToEndRatio"));
    assertFalse(one.table().contains("end to end runs at"));
  }
}
