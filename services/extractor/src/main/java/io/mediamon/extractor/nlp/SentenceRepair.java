package io.mediamon.extractor.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoes the sentence splits CoreNLP makes after an abbreviation closed by a parenthesis: "Rep. Ann Cole (R-Ida.)
 * said ..." comes out as "Rep. Ann Cole (R-Ida.)" and "said ...", which leaves the verb without its subject. A
 * sentence that opens with a lowercase word, in the same paragraph, right after ".)" continues the one before.
 * Also gives a quote's opening mark back to its sentence: archives write quotes with doubled apostrophes
 * ("... think so. ''We cannot ...,'' she said."), which the splitter reads as a closing mark and leaves at the end of
 * the sentence before.
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

    /**
     * "She does not think so. ''We cannot ...,'' she said.": a mark of doubled apostrophes ending a sentence right
     * after its full stop (or question or exclamation mark), with a space before it and the next sentence's first
     * word touching it, in the same paragraph, opens the next sentence's quote. A closing mark touches the full stop
     * ("... too slow.'' The council met."), so it stays.
     */
    static List<Sentence> moveOpeningQuoteMarksToTheirSentence(String text, List<Sentence> sentences) {
        List<Sentence> moved = new ArrayList<>(sentences);
        for (int i = 0; i + 1 < moved.size(); i++) {
            Sentence previous = moved.get(i);
            Sentence next = moved.get(i + 1);
            if (endsWithOpeningMark(text, previous, next)) {
                moved.set(i, withoutLastToken(previous));
                moved.set(i + 1, withFirstToken(previous.token(previous.size() - 1), next));
            }
        }
        return moved;
    }

    private static boolean endsWithOpeningMark(String text, Sentence previous, Sentence next) {
        int n = previous.size();
        if (n < 3 || !previous.token(n - 1).text().equals("''")) {
            return false;
        }
        Token mark = previous.token(n - 1);
        Token stop = previous.token(n - 2);
        return (stop.text().equals(".") || stop.text().equals("?") || stop.text().equals("!"))
                && mark.begin() > stop.end() && Character.isWhitespace(text.charAt(mark.begin() - 1))
                && next.token(0).begin() == mark.end() && next.token(0).isWord();
    }

    private static Sentence withoutLastToken(Sentence s) {
        int last = s.size() - 1;
        List<Token> tokens = new ArrayList<>();
        for (Token t : s.tokens().subList(0, last)) {
            tokens.add(t.head() == last ? new Token(t.index(), t.text(), t.begin(), t.end(), t.ner(), t.tag(), -1, "")
                    : t);
        }
        return new Sentence(s.index(), s.begin(), tokens.get(tokens.size() - 1).end(), tokens);
    }

    /** The mark first, unparsed; the sentence's tokens and dependency heads shift by one. */
    private static Sentence withFirstToken(Token mark, Sentence s) {
        List<Token> tokens = new ArrayList<>();
        tokens.add(new Token(0, mark.text(), mark.begin(), mark.end(), mark.ner(), mark.tag(), -1, ""));
        for (Token t : s.tokens()) {
            tokens.add(new Token(t.index() + 1, t.text(), t.begin(), t.end(), t.ner(), t.tag(),
                    t.head() < 0 ? -1 : t.head() + 1, t.relation()));
        }
        return new Sentence(s.index(), mark.begin(), s.end(), tokens);
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
