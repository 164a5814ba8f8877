package io.mediamon.evaluation.ner;

/**
 * Counts for one type (or all types) of one system.
 *
 * <p>Strict: a prediction is correct when a gold span has exactly its extent and type; precision = correct /
 * predicted, recall = correct / gold. Lenient: a prediction is correct when it overlaps a gold span of its type, and a
 * gold span is found when a prediction of its type overlaps it; precision = correct predictions / predicted,
 * recall = found gold / gold (one long prediction over two gold names finds both). F1 is the harmonic mean of
 * precision and recall; all three are 0 when undefined (nothing predicted or no gold).
 */
public final class Tally {

    private long gold;
    private long predicted;
    private long strictCorrect;
    private long lenientCorrect;
    private long lenientFound;

    void add(long gold, long predicted, long strictCorrect, long lenientCorrect, long lenientFound) {
        this.gold += gold;
        this.predicted += predicted;
        this.strictCorrect += strictCorrect;
        this.lenientCorrect += lenientCorrect;
        this.lenientFound += lenientFound;
    }

    void add(Tally other) {
        add(other.gold, other.predicted, other.strictCorrect, other.lenientCorrect, other.lenientFound);
    }

    public long gold() {
        return gold;
    }

    public long predicted() {
        return predicted;
    }

    public long strictCorrect() {
        return strictCorrect;
    }

    public double strictPrecision() {
        return ratio(strictCorrect, predicted);
    }

    public double strictRecall() {
        return ratio(strictCorrect, gold);
    }

    public double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    public double lenientPrecision() {
        return ratio(lenientCorrect, predicted);
    }

    public double lenientRecall() {
        return ratio(lenientFound, gold);
    }

    public double lenientF1() {
        return f1(lenientPrecision(), lenientRecall());
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0.0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
