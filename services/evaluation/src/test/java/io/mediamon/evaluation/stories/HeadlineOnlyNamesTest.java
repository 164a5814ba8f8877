package io.mediamon.evaluation.stories;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineOnlyNamesTest {
  private static final HeadlineOnlyNames NAMES = HeadlineOnlyNames.of(List.of(
      "Maria Santos Checks Into Lisbon Clinic\nThe singer Maria Santos was admitted in Lisbon.",
      "PORTO MAYOR RESIGNS OVER BUDGET\nThe mayor of Porto resigned on Friday."));

  @Test
  void aNameOnlyAHeadlineCaseLineWritesIsAHeadlineArtefact() {
    assertTrue(NAMES.onlyInHeadlines("Maria Santos Checks"));
    assertTrue(NAMES.onlyInHeadlines("PORTO MAYOR"));
    assertFalse(NAMES.onlyInHeadlines("Maria Santos"), "the text writes it too");
    assertFalse(NAMES.onlyInHeadlines("Porto"));
    assertFalse(NAMES.onlyInHeadlines("United States"), "written nowhere: an alias, not a headline's artefact");
  }

  @Test
  void aLineIsInHeadlineCaseWhenFourInFiveOfItsLongWordsAreCapitalised() {
    assertTrue(HeadlineOnlyNames.isHeadlineCase("Driver Charged In Fatal Crash"));
    assertTrue(HeadlineOnlyNames.isHeadlineCase("MAYOR RESIGNS"));
    assertFalse(HeadlineOnlyNames.isHeadlineCase("The mayor of Porto resigned on Friday over the budget."));
    assertFalse(HeadlineOnlyNames.isHeadlineCase("Lisbon"), "one long word says nothing of the case");
  }

  @Test
  void anAlertCountsWhenOneOfItsActorsIsSuchAName() {
    assertTrue(NAMES.anyOnlyInHeadlines(List.of("Lisbon", "Maria Santos Checks")));
    assertFalse(NAMES.anyOnlyInHeadlines(List.of("Lisbon", "Maria Santos")));
    assertFalse(NAMES.anyOnlyInHeadlines(List.of()));
  }
}
