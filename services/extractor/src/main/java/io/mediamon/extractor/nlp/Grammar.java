package io.mediamon.extractor.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Closed-class English words (determiners, prepositions, auxiliaries, ...) the phrase reader uses in place of a
 * part-of-speech tagger: they are the boundaries of noun phrases and verb groups.
 */
final class Grammar {

    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its", "his",
            "her", "their", "our", "my", "your", "some", "any", "each", "every", "both", "all", "another", "no",
            "several", "many", "few", "most");
    static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
    static final Set<String> PREPOSITIONS = Set.of("in", "at", "on", "of", "with", "to", "from", "for", "by",
            "about", "over", "against", "between", "among", "into", "onto", "during", "after", "before", "since",
            "under", "near", "through", "across", "toward", "towards", "without", "within", "despite", "like",
            "including", "upon", "via", "amid", "amidst", "around", "behind", "beyond", "inside", "outside", "per",
            "than", "as", "off", "out", "up", "down", "following", "regarding", "concerning", "until", "till");
    static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s");
    static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being", "am", "has",
            "have", "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may",
            "might", "must", "'ll", "’ll", "'d", "’d", "'ve", "’ve", "'re", "’re", "wo", "ca");
    static final Set<String> ADVERBS = Set.of("also", "previously", "twice", "thrice", "again", "later", "then",
            "now", "reportedly", "recently", "once", "still", "just", "already", "earlier", "directly", "first",
            "ever", "finally", "eventually", "subsequently", "currently", "initially", "technically", "only",
            "even", "further", "soon", "often", "sometimes", "repeatedly", "allegedly", "apparently", "together",
            "secretly", "quietly", "publicly", "privately", "separately", "jointly", "officially", "formally",
            "yesterday", "today", "tonight", "tomorrow", "too", "however", "meanwhile", "instead", "last",
            // adverbs the -ly rule below leaves out (it keeps "apply", "supply", "rally" from being adverbs)
            "sharply", "deeply", "simply", "steeply", "cheaply", "really", "truly", "almost", "usually");
    static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "without", "refused", "refuse",
            "refuses", "refusing", "declined", "decline", "declines", "declining", "rejected", "rejects", "reject",
            "failed", "fails", "fail", "cannot", "nor", "unwilling", "ruled", "denied", "denies", "deny");
    /** Verbs that make an action hypothetical: "talks could be conducted", "when he would meet". */
    /** Counts from two up, written out ("two of the delegates", "three union demands"). */
    static final Set<String> COUNT_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve");
    static final Set<String> HYPOTHETICAL = Set.of("would", "could", "might", "may", "should", "if", "unless");
    static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but", "nor");
    static final Set<String> SUBORDINATORS = Set.of("that", "which", "who", "whom", "whose", "while", "whereas",
            "because", "although", "though", "if", "unless", "when", "where", "whether", "so", "once", "after",
            "before", "as", "since");
    /**
     * The subordinators that open a clause of time, reason or contrast, which tells when or why, not what was said:
     * "..., X said, as they met the mayor."
     */
    static final Set<String> ADVERBIAL_SUBORDINATORS = Set.of("as", "while", "after", "before", "when", "because",
            "since", "although", "though");
    static final Set<String> PRONOUNS = Set.of("i", "me", "my", "mine", "you", "your", "yours", "he", "him", "his",
            "she", "her", "hers", "it", "its", "we", "us", "our", "ours", "they", "them", "their", "theirs", "myself",
            "yourself", "himself", "herself", "itself", "ourselves", "themselves", "one", "someone", "somebody",
            "anyone", "everyone", "nobody", "who", "whom", "this", "that", "these", "those");
    static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
    /** Pronouns that take a part of a group ("many of the pilots", "one of the lawyers", "most of whom"). */
    private static final Set<String> PARTITIVE_PRONOUNS = Set.of("many", "most", "some", "few", "several", "all",
            "both", "none", "one", "each");

    private Grammar() {
    }

    /** "one of the towns", "many of whom": token k is a pronoun of quantity taking a part of a group with "of". */
    static boolean takesAPartAt(Sentence s, int k) {
        Token of = s.at(k + 1);
        return k >= 0 && k < s.size() && PARTITIVE_PRONOUNS.contains(s.token(k).lower()) && of != null && of.is("of");
    }

    /** Quantifiers that may float after their subject: "the pilots all said", "Cole and Baker both argued". */
    private static final Set<String> FLOATING_QUANTIFIERS = Set.of("all", "both", "each");

    /**
     * Whether token k is a quantifier floated after the subject it quantifies, right before the verb: lowercase,
     * after a word that can end a subject (a noun, a name, "they", a closing parenthesis), not after a function word
     * ("that all agreed": there "all" is the subject).
     */
    static boolean isFloatingQuantifier(Sentence s, int k) {
        Token t = s.at(k);
        Token before = s.at(k - 1);
        if (t == null || before == null || !FLOATING_QUANTIFIERS.contains(t.text())) {
            return false;
        }
        String b = before.lower();
        return before.text().equals(")") || b.equals("they") || b.equals("we")
                || (before.isWord() && !isFunctionWord(before) && !isAdverb(before));
    }

    static boolean isFunctionWord(Token t) {
        String w = t.lower();
        return DETERMINERS.contains(w) || PREPOSITIONS.contains(w) || AUXILIARIES.contains(w)
                || CONJUNCTIONS.contains(w) || SUBORDINATORS.contains(w) || isPronoun(t)
                || NEGATORS.contains(w) || w.equals("to") || w.equals("not");
    }

    /** "he", "He", "us"; not "US", which is a name. */
    static boolean isPronoun(Token t) {
        String w = t.text();
        boolean allCaps = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
        return !allCaps && PRONOUNS.contains(t.lower());
    }

    static boolean isAdverb(Token t) {
        String w = t.lower();
        // A word in capitals is part of a name ("USA TODAY"), not an adverb of it
        boolean capitals = t.text().length() > 1 && t.text().equals(t.text().toUpperCase(Locale.ROOT));
        return (ADVERBS.contains(w) && !capitals) || (t.isLowercaseWord() && w.length() > 5 && w.endsWith("ly")
                && !w.endsWith("ply") && !w.endsWith("ally") && !w.equals("family"))
                || (t.isLowercaseWord() && w.endsWith("ally") && w.length() > 7);
    }

    static boolean isPossessiveMarker(Token t) {
        String w = t.text();
        return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’");
    }

    static boolean isOpenQuote(Token t) {
        return t.text().equals("“") || t.text().equals("\"") || t.text().equals("``") || t.text().equals("‘")
                || t.text().equals("''");
    }

    static boolean isCloseQuote(Token t) {
        return t.text().equals("”") || t.text().equals("\"") || t.text().equals("''") || t.text().equals("’");
    }

    /**
     * A closing quotation mark, or a nested quote and its outer quote closed together (the tokenizer keeps "’”" of
     * "... the ferries,’” she said" as one token).
     */
    static boolean closesQuotes(Token t) {
        return isCloseQuote(t) || (t.text().length() > 1
                && t.text().chars().allMatch(c -> c == '”' || c == '’' || c == '"' || c == '\''));
    }

    static boolean isQuote(Token t) {
        return isOpenQuote(t) || isCloseQuote(t) || t.text().equals("«") || t.text().equals("»");
    }

    /** An em or en dash, two hyphens, or the horizontal bar ("―", U+2015) some outlets write for the em dash. */
    static boolean isDash(Token t) {
        return t.text().equals("—") || t.text().equals("–") || t.text().equals("--") || t.text().equals("―");
    }

    static boolean isPunctuation(Token t) {
        return !t.text().isEmpty() && !Character.isLetterOrDigit(t.text().codePointAt(0));
    }

    /** Whether a phrase is a pronoun alone ("he", "they"). */
    static boolean isPronoun(Sentence s, PhraseReader.Unit unit) {
        return unit.end() - unit.start() == 1 && isPronoun(s.token(unit.start()));
    }

    /** "has since", "would also": adverbs and auxiliaries from token k rightwards; the index of the next word. */
    static int skipAuxiliariesRight(Sentence s, int k) {
        while (k < s.size() && (isAdverb(s.token(k)) || AUXILIARIES.contains(s.token(k).lower()))) {
            k++;
        }
        return k;
    }

    /** "and has since said": adverbs and auxiliaries before a verb, read leftwards. */
    static int skipAuxiliariesLeft(Sentence s, int k) {
        while (k >= 0 && (isAdverb(s.token(k)) || AUXILIARIES.contains(s.token(k).lower()))) {
            k--;
        }
        return k;
    }

    /** "has repeatedly said": adverbs before a verb, read leftwards from token k; the index of the word before them. */
    static int skipAdverbsLeft(Sentence s, int k) {
        while (k >= 0 && isAdverb(s.token(k))) {
            k--;
        }
        return k;
    }

    /**
     * "X said: “The ferries ran well,” adding that ...": a closing quote mark right after a comma at token k ends the
     * clause as a comma does.
     */
    static boolean isCommaClosingAQuote(Sentence s, int k) {
        Token comma = s.at(k - 1);
        return closesQuotes(s.token(k)) && comma != null && comma.text().equals(",");
    }
}
