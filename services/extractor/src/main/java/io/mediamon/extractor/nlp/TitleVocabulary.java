package io.mediamon.extractor.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * The titles of the entity layer (titles.txt: "Mr.", "President", "Prime Minister", "Gen.", ...) for code outside
 * the package, such as the evaluation's gold normalization, which must strip exactly the titles mediamon strips.
 */
public final class TitleVocabulary {

    private TitleVocabulary() {
    }

    /**
     * How many of the leading words are titles: 2 for "Prime Minister Jane Doe", 1 for "Mr. Doe", all of them for
     * "Prime Minister" alone.
     */
    public static int leadingTitleWords(List<String> words) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String word : words) {
            tokens.add(new Token(tokens.size(), word, offset, offset + word.length(), Token.OUTSIDE));
            offset += word.length() + 1;
        }
        Sentence sentence = new Sentence(0, 0, offset, tokens);
        PhraseMatcher<Boolean> titles = Vocabulary.get().titles;
        int start = 0;
        while (start < tokens.size()) {
            PhraseMatcher.Match<Boolean> title = titles.longestAt(sentence, start);
            if (title == null) {
                break;
            }
            start = title.end();
        }
        return start;
    }
}
