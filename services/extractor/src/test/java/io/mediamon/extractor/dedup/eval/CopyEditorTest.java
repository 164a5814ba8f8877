package io.mediamon.extractor.dedup.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CopyEditorTest {
  private static final EvalDocument STORY = new EvalDocument("s", "test", 0, "Harbour strike halts grain loading",
      List.of(
          List.of("Dock workers walked off the job on Monday.", "Grain ships were left waiting at anchor."),
          List.of("The union said the strike would last until night shifts were paid."),
          List.of("The port director offered talks on Tuesday.", "She called the walkout premature."),
          List.of("The last strike, in 2013, lasted nine days.")));
  private static final EvalDocument OTHER = new EvalDocument("o", "test", 1, "Astronomers detect repeating signal",
      List.of(List.of("Astronomers detected a faint repeating signal from a dwarf galaxy.",
          "The bursts arrive every sixteen days.")));

  private final CopyEditor editor = new CopyEditor(List.of(STORY, OTHER), new Random(7));

  @Test
  void eachEditChangesWhatItSays() {
    EvalDocument headline = editor.copy(STORY, CopyEdit.NEW_HEADLINE);
    assertNotEquals(STORY.headline(), headline.headline());
    assertEquals(STORY.paragraphs(), headline.paragraphs());

    EvalDocument byline = editor.copy(STORY, CopyEdit.BYLINE);
    assertTrue(byline.headline().matches("Harbour strike halts grain loading\n\nBy \\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+, "
        + "\\p{Lu}\\p{Ll}+ News"), byline.headline());
    assertEquals(STORY.paragraphs(), byline.paragraphs());

    EvalDocument trimmed = editor.copy(STORY, CopyEdit.TRIMMED_END);
    assertEquals(STORY.paragraphs().subList(0, 3), trimmed.paragraphs());

    EvalDocument reordered = editor.copy(STORY, CopyEdit.REORDERED_PARAGRAPHS);
    assertNotEquals(STORY.paragraphs(), reordered.paragraphs());
    assertEquals(new HashSet<>(STORY.paragraphs()), new HashSet<>(reordered.paragraphs()));

    EvalDocument substituted = editor.copy(STORY, CopyEdit.WORD_SUBSTITUTIONS);
    int changed = changedWords(STORY, substituted);
    assertTrue(changed >= 1 && changed <= 3, changed + " words changed");
    assertEquals("s~word_substitutions", substituted.id());
  }

  @Test
  void oneParagraphStoryLosesItsLastSentence() {
    EvalDocument trimmed = editor.copy(OTHER, CopyEdit.TRIMMED_END);
    assertEquals(List.of(List.of("Astronomers detected a faint repeating signal from a dwarf galaxy.")),
        trimmed.paragraphs());
  }

  @Test
  void sameSeedSameCopies() {
    CopyEditor again = new CopyEditor(List.of(STORY, OTHER), new Random(7));
    for (CopyEdit edit : CopyEdit.values()) {
      assertEquals(editor.copy(STORY, edit), again.copy(STORY, edit), edit.name());
    }
  }

  private static int changedWords(EvalDocument a, EvalDocument b) {
    List<String> x = words(a);
    List<String> y = words(b);
    assertEquals(x.size(), y.size());
    int changed = 0;
    for (int i = 0; i < x.size(); i++) {
      changed += x.get(i).equals(y.get(i)) ? 0 : 1;
    }
    return changed;
  }

  private static List<String> words(EvalDocument d) {
    List<String> words = new ArrayList<>();
    d.paragraphs().forEach(p -> p.forEach(s -> words.addAll(List.of(s.split(" ")))));
    return words;
  }
}
