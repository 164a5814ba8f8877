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
 * Guesses the language of a text from the share of its words that are frequent function words of a language.
 *
 * <p>Lightweight on purpose: the extractor only needs to know whether its English NER models apply. Function words
 * make up 30-50% of running text in the languages listed, so even a paragraph is enough.
 */
public final class LanguageDetector {

    /** ISO 639-1 code returned when no language is recognised. */
    public static final String UNDETERMINED = "und";

    private static final String[] LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "nl"};
    private static final Map<String, Set<String>> STOP_WORDS = loadStopWords();
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");
    /** Words looked at: enough for a stable ratio, bounded for very long texts. */
    private static final int SAMPLE_WORDS = 3_000;
    /** Below this share of function words the text is not running prose in that language. */
    private static final double MIN_SHARE = 0.15;
    private static final int MIN_WORDS = 3;

    private LanguageDetector() {
    }

    /** ISO 639-1 code of the text's language ("en", "de", ...) or {@value #UNDETERMINED}. */
    public static String detect(String text) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            hits.put(language, 0);
        }
        int words = 0;
        Matcher m = WORD.matcher(text);
        while (m.find() && words < SAMPLE_WORDS) {
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
            return UNDETERMINED;
        }
        String best = UNDETERMINED;
        int bestHits = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            // Strictly more: on a tie the language listed first (English, the common case) wins.
            if (e.getValue() > bestHits) {
                best = e.getKey();
                bestHits = e.getValue();
            }
        }
        return bestHits >= MIN_SHARE * words ? best : UNDETERMINED;
    }

    private static Map<String, Set<String>> loadStopWords() {
        Map<String, Set<String>> all = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            String path = "/mediamon/text/stopwords/" + language + ".txt";
            Set<String> words = new HashSet<>();
            try (InputStream in = LanguageDetector.class.getResourceAsStream(path)) {
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
