package io.mediamon.watches;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.schema.DestinationKind;
import io.mediamon.schema.Severity;
import io.mediamon.schema.Watch;
import io.mediamon.serde.TrustedSchemaPackages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchFileTest {
  private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

  @TempDir
  Path dir;

  @BeforeAll
  static void trust() {
    TrustedSchemaPackages.ensureTrusted();
  }

  @Test
  void aYamlFileGivesItsWatchesWithDefaults() throws Exception {
    Path file = Files.writeString(dir.resolve("w.yaml"), """
        watches:
          - id: afghanistan
            name: Afghanistan desk
            entities:
              - Taliban
              - name: Zalmay Khalilzad
                variants: [Khalilzad]
            keywords: [peace talks]
            places: Doha
            minOutlets: 2
            severity: high
            destinations:
              - webhook: https://hooks.example.org/mediamon
              - email: desk@example.org
          - id: quakes
            name: Earthquakes
            keywords: [earthquake]
        """);
    List<Watch> watches = WatchFile.read(file, NOW);
    assertEquals(2, watches.size());
    Watch first = watches.get(0);
    assertEquals(List.of("Khalilzad"), first.getEntities().get(1).getVariants());
    assertEquals(List.of("Doha"), first.getPlaces());
    assertEquals(Severity.HIGH, first.getSeverity());
    assertEquals(DestinationKind.EMAIL, first.getDestinations().get(1).getKind());
    assertEquals(1, watches.get(1).getMinOutlets());
    assertEquals(Severity.MEDIUM, watches.get(1).getSeverity());
  }

  @Test
  void everyProblemIsNamedByWatchAndFieldAndNothingIsTaken() throws Exception {
    Path file = Files.writeString(dir.resolve("w.json"), """
        {"watches": [
          {"id": "ok", "name": "fine", "keywords": ["strike"]},
          {"id": "bad id!", "name": "", "keywords": [" "], "minOutlets": 0,
           "destinations": [{"webhook": "ftp://example.org/x"}, {"email": "nobody"}]},
          {"id": "ok", "name": "again", "keyword": ["typo"]},
          {"id": "empty", "name": "matches everything"}
        ]}
        """);
    String message = assertThrows(InvalidWatchException.class, () -> WatchFile.read(file, NOW)).getMessage();
    for (String expected : List.of("watches[1] (id 'bad id!'): id:", "name: must not be empty",
        "keywords[0]: must not be empty", "minOutlets: 0", "destinations[0].target: 'ftp://example.org/x'",
        "destinations[1].target: 'nobody' is not an e-mail address", "watches[2]: keyword: unknown field",
        "watches[3] (id 'empty'): entities, keywords, types, places: a watch needs at least one")) {
      assertTrue(message.contains(expected), expected + " in: " + message);
    }
  }

  @Test
  void theReadmesSampleFileLoads() {
    assertEquals(3, WatchFile.read(Path.of("../../samples/watches.yaml"), NOW).size());
  }

  @Test
  void unreadableFilesSayWhereAndWhy() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.yaml"), "watches:\n  - id: a\n   name: [unclosed\n");
    assertTrue(assertThrows(InvalidWatchException.class, () -> WatchFile.read(broken, NOW)).getMessage()
        .contains("broken.yaml: line "));
    assertTrue(assertThrows(InvalidWatchException.class, () -> WatchFile.read(dir.resolve("none.yaml"), NOW))
        .getMessage().contains("no such file"));
    Path notAList = Files.writeString(dir.resolve("map.yaml"), "watches: 3\n");
    assertTrue(assertThrows(InvalidWatchException.class, () -> WatchFile.read(notAList, NOW)).getMessage()
        .contains("expected a 'watches' list"));
  }
}
