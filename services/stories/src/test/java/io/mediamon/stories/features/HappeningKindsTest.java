package io.mediamon.stories.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class HappeningKindsTest {
  private static final Path DOC = Path.of("docs", "event-taxonomy.md");
  private static final String SECTION = "## Happenings of one party";

  @Test
  void theFirstPhraseOfTheOpeningDecidesSoTheHeadlineBeforeTheText() {
    assertEquals("DISASTER", HappeningKinds.of("Strong earthquake shakes Port Elmar\nThree people died."));
    assertEquals("COURT", HappeningKinds.of("Judge sentences Ivo Orlov to death"), "the sentence, not the death");
    assertEquals("DEATH", HappeningKinds.of("Dana Orlov, who founded the Elmaria Ballet, dies at 88"));
    assertEquals("ARREST", HappeningKinds.of("Two men ARRESTED after Port Elmar clash"), "any case");
  }

  @Test
  void theLongestPhraseAtAPositionWinsAndSomePhrasesSayNothingOfTheKind() {
    assertEquals("ASSAULT", HappeningKinds.of("Gunmen opened fire on a bus near Port Elmar"));
    assertEquals("DISASTER", HappeningKinds.of("Death toll from Elmaria floods rises to 40"),
        "a toll counts the dead of the happening the next words name");
    assertEquals("COURT", HappeningKinds.of("Elmaria minister under fire, then charged with fraud"));
    assertEquals("DISMISS", HappeningKinds.of("Port Elmar FC coach steps down after defeat"));
  }

  @Test
  void aDeathToldWithoutItsCauseTakesTheKindOfTheCauseNamedCloseAfterIt() {
    assertEquals("ACCIDENT", HappeningKinds.of("Two Elmarian engineers killed in Port Elmar train crash"));
    assertEquals("DISASTER", HappeningKinds.of("Nine dead after floods sweep through northern Elmaria"));
    assertEquals("ASSAULT", HappeningKinds.of("A guard died after a shooting at the Port Elmar depot on Friday."));
    assertEquals("DEATH", HappeningKinds.of("Dana Orlov died of a heart attack at 88"),
        "an illness is no cause of this kind: the obituary stays a death");
    assertEquals("DEATH", HappeningKinds.of("Ivo Orlov, who died in prison on Monday at 81, was the Elmaria "
        + "boss who for thirty years ran gambling, extortion and murder"), "a cause too far on is another story");
    assertEquals("DEATH", HappeningKinds.of("Dana Orlov has died. A crash on the coast road closed it."),
        "the cause is looked for in the same sentence only");
    assertEquals("DEATH", HappeningKinds.of("Her death brings the number killed by the fever to 50"),
        "another death is no cause");
    assertEquals("ASSAULT", HappeningKinds.of("Three killed in Port Elmar"), "no cause named: the killing stays");
  }

  @Test
  void fightingThatEruptsIsNoVolcanoAndADecimalPointEndsNoSentence() {
    assertEquals("DISASTER", HappeningKinds.of("Elmaria's Mount Dana volcano spews ash"));
    assertNull(HappeningKinds.of("Fighting erupted in the hills above Port Elmar"));
    assertEquals("DISASTER", HappeningKinds.of("Two dead in 6.1 magnitude quake off Port Elmar"),
        "no sentence ends at a decimal point");
  }

  @Test
  void aTextNamingNoKindHasNone() {
    assertNull(HappeningKinds.of("Elmaria's parliament debates the budget"));
    assertNull(HappeningKinds.of("Orlov shot 5 of 12 from the field"), "a shot alone is no shooting");
    assertNull(HappeningKinds.of(""));
    assertNull(HappeningKinds.of(null));
  }

  @Test
  void everyKindIsDocumentedAndEveryDocumentedKindIsUsed() throws IOException {
    Set<String> documented = new TreeSet<>();
    boolean inSection = false;
    for (String line : Files.readAllLines(findDoc())) {
      if (line.startsWith("## ")) {
        inSection = line.startsWith(SECTION);
      } else if (inSection && line.startsWith("| ") && !line.startsWith("| kind") && !line.startsWith("| ---")) {
        documented.add(line.substring(2, line.indexOf(" |", 2)).strip());
      }
    }
    assertEquals(documented, HappeningKinds.kinds());
  }

  private static Path findDoc() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(DOC))) {
        return dir.resolve(DOC);
      }
    }
    throw new IllegalStateException(DOC + " not found above " + Path.of("").toAbsolutePath());
  }
}
