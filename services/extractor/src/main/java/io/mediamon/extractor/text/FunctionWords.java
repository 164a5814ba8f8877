package io.mediamon.extractor.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the language of a short text from its share of frequent function words ("the", "of", "der", "les"), for
 * the seven languages with a list under mediamon/text/stopwords/. Function words are 30-50% of running text, so
 * one sentence is enough, where character n-gram models (Lingua's low accuracy mode) are unreliable.
 */
final class FunctionWords {

    private static final String[] LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "nl"};
    private static final Map<String, Set<String>> STOP_WORDS = load();
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");
    /** Below this share of function words the text is not running prose in that language. */
    private static final double MIN_SHARE = 0.15;
    private static final int MIN_WORDS = 3;
    private static final double DOMINANT_SHARE = 0.3;
    private static final double DOMINANT_RATIO = 3;
    private static final int DOMINANT_MIN_WORDS = 20;

    private FunctionWords() {
    }

    /** The language whose function words make up the largest share of the text, or null if none is clear. */
    static String language(String text) {
        Shares shares = count(text);
        return shares.words() >= MIN_WORDS && shares.best() != null && shares.bestHits() >= MIN_SHARE * shares.words()
                ? shares.best() : null;
    }

    /**
     * The language of running prose in which one language's function words are beyond doubt: at least
     * {@link #DOMINANT_SHARE} of the words, and {@link #DOMINANT_RATIO} times the next language's. Ordinary prose in
     * one of the listed languages passes (function words are 30-50 % of it); a language not listed, or two close
     * listed ones (Spanish and Portuguese share many), do not, and are left to the character models.
     */
    static String dominantLanguage(String text) {
        Shares shares = count(text);
        return shares.words() >= DOMINANT_MIN_WORDS && shares.best() != null
                && shares.bestHits() >= DOMINANT_SHARE * shares.words()
                && shares.bestHits() >= DOMINANT_RATIO * shares.secondHits() ? shares.best() : null;
    }

    /** How many words the text has, and how many of them are function words of the two best languages. */
    private record Shares(int words, String best, int bestHits, int secondHits) {
    }

    private static Shares count(String text) {
        int[] hits = new int[LANGUAGES.length];
        int words = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            boolean stopWord = false;
            for (int i = 0; i < LANGUAGES.length; i++) {
                if (STOP_WORDS.get(LANGUAGES[i]).contains(word)) {
                    hits[i]++;
                    stopWord = true;
                }
            }
            // Names are not words of any language: news text is dense with them, and they would dilute the share.
            if (stopWord || !Character.isUpperCase(m.group().codePointAt(0))) {
                words++;
            }
        }
        int best = -1;
        int second = 0;
        for (int i = 0; i < LANGUAGES.length; i++) {
            // Strictly more: on a tie the language listed first (English, the common case) wins.
            if (hits[i] > (best < 0 ? 0 : hits[best])) {
                second = best < 0 ? second : Math.max(second, hits[best]);
                best = i;
            } else {
                second = Math.max(second, hits[i]);
            }
        }
        return new Shares(words, best < 0 ? null : LANGUAGES[best], best < 0 ? 0 : hits[best], second);
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> all = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            String path = "/mediamon/text/stopwords/" + language + ".txt";
            Set<String> words = new HashSet<>();
            try (InputStream in = FunctionWords.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + path);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = reader.readLine()) != null; ) {
                    if (!line.startsWith("#")) {
                        for (String w : line.trim().split("\\s+")) {
                            if (!w.isEmpty()) {
                                words.add(w.toLowerCase(Locale.ROOT));
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
            all.put(language, Set.copyOf(words));
        }
        return Map.copyOf(all);
    }
}
