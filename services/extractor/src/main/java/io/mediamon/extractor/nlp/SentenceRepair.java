package io.mediamon.extractor.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoes the sentence splits CoreNLP makes after an abbreviation closed by a parenthesis: "Rep. Ann Cole (R-Ida.)
 * said ..." comes out as "Rep. Ann Cole (R-Ida.)" and "said ...", which leaves the verb without its subject. A
 * sentence that opens with a lowercase word, in the same paragraph, right after ".)" continues the one before.
 */
final class SentenceRepair {

    private SentenceRepair() {
    }

    static List<Sentence> joinCutsAfterAbbreviations(String text, List<Sentence> sentences) {
        List<Sentence> joined = new ArrayList<>();
        for (Sentence s : sentences) {
            Sentence previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (previous != null && continues(text, previous, s)) {
                joined.set(joined.size() - 1, join(previous, s));
            } else {
                joined.add(s.index() == joined.size() ? s : renumbered(s, joined.size()));
            }
        }
        return joined;
    }

    private static boolean continues(String text, Sentence previous, Sentence next) {
        int n = previous.size();
        boolean cutAfterAbbreviation = n >= 2 && previous.token(n - 1).text().equals(")")
                && previous.token(n - 2).text().endsWith(".");
        return cutAfterAbbreviation && next.token(0).isLowercaseWord()
                && !text.substring(previous.end(), next.begin()).contains("\n");
    }

    /** One sentence of both token lists; the second's tokens and dependency heads shift by the first's length. */
    private static Sentence join(Sentence first, Sentence second) {
        List<Token> tokens = new ArrayList<>(first.tokens());
        int shift = first.size();
        for (Token t : second.tokens()) {
            tokens.add(new Token(t.index() + shift, t.text(), t.begin(), t.end(), t.ner(), t.tag(),
                    t.head() < 0 ? -1 : t.head() + shift, t.relation()));
        }
        return new Sentence(first.index(), first.begin(), second.end(), tokens);
    }

    private static Sentence renumbered(Sentence s, int index) {
        return new Sentence(index, s.begin(), s.end(), s.tokens());
    }
}
