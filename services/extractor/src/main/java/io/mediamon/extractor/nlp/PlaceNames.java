package io.mediamon.extractor.nlp;

import java.util.Set;

/**
 * Keeps places places: a name that the gazetteer lists or that is shaped like a romanized place name (see
 * {@link PlaceShape}) is retagged LOCATION over its whole extent when the evidence agrees, whatever CoreNLP's CRF
 * made of it ("Near Ash Shaddadi" tagged PERSON "Ash Shaddadi", "Lashkar Gah" ORGANIZATION).
 *
 * <p>A listed name alone never overrides a person, because many place names are also people's names (Washington,
 * Jackson, Florence): it takes a second piece of evidence, either the words around the name ("in", "near",
 * "outside", "north of", "the town of X", "X province", "X, Syria", a neighbour in a list of places) or a place shape.
 * A strong shape ("Jabal ...", "Wadi ...", "Ar ...") is enough on its own. Spans CoreNLP tagged that run past the
 * candidate ("Kandahar Airfield Command") are left to CoreNLP.
 */
final class PlaceNames {

    /** Words before a name that put it on the map; "from" and "to" do not ("a letter from Jackson"). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside", "inside", "around",
            "across", "throughout", "nearby", "outskirts");
    /** Words of movement that a place follows, and a person too ("hatred directed toward Palin"): with a shape. */
    private static final Set<String> TOWARD = Set.of("toward", "towards", "into", "from", "to");
    /** "north of X", "the outskirts of X". */
    private static final Set<String> BEFORE_OF = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "outskirts", "suburbs", "outside", "heart", "centre", "center");
    private static final Set<String> LIST_WORDS = Set.of(",", "and", "or", "&", ";");

    private PlaceNames() {
    }

    /**
     * Rewrites tags[] to LOCATION over each place found and marks runStart[] at its edges and place[] over it (the
     * evidence is strong enough that the mention's entity is a place, see EntityResolver's types). Tokens in fixed[]
     * (the alias file's names) are not touched.
     */
    static void mark(Sentence s, Vocabulary vocabulary, String[] tags, boolean[] runStart, boolean[] place,
                     boolean[] fixed) {
        for (int i = 0; i < s.size(); i++) {
            Gazetteer.Match listed = vocabulary.places.longestAt(s, i, s.size());
            PlaceShape.Shape shape = PlaceShape.at(s, i);
            if (listed == null && shape == null) {
                continue;
            }
            int end = Math.max(listed == null ? 0 : listed.end(), shape == null ? 0 : shape.end());
            boolean known = listed != null && listed.end() == end;
            PlaceShape.Strength strength = shape != null && shape.end() == end ? shape.strength()
                    : PlaceShape.Strength.NONE;
            if (anyFixed(fixed, i, end) || crossesSpan(tags, i, end) || hyphenatedToAWord(s, i, end)) {
                continue;
            }
            Verdict verdict = verdict(s, vocabulary, tags, i, end, known ? listed.kind() : null, strength);
            if (verdict == Verdict.NO) {
                continue;
            }
            for (int k = i; k < end; k++) {
                tags[k] = "LOCATION";
                place[k] |= verdict == Verdict.PLACE;
            }
            runStart[i] = true;
            if (end < s.size()) {
                runStart[end] = true;
            }
            i = end - 1;
        }
    }

    /**
     * What the evidence says of a name: no place; a place in this sentence only (a neighbour in a list: CoreNLP's
     * tags are changed but the entity's type is still decided by all its mentions, as "Obama and Clinton" after a
     * mistagged "Obama" must not make the president a place); or a place (the entity is one).
     */
    private enum Verdict { NO, RETAG, PLACE }

    private static Verdict verdict(Sentence s, Vocabulary vocabulary, String[] tags, int from, int to,
                                   Gazetteer.Kind kind, PlaceShape.Strength shape) {
        boolean known = kind != null;
        boolean shaped = shape != PlaceShape.Strength.NONE;
        boolean tagged = false;
        boolean person = false;
        boolean organization = false;
        for (int k = from; k < to; k++) {
            tagged |= !tags[k].equals(Token.OUTSIDE);
            person |= tags[k].equals("PERSON");
            organization |= tags[k].equals("ORGANIZATION");
        }
        if (!tagged && to - from == 1 && !shaped) {
            return Verdict.NO; // a single word CoreNLP did not take for a name: "in March", "in Reading" is rare
        }
        if (before(s, from) != null && vocabulary.isTitle(before(s, from))) {
            return Verdict.NO; // "Mr. Bush", "President Jackson"
        }
        if (kind == Gazetteer.Kind.COUNTRY && !person && !organization) {
            return Verdict.PLACE; // a country CoreNLP missed or cut: "Dominican Republic"
        }
        Token after = s.at(to);
        if (shape == PlaceShape.Strength.STRONG && after != null && after.isCapitalized() && after.isWord()) {
            shape = PlaceShape.Strength.WEAK; // "Tall Grass Distribution Ltd": the name goes on
            shaped = true;
        }
        if (shape == PlaceShape.Strength.STRONG || (known && shaped)) {
            return Verdict.PLACE;
        }
        Token before = before(s, from);
        if (shaped && before != null && TOWARD.contains(before.lower())) {
            return Verdict.PLACE; // "moved toward Wadi Sahm"
        }
        if ((!known && !shaped) || (after != null && Grammar.isPossessiveMarker(after))) {
            return Verdict.NO; // "in Jackson's view", "Hulu and Ora's site"
        }
        if (inPlaceContext(s, vocabulary, from, to)) {
            return Verdict.PLACE;
        }
        return !organization && listedWithPlace(s, vocabulary, tags, from, to) ? Verdict.RETAG : Verdict.NO;
    }

    private static Token before(Sentence s, int from) {
        return s.at(from - 1);
    }

    /** The words around [from, to) say it is a place: "in", "near", "north of", "the town of", "X province". */
    static boolean inPlaceContext(Sentence s, Vocabulary vocabulary, int from, int to) {
        Token before = s.at(from - 1);
        Token after = s.at(to);
        if (before != null && PLACE_PREPOSITIONS.contains(before.lower())) {
            return true;
        }
        Token beforeOf = s.at(from - 2);
        if (before != null && before.is("of") && beforeOf != null
                && (BEFORE_OF.contains(beforeOf.lower()) || vocabulary.isPlaceNoun(beforeOf))) {
            return true;
        }
        if (after != null && after.isLowercaseWord() && vocabulary.isPlaceNoun(after)) {
            return true; // "Kunduz province"
        }
        if (after != null && after.text().equals(",") && to + 1 < s.size() && isRegionOrCountry(s, vocabulary,
                to + 1)) {
            return true; // "Tikrit, Iraq"
        }
        return false;
    }

    /**
     * "Homs and X", "X, Hama and Idlib": the next or previous item of a list is a place. A comma alone is no list
     * ("At Chicago, Bush has ..."): the name must be joined by "and" or "or", or stand between two separators; and a
     * place that describes a person is no list item ("Mitchell and Mississippi Sen. Eastland"). Not for what CoreNLP
     * took for an organisation ("Venezuela and Copei parties").
     */
    private static boolean listedWithPlace(Sentence s, Vocabulary vocabulary, String[] tags, int from, int to) {
        Token before = s.at(from - 1);
        Token after = s.at(to);
        boolean beforeIsSeparator = before != null && LIST_WORDS.contains(before.lower());
        boolean afterIsSeparator = after != null && LIST_WORDS.contains(after.lower());
        if (afterIsSeparator && (beforeIsSeparator || !after.text().equals(","))) {
            int k = to + 1;
            if (k < s.size() && after.text().equals(",") && s.token(k).is("and")) {
                k++;
            }
            if (k < s.size() && tags[k].equals("LOCATION") && !describesPerson(s, vocabulary, tags, k)) {
                return true;
            }
        }
        if (beforeIsSeparator && (afterIsSeparator || !before.text().equals(","))) {
            int k = from - 2;
            if (k >= 0 && before.is("and") && s.token(k).text().equals(",")) {
                k--;
            }
            return k >= 0 && tags[k].equals("LOCATION");
        }
        return false;
    }

    /** The place run starting at k is followed by a title or a person's name: "Mississippi Sen. James Eastland". */
    private static boolean describesPerson(Sentence s, Vocabulary vocabulary, String[] tags, int k) {
        int end = k;
        while (end < s.size() && tags[end].equals("LOCATION")) {
            end++;
        }
        Token next = s.at(end);
        return next != null && (tags[end].equals("PERSON") || vocabulary.isTitle(next));
    }

    private static boolean isRegionOrCountry(Sentence s, Vocabulary vocabulary, int k) {
        Gazetteer.Match m = vocabulary.places.longestAt(s, k, s.size());
        return m != null && m.kind() != Gazetteer.Kind.POPULATED_PLACE;
    }

    /**
     * "India-Pakistan talks", "Kabul-based": a name joined by a hyphen to another word is part of a compound
     * modifier (see {@link CompoundModifier}), not a mention of the place.
     */
    private static boolean hyphenatedToAWord(Sentence s, int from, int to) {
        Token before = s.at(from - 1);
        Token after = s.at(to);
        return (before != null && before.text().equals("-") && before.end() == s.token(from).begin())
                || (after != null && after.text().equals("-") && after.begin() == s.token(to - 1).end());
    }

    private static boolean anyFixed(boolean[] fixed, int from, int to) {
        for (int k = from; k < to; k++) {
            if (fixed[k]) {
                return true;
            }
        }
        return false;
    }

    /** Whether a CoreNLP span starts before the range and runs into it, or starts inside it and runs past it. */
    private static boolean crossesSpan(String[] tags, int from, int to) {
        boolean left = from > 0 && !tags[from].equals(Token.OUTSIDE) && tags[from - 1].equals(tags[from]);
        boolean right = to < tags.length && !tags[to].equals(Token.OUTSIDE) && tags[to].equals(tags[to - 1]);
        return left || right;
    }
}
