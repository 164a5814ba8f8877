package io.mediamon.extractor.nlp;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How romanized place names are built, for towns no list has: an Arabic topographic word before the name ("Jabal",
 * "Wadi", "Kafr", "Deir", "Tell" ...), an assimilated Arabic article starting it ("Ash Shaddadi", "as-Sukhnah"), a
 * Persian connector inside it ("Tang-i-Gharu"; groups are named so too), or an ending that makes place names in
 * Persian, Turkic and Slavic languages ("-abad", "-istan", "-grad", "-ovo", "-sk"). CoreNLP's English models have
 * seen few such names and often take them for people ("Abu" and "Al" start names of both).
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
            "kafr", "kfar", "deir", "dayr", "dair", "khirbet", "khirbat", "tal", "tel", "qasr", "qalat", "qala",
            "nahr", "jisr", "marj", "ayn", "ain", "bir", "bayt", "beit", "hayy");
    /**
     * Words that start place names but also people's or organisations' names: "Khan" (Khan Yunis; Imran Khan),
     * "Ras", "Bab", "Umm", "Sidi", "Bandar", "Novi" and the like; "Tall" and "Tell", English words; and the article
     * "Al", an English given name too.
     */
    private static final Set<String> WEAK_GENERICS = Set.of("khan", "ras", "bab", "umm", "sidi", "bandar", "tall",
            "tell", "qalai", "kot", "al", "el", "novi", "novo", "nova", "novy", "novyi", "stari", "stara", "staro",
            "veliki", "velika", "nizhny", "nizhni", "ust", "krasny");
    /**
     * Assimilated articles ("ar-", "as-", "az-", "ash-", "ad-") start place names ("Ar Rutbah", "As Suwayda") and
     * rarely a person's name on its own; "As", "At" and "An" are also English words and "Ash" an English name
     * ("Ash Carter"): those are weak.
     */
    private static final Set<String> SUN_ARTICLES = Set.of("ar", "az", "ash", "adh", "ath", "ad", "ez", "es",
            "ech", "esh", "as", "at", "an");
    private static final Set<String> ENGLISH_ARTICLES = Set.of("as", "at", "an", "ash");
    /** Endings of place names in Persian and Turkic (-abad, -istan, -shahr, -kent) and Slavic languages. */
    private static final Pattern PLACE_ENDING = Pattern.compile(
            "\\p{Lu}\\p{Ll}{3,}(?:abad|istan|stan|shahr|kent|grad|gorod)"
                    + "|\\p{Lu}\\p{Ll}{2,}(?:ovo|evo|ovka|evka|ivka|opol|ovsk|evsk|insk|ansk|ensk|orsk|ersk|irsk"
                    + "|etsk|ysk)");
    /** Persian connector inside one word: "Tang-i-Gharu", "Sar-e-Pul". */
    private static final Pattern CONNECTED = Pattern.compile("\\p{Lu}\\p{Ll}+-(?:i|e|ye|yi)-\\p{Lu}\\p{Ll}+");
    /** Persian connector ending a word: "Sar-e", "Qala-i" before the second word of the name. */
    private static final Pattern ENDS_WITH_CONNECTOR = Pattern.compile("\\p{Lu}\\p{Ll}+-(?:i|e|ye|yi)");

    private PlaceShape() {
    }

    /** The shape of the name that starts at token i, or null when it has none. */
    static Shape at(Sentence s, int i) {
        Token first = s.token(i);
        if (!first.isCapitalized() && !SUN_ARTICLES.contains(first.lower())
                && (first.text().indexOf('-') < 0 || !first.isWord())) {
            return null; // most tokens: cheap way out
        }
        // The tokenizer may split "ar-Rutbah" or "Tang-i-Sorkh" at the hyphens: the word is read whole.
        int wordEnd = compoundEnd(s, i);
        String word = written(s, i, wordEnd);
        int hyphen = word.indexOf('-');
        // "ar-Rutbah", "As-Safira": article and name in one word.
        if (hyphen > 0 && SUN_ARTICLES.contains(word.substring(0, hyphen).toLowerCase(Locale.ROOT))
                && capitalAfter(word, hyphen)) {
            return new Shape(i, wordEnd, Strength.STRONG);
        }
        // Urdu and Persian names of groups are built the same way ("Lashkar-e-Taiba", "Hezb-e-Islami"): weak.
        if (hyphen > 0 && CONNECTED.matcher(word).matches()) {
            return new Shape(i, wordEnd, Strength.WEAK);
        }
        if (!first.isCapitalized()) {
            return null;
        }
        Token next = s.at(wordEnd);
        // "Qala-e Bala", "Sar-e Pol": the connector ends the first word.
        if (hyphen > 0 && ENDS_WITH_CONNECTOR.matcher(word).matches() && next != null && next.isCapitalized()
                && isWord(next)) {
            return new Shape(i, wordEnd + 1, Strength.WEAK);
        }
        if (wordEnd > i + 1) {
            return null;
        }
        String lower = first.lower();
        int after = nameWordAfter(s, i + 1);
        if (after > 0) {
            if (STRONG_GENERICS.contains(lower)) {
                return new Shape(i, after + 1, Strength.STRONG);
            }
            if (SUN_ARTICLES.contains(lower) && after == i + 1) {
                return new Shape(i, after + 1, ENGLISH_ARTICLES.contains(lower) ? Strength.WEAK : Strength.STRONG);
            }
            if (WEAK_GENERICS.contains(lower)) {
                return new Shape(i, after + 1, Strength.WEAK);
            }
            // "Sar i Pul" written apart.
            Token middle = s.at(i + 1);
            if (middle != null && after == i + 2 && Gazetteer.CONNECTORS.contains(middle.text())) {
                return new Shape(i, after + 1, Strength.WEAK);
            }
        }
        if (word.length() >= 6 && PLACE_ENDING.matcher(word).matches() && !isAllCaps(word)) {
            return new Shape(i, i + 1, Strength.WEAK);
        }
        return null;
    }

    /** The end of the word that starts at token i: over hyphens written without spaces ("Tang", "-", "i", ...). */
    private static int compoundEnd(Sentence s, int i) {
        int end = i + 1;
        while (end + 1 < s.size() && s.token(end).text().equals("-")
                && s.token(end).begin() == s.token(end - 1).end()
                && s.token(end + 1).begin() == s.token(end).end() && s.token(end + 1).isWord()) {
            end += 2;
        }
        return end;
    }

    private static String written(Sentence s, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            b.append(s.token(k).text());
        }
        return b.toString();
    }

    /**
     * The index of the capitalized word that follows the generic at k, over one article between them ("Ras al-Ayn",
     * "Jisr ash-Shughur", "Jabal al Zawiya"); -1 if there is none.
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
            return after != null && after.isCapitalized() && isWord(after) && after.text().length() >= 3 ? word : -1;
        }
        return next.isCapitalized() && isWord(next) && !isAllCaps(next.text()) && next.text().length() >= 3 ? k : -1;
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
