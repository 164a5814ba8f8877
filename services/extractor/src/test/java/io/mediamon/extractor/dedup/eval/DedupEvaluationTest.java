package io.mediamon.extractor.dedup.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DedupEvaluationTest {
  private static final EvalDocument STORY = new EvalDocument("s", "test", 0, "Harbour strike halts grain loading",
      List.of(
          List.of("Dock workers at the port of Valmora walked off the job on Monday, halting the loading of grain "
              + "ships for the first time in eleven years."),
          List.of("The dockers' union said the strike would last until the port authority reversed a decision to "
              + "extend night shifts without extra pay."),
          List.of("Port director Elena Marsh told reporters the authority had offered talks on Tuesday morning and "
              + "called the walkout premature."),
          List.of("The last strike at Valmora, in 2013, lasted nine days.")));
  private static final EvalDocument SAME_TEXT_NEW_ID = new EvalDocument("s2", "test", 9, STORY.headline(),
      STORY.paragraphs());
  private static final EvalDocument TRIMMED = new EvalDocument("s~trimmed", "test", 0, STORY.headline(),
      STORY.paragraphs().subList(0, 3));
  private static final EvalDocument OTHER = new EvalDocument("o", "test", 1, "Astronomers detect repeating signal",
      List.of(List.of("Astronomers using a radio telescope in the high desert have detected a faint repeating "
          + "signal from a dwarf galaxy about three million light years away.")));

  @Test
  void countsFollowTheLabelsAndTheThreshold() {
    List<LabeledPair> pairs = List.of(
        new LabeledPair(STORY, SAME_TEXT_NEW_ID, true, "exact"),
        new LabeledPair(STORY, TRIMMED, true, "trimmed"),
        new LabeledPair(STORY, OTHER, true, "mislabeled"), // a "copy" that is not one: a miss at any threshold
        new LabeledPair(STORY, OTHER, false, "different"));
    DedupEvaluation evaluation = DedupEvaluation.score(pairs);

    DedupEvaluation.Counts low = evaluation.at(0.5);
    assertEquals(List.of(2L, 0L, 1L, 1L),
        List.of(low.truePositives(), low.falsePositives(), low.falseNegatives(), low.trueNegatives()));
    assertEquals(1.0, low.precision());
    assertEquals(2.0 / 3, low.recall(), 1e-9);
    assertEquals(0.8, low.f1(), 1e-9);

    DedupEvaluation.Counts strict = evaluation.at(1.0);
    assertEquals(1L, strict.truePositives(), "only the exact copy reaches 1.0");
    assertArrayEquals(new long[] {1, 0}, evaluation.calledByKind(1.0).get("trimmed"));
    assertArrayEquals(new long[] {1, 1}, evaluation.calledByKind(0.5).get("trimmed"));
    assertEquals(0, evaluation.missedByIndex(0.5));
    assertEquals("s~trimmed", evaluation.furthestCopies(3).get(1).pair().second().id());
    assertEquals("o", evaluation.closestDifferent(1).get(0).pair().second().id());
  }
}
