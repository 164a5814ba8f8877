package io.mediamon.evaluation.stories;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.config.MediamonConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryEvaluationSummaryTest {

  @Test
  void theSummarySumsTheGoldStoriesAnnouncedMoreThanOnceAndNeverOverTheOrders() {
    StringWriter text = new StringWriter();
    StoryEvaluation evaluation = new StoryEvaluation(MediamonConfig.defaults(), new PrintWriter(text));
    ClusterScores scores = new ClusterScores(0.9, 0.9, 0.9, 0.9, 10);
    evaluation.summarize(List.of(
        new OrderResult("file", scores, 12, 30, 2, 2, 1, 12, 40, 30, 3),
        new OrderResult("shuffle 1", scores, 11, 28, 1, 0, 3, 12, 20, 20, 0),
        new OrderResult("shuffle 2", scores, 13, 31, 3, 1, 0, 12, 0, 0, 1)));
    String summary = text.toString();
    assertTrue(summary.contains("at most 3 NEW alert(s) for one gold story in any order"), summary);
    assertTrue(summary.contains("Over the 3 orders: 3 gold stories with more than one NEW, 4 without a NEW."),
        summary);
    assertTrue(summary.contains("Alerts naming a type: 60 of 125 (48%); 83% of them name the type most alerts of "
        + "their gold story name."), summary);
    assertTrue(summary.contains("Alerts naming an actor only headline-case lines write (\"Singer Checks\"): 4 of 125."),
        summary);
  }
}
