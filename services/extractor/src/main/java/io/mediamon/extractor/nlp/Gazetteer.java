package io.mediamon.extractor.nlp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The world's place names (places.tsv: countries, provinces and towns of at least 15,000 people, from GeoNames; see
 * places-NOTICE.txt), looked up by a spelling-tolerant key over a span of tokens. One hash lookup per candidate span:
 * spans start at a capitalized token and run over at most {@link #MAX_TOKENS} tokens.
 *
 * <p>A name in the list is no proof of a place: Washington, Jackson, Florence and Victoria are people too. The list
 * is evidence that {@link PlaceNames} weighs with the words around the name.
 */
final class Gazetteer {

    /** What kind of place a name is; a name listed as several keeps the strongest (country first). */
    enum Kind { POPULATED_PLACE, DIVISION, COUNTRY }

    record Match(int start, int end, Kind kind) {
    }

    /** The longest name in the list has five words; hyphens and apostrophes may add tokens. */
    static final int MAX_TOKENS = 7;

    /**
     * Arabic definite articles as romanized, assimilated or not ("al-", "ar-", "as-", "az-", "ash-", "ad-", "el-",
     * "ez-", ...): "Ar Rutbah", "al-Rutba" and "Rutba" are one place.
     */
    static final Set<String> ARTICLES = Set.of("al", "el", "ar", "er", "as", "es", "az", "ez", "ad", "ed", "adh",
            "an", "en", "at", "et", "ath", "ash", "esh", "ech", "ul");
    /** Persian and Pashto connectors (ezafe): "Sar-i-Pul", "Sar-e Pul", "Sar-e Pol". */
    static final Set<String> CONNECTORS = Set.of("i", "e", "ye", "yi", "e'");

    private static final java.util.regex.Pattern ROMAN_NUMERAL = java.util.regex.Pattern.compile("[IVX]+");

    private final Map<String, Kind> kinds = new HashMap<>();

    private Gazetteer() {
    }

    /** Reads the file (under mediamon/nlp/): "name TAB kind" (C, R or P), # comments. */
    static Gazetteer load(String file) {
        Gazetteer g = new Gazetteer();
        for (String[] row : ResourceFile.rows(file)) {
            Kind kind = switch (row.length > 1 ? row[1] : "P") {
                case "C" -> Kind.COUNTRY;
                case "R" -> Kind.DIVISION;
                default -> Kind.POPULATED_PLACE;
            };
            List<String> words = words(row[0]);
            g.put(key(words, 0), kind);
            if (words.size() > 1 && ARTICLES.contains(words.get(0))) {
                String bare = key(words, 1);
                if (bare.length() >= 4) {
                    g.put(bare, kind); // "Ar Rutbah" is also written "Rutbah"
                }
            }
        }
        return g;
    }

    private void put(String key, Kind kind) {
        if (!key.isEmpty()) {
            kinds.merge(key, kind, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
    }

    int size() {
        return kinds.size();
    }

    /** The kind of the place the text names, or null. */
    Kind kindOf(String name) {
        return kinds.get(key(words(name), 0));
    }

    /**
     * The longest listed name that starts at token i and ends before limit: only names written as names (starting
     * with a capital, or with an article joined to a capitalized word as in "al-Rutba") and made of words, hyphens
     * and apostrophes.
     */
    Match longestAt(Sentence s, int i, int limit) {
        if (!startsName(s.token(i)) || isEnglishArticleBeforeShortWord(s, i)) {
            return null;
        }
        Match best = null;
        GrowingKey key = new GrowingKey();
        int end = Math.min(limit, i + MAX_TOKENS);
        for (int k = i; k < end; k++) {
            Token t = s.token(k);
            if (k > i && !continuesName(t)) {
                break;
            }
            words(t.text()).forEach(key::add);
            if (!t.isWord() || (!t.isCapitalized() && !t.text().contains("-"))) {
                continue; // a name ends with a capitalized word ("Ras al-Ayn", not "Ras al" nor "Iran -")
            }
            Kind kind = kinds.get(key.toString());
            if (kind != null) {
                best = new Match(i, k + 1, kind);
            }
        }
        return best;
    }

    /** "As A ...", "At Sea ...": title case, not "As Suwayda"; an article stands before a word of four letters. */
    private static boolean isEnglishArticleBeforeShortWord(Sentence s, int i) {
        String first = s.token(i).lower();
        Token next = s.at(i + 1);
        return (first.equals("as") || first.equals("at") || first.equals("an"))
                && (next == null || next.text().length() < 4);
    }

    static boolean startsName(Token t) {
        return t.isCapitalized() || (t.isLowercaseWord() && t.text().indexOf('-') > 0
                && ARTICLES.contains(t.lower().substring(0, t.text().indexOf('-'))));
    }

    /**
     * Capitalized words (not Roman numerals: "World War II" is no "Wari"), hyphens, apostrophes and the particles
     * of names ("Ras al-Ayn", "Rio de Janeiro"). Not "and": "Bosnia and Herzegovina" is written as two names as
     * often as one, and annotated so.
     */
    private static boolean continuesName(Token t) {
        String w = t.text();
        if (t.isCapitalized()) {
            return !ROMAN_NUMERAL.matcher(w).matches();
        }
        if (w.equals("-") || w.equals("'") || w.equals("’")) {
            return true;
        }
        String lower = t.lower();
        return t.isLowercaseWord() && (ARTICLES.contains(lower) || CONNECTORS.contains(lower) || w.contains("-")
                || (Grammar.isFunctionWord(t) && !Grammar.CONJUNCTIONS.contains(lower)));
    }

    /** Lower-case words without accents, split at spaces, hyphens and apostrophes (letters and digits kept). */
    static List<String> words(String name) {
        String folded = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
        String plain = folded.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int k = 0; k < plain.length(); k++) {
            char c = plain.charAt(k);
            if (Character.isLetterOrDigit(c)) {
                w.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && !w.isEmpty()) {
                words.add(w.toString());
                w.setLength(0);
            }
        }
        if (!w.isEmpty()) {
            words.add(w.toString());
        }
        return words;
    }

    private static boolean isAscii(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) >= 128) {
                return false;
            }
        }
        return true;
    }

    /**
     * The key of a name from word `from` on: every article reads "al", every connector "i", and the spellings that
     * romanizations of one name vary in are folded (q = k, doubled letters once, "ou" = "u", "aw" = "o", "ei", "ai"
     * and "ey" = "ay", a final "h" after a vowel dropped): "Deir ez-Zor" = "Dayr az Zawr", "Hasakah" = "Hasaka".
     */
    static String key(List<String> words, int from) {
        GrowingKey key = new GrowingKey();
        words.subList(from, words.size()).forEach(key::add);
        return key.toString();
    }

    /**
     * The key of a name read word by word, each word's spelling folded once: every span of up to seven tokens from
     * each capitalised word is looked up, and building each span's key anew was most of the place rules' cost.
     */
    private static final class GrowingKey {
        /** The words before the last one, as they read inside a name (an article as "al", a connector as "i"). */
        private final StringBuilder inner = new StringBuilder();
        private String lastWord;
        private String lastSpelling;
        private int words;

        void add(String word) {
            if (lastWord != null) {
                boolean connector = words > 1 && CONNECTORS.contains(lastWord);
                inner.append(ARTICLES.contains(lastWord) ? "al" : connector ? "i" : lastSpelling);
            }
            lastWord = word;
            lastSpelling = spelling(word);
            words++;
        }

        @Override
        public String toString() {
            return lastWord == null ? "" : inner + lastSpelling;
        }
    }

    private static String spelling(String word) {
        String w = word.replace('q', 'k').replace("ou", "u").replace("aw", "o")
                .replace("ei", "ay").replace("ai", "ay").replace("ey", "ay");
        StringBuilder b = new StringBuilder(w.length());
        for (int k = 0; k < w.length(); k++) {
            if (k == 0 || w.charAt(k) != w.charAt(k - 1)) {
                b.append(w.charAt(k));
            }
        }
        int len = b.length();
        if (len > 3 && b.charAt(len - 1) == 'h' && "aeiou".indexOf(b.charAt(len - 2)) >= 0) {
            b.setLength(len - 1);
        }
        return b.toString();
    }
}
