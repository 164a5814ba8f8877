package io.mediamon.evaluation.ner;

import io.mediamon.schema.EntityType;

import java.util.Locale;
import java.util.Map;

/** Formats a result as a plain-text table: per system, one row per scored type and one for all (percentages). */
public final class ScoreTable {

    private ScoreTable() {
    }

    public static String format(NerEvaluation.Result result) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-40s | %-19s | %s%n", "", "strict (exact span)", "lenient (overlap)"));
        b.append(String.format(Locale.ROOT, "%-12s %-13s %6s %6s | %6s %5s %5s  | %6s %5s %5s%n", "system", "type",
                "gold", "pred", "P", "R", "F1", "P", "R", "F1"));
        for (Map.Entry<NerSystem, Scoreboard> e : result.scores().entrySet()) {
            for (EntityType type : TypeMapping.SCORED) {
                row(b, e.getKey(), type.name(), e.getValue().tally(type));
            }
            row(b, e.getKey(), "ALL", e.getValue().all());
        }
        return b.toString();
    }

    private static void row(StringBuilder b, NerSystem system, String type, Tally t) {
        b.append(String.format(Locale.ROOT, "%-12s %-13s %6d %6d | %6.1f %5.1f %5.1f  | %6.1f %5.1f %5.1f%n",
                system.label(), type, t.gold(), t.predicted(),
                100 * t.strictPrecision(), 100 * t.strictRecall(), 100 * t.strictF1(),
                100 * t.lenientPrecision(), 100 * t.lenientRecall(), 100 * t.lenientF1()));
    }
}
