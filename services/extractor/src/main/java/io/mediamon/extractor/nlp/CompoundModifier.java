package io.mediamon.extractor.nlp;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name joined by a hyphen to a lower-case word: "U.S.-led", "NATO-backed", "Chinese-made", "Serb-held". English
 * writes these as one adjective describing something else (a coalition, a weapon, a town), so the span is no mention
 * of the name: it is kept as a MISC name, as CoreNLP's 4-class model tags it, and never becomes a place, a group or
 * an organisation in the article's entities. "Mazar-i-Sharif" and "al-Qaeda" end in a capital and stay names.
 */
final class CompoundModifier {
    /** Upper-case start, then a hyphen and a lower-case word of at least three letters at the end. */
    private static final Pattern MODIFIER = Pattern.compile("\\p{Lu}[\\p{L}.]*(?:-\\p{Lu}[\\p{L}.]*)*-(\\p{Ll}{3,})");
    /** Participles and adjective heads that make such compounds; "-ed" covers most ("-led", "-backed"). */
    private static final Set<String> HEADS = Set.of("made", "held", "run", "born", "built",
            "bound", "speaking", "language", "style", "owned", "funded", "allied", "friendly", "leaning");

    private CompoundModifier() {
    }

    /**
     * Whether the name span [from, to) of the sentence is such a modifier: written as one token, or split by the
     * tokenizer at the hyphen with the lower-case word inside the span or right after it ("U.S." "-" "led").
     */
    static boolean endsSpan(Sentence s, int from, int to) {
        Matcher m = MODIFIER.matcher(s.token(to - 1).text());
        if (m.matches()) {
            return isHead(m.group(1));
        }
        if (to - from >= 3 && isHead(s.token(to - 1).text()) && joinedByHyphen(s, to - 3)) {
            return true;
        }
        Token after = s.at(to + 1);
        return after != null && isHead(after.text()) && joinedByHyphen(s, to - 1);
    }

    /** Tokens k, k + 1 and k + 2 are a word, a hyphen and a word written without spaces. */
    private static boolean joinedByHyphen(Sentence s, int k) {
        Token hyphen = s.at(k + 1);
        Token next = s.at(k + 2);
        return hyphen != null && next != null && hyphen.text().equals("-")
                && hyphen.begin() == s.token(k).end() && next.begin() == hyphen.end();
    }

    private static boolean isHead(String word) {
        return (word.length() >= 3 && word.endsWith("ed") && word.chars().allMatch(Character::isLowerCase))
                || HEADS.contains(word);
    }
}
