package io.mediamon.extractor.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Acronyms a document introduces: "the Supreme National Security Council (SNSC)" makes every "SNSC" of the document
 * the council. The acronym must spell the initials of the name's words (with or without its function words:
 * "Islamic State of Iraq and the Levant (ISIL)"), so that "(AP)" after a name or a parenthetical country code is not
 * taken for one.
 */
final class Acronyms {

    private static final int MIN_LENGTH = 2;
    private static final int MAX_LENGTH = 10;

    /** Acronym (as written) to the mention of its long form. */
    private final Map<String, NameMention> longForms = new HashMap<>();

    private Acronyms() {
    }

    /** The acronyms introduced in the document, with their first introduction. */
    static Acronyms find(List<Sentence> sentences, List<NameMention> mentions) {
        Acronyms acronyms = new Acronyms();
        for (NameMention m : mentions) {
            if (m.isDemonym()) {
                continue;
            }
            Sentence s = sentences.get(m.sentence);
            Token open = s.at(m.end);
            Token acronym = s.at(m.end + 1);
            Token close = s.at(m.end + 2);
            if (open != null && acronym != null && close != null && open.text().equals("(")
                    && close.text().equals(")") && isAcronymOf(acronym.text(), m.name)) {
                acronyms.longForms.putIfAbsent(acronym.text(), m);
            }
        }
        return acronyms;
    }

    /** The long form the acronym stands for in this document, or null. */
    NameMention longForm(String acronym) {
        return longForms.get(acronym);
    }

    boolean isEmpty() {
        return longForms.isEmpty();
    }

    /**
     * Mentions for the acronym's occurrences CoreNLP left untagged (often the one in the parentheses), typed like the
     * long form.
     */
    List<NameMention> untaggedMentions(String text, List<Sentence> sentences, List<NameMention> mentions) {
        List<NameMention> found = new ArrayList<>();
        if (longForms.isEmpty()) {
            return found;
        }
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                NameMention longForm = longForms.get(t.text());
                if (longForm == null || t.begin() < longForm.begin || covered(mentions, t)) {
                    continue;
                }
                found.add(new NameMention(s.index(), t.index(), t.index() + 1, t.begin(), t.end(),
                        text.substring(t.begin(), t.end()), t.text(), longForm.nerClass, null));
            }
        }
        return found;
    }

    private static boolean covered(List<NameMention> mentions, Token t) {
        for (NameMention m : mentions) {
            if (m.begin < t.end() && t.begin() < m.endChar) {
                return true;
            }
        }
        return false;
    }

    static boolean isAcronymOf(String acronym, String name) {
        if (acronym.length() < MIN_LENGTH || acronym.length() > MAX_LENGTH
                || !acronym.codePoints().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                || !Character.isLetter(acronym.codePointAt(0))) {
            return false;
        }
        StringBuilder content = new StringBuilder();
        StringBuilder all = new StringBuilder();
        for (String word : PhraseMatcher.SEPARATORS.split(name)) {
            if (word.isEmpty() || !Character.isLetter(word.codePointAt(0))) {
                continue; // "'s", "&"
            }
            int initial = Character.toUpperCase(word.codePointAt(0));
            all.appendCodePoint(initial);
            if (Character.isUpperCase(word.codePointAt(0))) {
                content.appendCodePoint(initial);
            }
        }
        return acronym.contentEquals(content) || acronym.contentEquals(all);
    }
}
