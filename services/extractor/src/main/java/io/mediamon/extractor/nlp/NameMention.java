package io.mediamon.extractor.nlp;

import io.mediamon.schema.EntityType;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One occurrence of a name in the text, titles stripped ("Ali Khamenei" from "Ayatollah Ali Khamenei").
 *
 * <p>The resolver fills in canonical name and type; after {@link EntityResolver#resolve} the mention is not changed.
 */
final class NameMention {

    final int sentence;
    /** Token range [start, end) in the sentence. */
    final int start;
    final int end;
    /** Character range in the clean text. */
    final int begin;
    final int endChar;
    /** The mention as written. */
    final String text;
    /** The name used for matching: the written form without a nickname in quotes. */
    final String name;
    /** CoreNLP's class for the span (PERSON, ORGANIZATION, LOCATION, MISC), or "DEMONYM" for a lexicon hit. */
    final String nerClass;
    /** Set for nationality words: the country they stand for. */
    final String demonymCountry;
    /** Titles and roles written next to the name ("spokesman", "secretary"): lowercase, no periods. */
    final Set<String> roles = new LinkedHashSet<>();
    /** The same roles as first written ("Gen.", "Secretary"), by their lowercase form. */
    private final Map<String, String> roleForms = new LinkedHashMap<>();

    /** A MISC name used as a noun ("the Taliban have"), which makes it a group rather than an adjective. */
    boolean usedAsNoun;
    /** Written where only a place can be: "the town of X", "X province". */
    boolean placeCue;
    /** "U.S.-led": a name made into an adjective by a hyphenated word (CompoundModifier); typed MISC. */
    boolean modifier;
    /** An acronym the document introduced for a longer name ("(SNSC)"). */
    boolean acronym;

    String canonical;
    EntityType type;

    NameMention(int sentence, int start, int end, int begin, int endChar, String text, String name, String nerClass,
                String demonymCountry) {
        this.sentence = sentence;
        this.start = start;
        this.end = end;
        this.begin = begin;
        this.endChar = endChar;
        this.text = text;
        this.name = name;
        this.nerClass = nerClass;
        this.demonymCountry = demonymCountry;
    }

    /** Adds a role as written; matching uses its lowercase form without periods ("Gen." -> "gen"). */
    void addRole(String written) {
        String key = String.join(" ", PhraseMatcher.pieces(written));
        if (!key.isEmpty() && roles.add(key)) {
            roleForms.put(key, written);
        }
    }

    /** The roles as first written, keyed by their matching form. */
    Map<String, String> roleForms() {
        return Collections.unmodifiableMap(roleForms);
    }

    boolean isDemonym() {
        return demonymCountry != null;
    }

    /** How the mention takes part in an event or speaks: a nationality stands for its country. */
    String participantName() {
        return isDemonym() ? demonymCountry : canonical;
    }

    EntityType participantType() {
        return isDemonym() ? EntityType.LOCATION : type;
    }

    @Override
    public String toString() {
        return text + "[" + canonical + "/" + type + "@" + begin + "]";
    }
}
