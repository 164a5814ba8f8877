package io.mediamon.extractor.nlp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A CRF model's word function (CoreNLP's distsim models rewrite British spellings with {@code AmericanizeFunction})
 * behind a memo. CoreNLP applies the function to a token's word each time a feature reads the word, about ten times
 * per token, and Americanize tries a list of regular expressions on every call: 6 to 7 % of the tagger's CPU (JFR,
 * README Benchmark). The function is pure, so the tags are exactly what they were.
 *
 * <p>Thread-safe; bounded: the memo is emptied when it reaches {@link #MAX_WORDS} distinct words (news vocabulary
 * keeps growing with names), which costs one recomputation per word.
 */
final class MemoizedWordFunction implements Function<String, String> {
    static final int MAX_WORDS = 100_000;

    private final Function<String, String> function;
    private final Map<String, String> memo = new ConcurrentHashMap<>();

    MemoizedWordFunction(Function<String, String> function) {
        this.function = function;
    }

    Function<String, String> function() {
        return function;
    }

    @Override
    public String apply(String word) {
        if (word == null) {
            return function.apply(null);
        }
        String result = memo.get(word);
        if (result == null) {
            result = function.apply(word);
            if (result != null) {
                if (memo.size() >= MAX_WORDS) {
                    memo.clear();
                }
                memo.put(word, result);
            }
        }
        return result;
    }
}
