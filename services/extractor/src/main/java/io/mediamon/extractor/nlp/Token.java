package io.mediamon.extractor.nlp;

import java.util.Locale;

/**
 * One token of the clean text as CoreNLP tokenized and tagged it.
 *
 * @param index position in its sentence
 * @param text  the token as written (a substring of the clean text)
 * @param begin character offset of the token in the clean text, inclusive
 * @param end   character offset, exclusive
 * @param ner   CoreNLP's class: PERSON, ORGANIZATION, LOCATION, MISC or O
 */
record Token(int index, String text, int begin, int end, String ner) {

    static final String OUTSIDE = "O";

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    boolean isWord() {
        return !text.isEmpty() && Character.isLetter(text.codePointAt(0));
    }

    boolean isLowercaseWord() {
        return isWord() && Character.isLowerCase(text.codePointAt(0));
    }

    boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }
}
