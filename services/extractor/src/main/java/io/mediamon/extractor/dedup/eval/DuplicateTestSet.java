package io.mediamon.extractor.dedup.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Labeled pairs built from real text: every original with each kind of edited copy of itself (duplicates), and every
 * two different originals (not duplicates), among them the hard cases: neighbouring GMB articles, which often continue
 * the same VOA story, and the re3d statements, which all concern one conflict and share stock phrases.
 */
public final class DuplicateTestSet {
  public static final String NEIGHBOURING_GMB = "different: neighbouring GMB articles (same story or topic)";
  public static final String RE3D_STATEMENTS = "different: two re3d statements (same conflict)";
  public static final String OTHER_DIFFERENT = "different: other";

  private DuplicateTestSet() {}

  public static List<LabeledPair> build(List<EvalDocument> originals, long seed) {
    CopyEditor editor = new CopyEditor(originals, new Random(seed));
    List<LabeledPair> pairs = new ArrayList<>();
    for (EvalDocument original : originals) {
      for (CopyEdit edit : CopyEdit.values()) {
        pairs.add(new LabeledPair(original, editor.copy(original, edit), true, copyKind(edit)));
      }
    }
    for (int i = 0; i < originals.size(); i++) {
      for (int j = i + 1; j < originals.size(); j++) {
        EvalDocument a = originals.get(i);
        EvalDocument b = originals.get(j);
        pairs.add(new LabeledPair(a, b, false, differentKind(a, b)));
      }
    }
    return pairs;
  }

  public static String copyKind(CopyEdit edit) {
    return "copy: " + edit.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String differentKind(EvalDocument a, EvalDocument b) {
    if (!a.collection().equals(b.collection())) {
      return OTHER_DIFFERENT;
    }
    if (a.collection().equals("re3d")) {
      return RE3D_STATEMENTS;
    }
    return Math.abs(a.position() - b.position()) == 1 ? NEIGHBOURING_GMB : OTHER_DIFFERENT;
  }
}
