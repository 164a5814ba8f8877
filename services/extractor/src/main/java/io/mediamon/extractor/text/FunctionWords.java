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

    private FunctionWords() {
    }

    /** The language whose function words make up the largest share of the text, or null if none is clear. */
    static String language(String text) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            hits.put(language, 0);
        }
        int words = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            boolean stopWord = false;
            for (String language : LANGUAGES) {
                if (STOP_WORDS.get(language).contains(word)) {
                    hits.merge(language, 1, Integer::sum);
                    stopWord = true;
                }
            }
            // Names are not words of any language: news text is dense with them, and they would dilute the share.
            if (stopWord || !Character.isUpperCase(m.group().codePointAt(0))) {
                words++;
            }
        }
        if (words < MIN_WORDS) {
            return null;
        }
        String best = null;
        int bestHits = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            // Strictly more: on a tie the language listed first (English, the common case) wins.
            if (e.getValue() > bestHits) {
                best = e.getKey();
                bestHits = e.getValue();
            }
        }
        return bestHits >= MIN_SHARE * words ? best : null;
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
