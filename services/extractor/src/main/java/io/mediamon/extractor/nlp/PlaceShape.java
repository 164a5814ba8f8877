package io.mediamon.extractor.nlp;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How romanized place names are built, for towns no list has: an Arabic topographic word before the name ("Jabal",
 * "Wadi", "Kafr", "Deir", "Tell" ...), an assimilated Arabic article starting it ("Ash Shaddadi", "as-Sukhnah"), a
 * Persian connector inside it ("Tang-i-Gharu"), or an ending that makes place names in Persian, Turkic and Slavic
 * languages ("-abad", "-istan", "-grad", "-ovo", "-sk"). CoreNLP's English models have seen few such names and often
 * take them for people ("Abu" and "Al" start names of both).
 *
 * <p>A STRONG shape is a place without more evidence; a WEAK one ("Khan ...", "Al ...", "-abad") only with the list
 * or the words around it ({@link PlaceNames}).
 */
final class PlaceShape {

    enum Strength { NONE, WEAK, STRONG }

    /** A shape over the tokens [start, end) of a sentence. */
    record Shape(int start, int end, Strength strength) {
    }

    /**
     * Words for a hill, valley, village, monastery, well, fort, river or mound that start Arabic place names and no
     * person's: "Jabal al-Zawiya", "Wadi Barada", "Kafr Nabl", "Deir Hafer", "Tell Abyad".
     */
    private static final Set<String> STRONG_GENERICS = Set.of("jabal", "jebel", "jabel", "jbel", "wadi",
            "kafr", "kfar", "deir", "dayr", "dair", "khirbet", "khirbat", "tal", "tall", "tel", "tell", "qasr",
            "qalat", "qala", "nahr", "jisr", "marj", "ayn", "ain", "bir", "bayt", "beit", "hayy");
    /**
     * Words that start place names but also people's or organisations' names: "Khan" (Khan Yunis; Imran Khan),
     * "Ras", "Bab", "Umm", "Sidi", "Bandar", "Novi" and the like; and the article "Al", an English given name too.
     */
    private static final Set<String> WEAK_GENERICS = Set.of("khan", "ras", "bab", "umm", "sidi", "bandar",
            "qalai", "kot", "al", "el", "novi", "novo", "nova", "novy", "novyi", "stari", "stara", "staro", "veliki",
            "velika", "nizhny", "nizhni", "ust", "krasny");
    /**
     * Assimilated articles ("ar-", "as-", "az-", "ash-", "ad-") start place names ("Ar Rutbah", "As Suwayda") and
     * rarely a person's name on its own; "As", "At" and "An" are also English words and count only mid-sentence.
     */
    private static final Set<String> SUN_ARTICLES = Set.of("ar", "az", "ash", "adh", "ath", "ad", "ez", "es",
            "ech", "esh", "as", "at", "an");
    private static final Set<String> ENGLISH_ARTICLES = Set.of("as", "at", "an");
    /** Endings of place names in Persian and Turkic (-abad, -istan, -shahr, -kent) and Slavic languages. */
    private static final Pattern PLACE_ENDING = Pattern.compile(
            "\\p{Lu}\\p{Ll}{3,}(?:abad|istan|stan|shahr|kent|grad|gorod)"
                    + "|\\p{Lu}\\p{Ll}{2,}(?:ovo|evo|ovka|evka|ivka|opol|ovsk|evsk|insk|ansk|ensk|orsk|ersk|irsk"
                    + "|etsk|ysk)");
    /** Persian connector written inside one token: "Mazar-i-Sharif", "Sar-e-Pul". */
    private static final Pattern CONNECTED = Pattern.compile("\\p{Lu}\\p{Ll}+-(?:i|e|ye|yi)-\\p{Lu}\\p{Ll}+");

    private PlaceShape() {
    }

    /** The shape of the name that starts at token i, or null when it has none. */
    static Shape at(Sentence s, int i) {
        Token first = s.token(i);
        String lower = first.lower();
        int hyphen = lower.indexOf('-');
        // "ar-Raqqah", "As-Sukhnah": article and name in one token.
        if (hyphen > 0 && SUN_ARTICLES.contains(lower.substring(0, hyphen)) && capitalAfter(first.text(), hyphen)) {
            return new Shape(i, i + 1, Strength.STRONG);
        }
        if (CONNECTED.matcher(first.text()).matches()) {
            return new Shape(i, i + 1, Strength.STRONG);
        }
        // "ar - Raqqah" when the tokenizer split the hyphen.
        Token hyphenToken = s.at(i + 1);
        Token afterHyphen = s.at(i + 2);
        if (SUN_ARTICLES.contains(lower) && !ENGLISH_ARTICLES.contains(lower) && hyphenToken != null
                && hyphenToken.text().equals("-") && afterHyphen != null && afterHyphen.isCapitalized()
                && hyphenToken.begin() == first.end() && afterHyphen.begin() == hyphenToken.end()) {
            return new Shape(i, i + 3, Strength.STRONG);
        }
        if (!first.isCapitalized()) {
            return null;
        }
        int word = nameWordAfter(s, i + 1);
        if (word > 0) {
            Token second = s.token(word);
            // "Mazar-e Sharif", "Sar-e Pol": the connector ends the first token.
            if (lower.matches("\\p{Ll}+-(?:i|e|ye|yi)")) {
                return new Shape(i, word + 1, Strength.STRONG);
            }
            if (STRONG_GENERICS.contains(lower)) {
                return new Shape(i, word + 1, Strength.STRONG);
            }
            if (SUN_ARTICLES.contains(lower) && word == i + 1) {
                return new Shape(i, word + 1, ENGLISH_ARTICLES.contains(lower) ? Strength.WEAK : Strength.STRONG);
            }
            if (WEAK_GENERICS.contains(lower)) {
                return new Shape(i, word + 1, Strength.WEAK);
            }
            // "Mazar i Sharif" written apart.
            Token middle = s.at(i + 1);
            if (middle != null && word == i + 2 && Gazetteer.CONNECTORS.contains(middle.text())
                    && second.isCapitalized()) {
                return new Shape(i, word + 1, Strength.STRONG);
            }
        }
        if (PLACE_ENDING.matcher(first.text()).matches() && !isAllCaps(first.text())) {
            return new Shape(i, i + 1, Strength.WEAK);
        }
        return null;
    }

    /**
     * The index of the capitalized word that follows the generic at k, over one article between them ("Ras al-Ayn",
     * "Dayr Az Zayr", "Jabal al Zawiya"); -1 if there is none.
     */
    private static int nameWordAfter(Sentence s, int k) {
        Token next = s.at(k);
        if (next == null) {
            return -1;
        }
        String lower = next.lower();
        if (Gazetteer.startsName(next) && !next.isCapitalized()) {
            return k; // "al-Zawiya"
        }
        if (Gazetteer.ARTICLES.contains(lower) || Gazetteer.CONNECTORS.contains(lower)) {
            int word = s.at(k + 1) != null && s.token(k + 1).text().equals("-") ? k + 2 : k + 1;
            Token after = s.at(word);
            return after != null && after.isCapitalized() && isWord(after) ? word : -1;
        }
        return next.isCapitalized() && isWord(next) && !isAllCaps(next.text()) ? k : -1;
    }

    private static boolean isWord(Token t) {
        return t.text().codePoints().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’');
    }

    private static boolean capitalAfter(String text, int hyphen) {
        return hyphen + 1 < text.length() && Character.isUpperCase(text.charAt(hyphen + 1));
    }

    private static boolean isAllCaps(String text) {
        return text.length() > 1 && text.equals(text.toUpperCase(Locale.ROOT));
    }
}
