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
 * @param tag   CoreNLP's part of speech (Penn tags: VBD, NNP, ...), or "" when the text was not parsed
 * @param head  index of the token's head in the dependency parse, -1 for the root or when not parsed
 * @param relation the Universal Dependencies relation to the head ("nsubj", "ccomp", ...), "" for the root or when
 *                 not parsed
 */
record Token(int index, String text, int begin, int end, String ner, String tag, int head, String relation) {

    static final String OUTSIDE = "O";

    /** A token without a parse (built from a word list, not from CoreNLP). */
    Token(int index, String text, int begin, int end, String ner) {
        this(index, text, begin, end, ner, "", -1, "");
    }

    boolean isVerb() {
        return tag.startsWith("VB");
    }

    /** The relation without its subtype: "nsubj" for "nsubj:pass", "obl" for "obl:tmod". */
    String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

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
