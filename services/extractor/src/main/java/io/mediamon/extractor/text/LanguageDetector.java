package io.mediamon.extractor.text;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The language of an article, as an ISO 639-1 code, by Lingua's character n-gram models for the languages listed
 * in mediamon/text/languages.txt.
 *
 * <p>Lingua runs in its low accuracy mode: only trigram models are loaded, about 25 MB of heap and 0.4 s for the
 * listed languages, against about 560 MB and 3 s for the full models, which only make a difference on texts under
 * about 120 characters. For those short texts a clear share of function words of one language (see
 * {@link FunctionWords}) decides first, and for longer ones a share that leaves no doubt. Thread-safe: the models are loaded at construction and only read after;
 * create one per analyzer.
 */
public final class LanguageDetector {

    /** Code returned when no language is recognised. */
    public static final String UNDETERMINED = "und";

    private static final String LANGUAGES = "/mediamon/text/languages.txt";
    /**
     * Enough text for a stable answer: over three times the length from which Lingua's low accuracy mode is reliable.
     * The cost grows with the length; at 1,000 characters detection was a quarter of the analyzer's own CPU, beside
     * CoreNLP's (JFR, README Benchmark).
     */
    private static final int SAMPLE_CHARS = 400;
    /** Below this length Lingua's low accuracy mode is unreliable (its documentation says 120 characters). */
    private static final int SHORT_TEXT_CHARS = 120;
    private static final int MIN_LETTERS = 3;
    /** Acronyms and names in capitals ("NATO", "ISIS") are no evidence of a language. */
    private static final Pattern ALL_CAPS_WORD = Pattern.compile("\\b\\p{Lu}[\\p{Lu}.]+\\b");

    private final com.github.pemistahl.lingua.api.LanguageDetector lingua;

    private LanguageDetector(com.github.pemistahl.lingua.api.LanguageDetector lingua) {
        this.lingua = lingua;
    }

    /** Loads the models of the listed languages (about 0.4 s). */
    public static LanguageDetector load() {
        return new LanguageDetector(LanguageDetectorBuilder.fromLanguages(languages().toArray(new Language[0]))
                .withLowAccuracyMode()
                .withPreloadedLanguageModels()
                .build());
    }

    /** ISO 639-1 code of the text's language ("en", "de", ...) or {@value #UNDETERMINED}. */
    public String detect(String text) {
        String sample = sample(text);
        String evidence = ALL_CAPS_WORD.matcher(sample).replaceAll(" ");
        if (evidence.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return UNDETERMINED;
        }
        // Short texts: a clear share of function words decides where the character models are unreliable. Longer
        // ones: where the function words leave no doubt (most news), the character models are not run at all: they
        // were about 3 % of the analyzer's CPU (JFR, README Benchmark).
        String byFunctionWords = evidence.strip().length() < SHORT_TEXT_CHARS ? FunctionWords.language(evidence)
                : FunctionWords.dominantLanguage(evidence);
        if (byFunctionWords != null) {
            return byFunctionWords;
        }
        Language language = lingua.detectLanguageOf(evidence);
        return language == Language.UNKNOWN ? UNDETERMINED
                : language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    /** The start of the text, cut at a space. */
    private static String sample(String text) {
        if (text.length() <= SAMPLE_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SAMPLE_CHARS);
        return text.substring(0, cut > SAMPLE_CHARS / 2 ? cut : SAMPLE_CHARS);
    }

    static List<Language> languages() {
        List<Language> languages = new ArrayList<>();
        try (InputStream in = LanguageDetector.class.getResourceAsStream(LANGUAGES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + LANGUAGES);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String code = line.strip();
                if (code.isEmpty() || code.startsWith("#")) {
                    continue;
                }
                languages.add(language(code));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LANGUAGES, e);
        }
        if (languages.size() < 2) {
            throw new IllegalStateException(LANGUAGES + " must list at least two languages");
        }
        return languages;
    }

    private static Language language(String code) {
        for (IsoCode639_1 iso : IsoCode639_1.values()) {
            if (iso.name().equalsIgnoreCase(code)) {
                Language language = Language.getByIsoCode639_1(iso);
                if (language != Language.UNKNOWN) {
                    return language;
                }
            }
        }
        throw new IllegalStateException(LANGUAGES + ": Lingua has no language with ISO 639-1 code '" + code + "'");
    }
}
