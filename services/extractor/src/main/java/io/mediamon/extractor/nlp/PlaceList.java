package io.mediamon.extractor.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A list of places is found whole, one LOCATION per member: "the United States, Britain, France and Saudi Arabia",
 * the same in capitals, or one member a line (a coalition's members as a page lists them), where CoreNLP's CRF
 * misses members or runs them together into one ORGANIZATION across the line breaks.
 *
 * <p>A list is three or more names the gazetteer or the alias file knows as places, separated only by commas,
 * semicolons, "and", "or", "&amp;", "the" or line breaks. A member that is a country or a province becomes a
 * LOCATION whatever CoreNLP said; a town only where CoreNLP did not take it for a person or an organisation
 * ("Jackson, Lincoln and Washington" may be presidents, "Chelsea, Everton and Burnley" clubs).
 */
final class PlaceList {

    private static final Set<String> SEPARATORS = Set.of(",", ";", "and", "or", "&", "the");
    private static final int MIN_MEMBERS = 3;

    private record Member(int start, int end, Gazetteer.Kind kind) {
    }

    private PlaceList() {
    }

    /** Rewrites tags[] over the members of each list of places and marks runStart[] and place[] as PlaceNames. */
    static void mark(Sentence s, String text, Vocabulary vocabulary, String[] tags, boolean[] runStart,
                     boolean[] place, boolean[] fixed) {
        List<Member> list = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            Member m = memberAt(s, vocabulary, i);
            if (m != null && (splitsName(s, text, tags, m.start(), m.end())
                    || nameGoesOn(s, text, m.start(), m.end()))) {
                m = null; // "Central" in "Central Asia", "North" in "the North American Free Trade Agreement"
            }
            if (m == null) {
                i++;
                continue;
            }
            if (!list.isEmpty() && !separated(s, text, list.get(list.size() - 1).end(), m.start())) {
                markList(list, s, tags, runStart, place, fixed);
                list.clear();
            }
            list.add(m);
            i = m.end();
        }
        markList(list, s, tags, runStart, place, fixed);
    }

    private static Member memberAt(Sentence s, Vocabulary vocabulary, int i) {
        if (!s.token(i).isCapitalized()) {
            return null;
        }
        PhraseMatcher.Match<Vocabulary.Alias> alias = vocabulary.aliasPhrases.longestAt(s, i);
        if (alias != null && alias.value().type() == io.mediamon.schema.EntityType.LOCATION) {
            return new Member(i, alias.end(), Gazetteer.Kind.COUNTRY);
        }
        Gazetteer.Match listed = vocabulary.places.longestAt(s, i, s.size());
        return listed == null ? null : new Member(i, listed.end(), listed.kind());
    }

    /**
     * Whether a CoreNLP span runs into [from, to) from before it or out of it past its end, other than across a line
     * break (a list written one member a line is tagged as one name).
     */
    private static boolean splitsName(Sentence s, String text, String[] tags, int from, int to) {
        boolean left = from > 0 && !tags[from].equals(Token.OUTSIDE) && tags[from - 1].equals(tags[from])
                && !lineBreakBetween(s, text, from - 1, from);
        boolean right = to < tags.length && !tags[to].equals(Token.OUTSIDE) && tags[to].equals(tags[to - 1])
                && !lineBreakBetween(s, text, to - 1, to);
        return left || right;
    }

    /**
     * A capitalized word follows the member on its line: the member starts a longer name. In capitals throughout
     * ("FRANCE AND SAUDI ARABIA SIGNED") a word in capitals says nothing.
     */
    private static boolean nameGoesOn(Sentence s, String text, int from, int to) {
        Token next = s.at(to);
        if (next == null || !next.isCapitalized() || !next.isWord() || lineBreakBetween(s, text, to - 1, to)) {
            return false;
        }
        return !(isAllCaps(s.token(to - 1).text()) && isAllCaps(next.text()));
    }

    private static boolean isAllCaps(String word) {
        return word.chars().noneMatch(Character::isLowerCase);
    }

    private static boolean lineBreakBetween(Sentence s, String text, int k, int next) {
        return text.substring(s.token(k).end(), s.token(next).begin()).indexOf('\n') >= 0;
    }

    /** Between the end of one member and the start of the next: only separators, or a line break. */
    private static boolean separated(Sentence s, String text, int end, int start) {
        if (start == end) {
            return lineBreakBetween(s, text, end - 1, start);
        }
        for (int k = end; k < start; k++) {
            if (!SEPARATORS.contains(s.token(k).lower())) {
                return false;
            }
        }
        return true;
    }

    private static void markList(List<Member> list, Sentence s, String[] tags, boolean[] runStart,
                                 boolean[] place, boolean[] fixed) {
        if (list.size() < MIN_MEMBERS) {
            return;
        }
        boolean acrossLines = false;
        for (int k = 1; k < list.size(); k++) {
            acrossLines |= list.get(k).start() == list.get(k - 1).end();
        }
        for (Member m : list) {
            boolean region = m.kind() != Gazetteer.Kind.POPULATED_PLACE;
            boolean personOrOrganization = false;
            boolean aliasOfAnotherType = false;
            for (int k = m.start(); k < m.end(); k++) {
                personOrOrganization |= tags[k].equals("PERSON") || tags[k].equals("ORGANIZATION");
                aliasOfAnotherType |= fixed[k] && !tags[k].equals("LOCATION");
            }
            if (aliasOfAnotherType || (!region && personOrOrganization && !acrossLines)) {
                continue;
            }
            for (int k = m.start(); k < m.end(); k++) {
                tags[k] = "LOCATION";
                place[k] = true;
            }
            runStart[m.start()] = true;
            if (m.end() < s.size()) {
                runStart[m.end()] = true;
            }
        }
    }
}
