package io.mediamon.extractor.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the titles and roles written around a person's name, kept as the entity's roles: "Taliban spokesman X",
 * "Secretary of Iran's Supreme National Security Council X", "X, a former ambassador,", "The envoy, ..., X". Titles
 * marked as modifiers in titles.txt ("former", "acting") are no roles.
 */
final class RoleFinder {

    private final Vocabulary vocabulary;

    RoleFinder(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Roles written next to a person's name: "Taliban spokesman X", "X, secretary of ...", "The envoy, ..., X,". */
    List<String> around(Sentence s, int start, int end) {
        List<String> roles = new ArrayList<>();
        // From the farthest start, so that "Prime Minister" wins over "Minister".
        boolean titleBefore = false;
        for (int k = Math.max(0, start - 3); k < start; k++) {
            PhraseMatcher.Match<Boolean> title = vocabulary.titles.longestAt(s, k, start);
            if (title != null && title.end() == start) {
                addRole(roles, s, title);
                titleBefore = true;
                break;
            }
        }
        if (!titleBefore) {
            PhraseMatcher.Match<Boolean> title = titleOfNameBefore(s, start);
            if (title != null) {
                addRole(roles, s, title);
            }
        }
        Token after = s.at(end);
        if (after != null && after.text().equals(",")) {
            for (int k = end + 1; k < Math.min(s.size(), end + 7); k++) {
                Token t = s.token(k);
                if (t.text().equals(",") || (Grammar.isFunctionWord(t) && !Grammar.DETERMINERS.contains(t.lower()))) {
                    break;
                }
                PhraseMatcher.Match<Boolean> title = vocabulary.titles.longestAt(s, k);
                if (title != null && title.value()) {
                    addRole(roles, s, title);
                    break;
                }
                // "a former ambassador": past the modifier to the role.
            }
        }
        if (isHeadOfPhrase(s, end)) {
            // "The U.S. envoy, native Afghan and former ... Zalmay Khalilzad": not "Bush" in "Bush administration".
            int comma = start - 1;
            while (comma >= Math.max(0, start - 12) && !s.token(comma).text().equals(",")) {
                comma--;
            }
            if (comma > 0) {
                PhraseMatcher.Match<Boolean> title = vocabulary.titles.longestAt(s, comma - 1, comma);
                if (title != null) {
                    addRole(roles, s, title);
                }
            }
        }
        return roles;
    }

    /** Adds a title as a role unless it only modifies one ("former", "acting"). */
    private static void addRole(List<String> roles, Sentence s, PhraseMatcher.Match<Boolean> title) {
        if (title.value()) {
            roles.add(roleName(s, title.start(), title.end()));
        }
    }

    /**
     * "Secretary of Iran's Supreme National Security Council Ali Shamkhani": a title, "of", then only names (and
     * possessives) up to the person.
     */
    private PhraseMatcher.Match<Boolean> titleOfNameBefore(Sentence s, int start) {
        int j = start - 1;
        int limit = Math.max(0, start - 10);
        while (j > limit && (s.token(j).isCapitalized() || Grammar.isPossessiveMarker(s.token(j)))) {
            j--;
        }
        if (j == start - 1 || j < 1 || !s.token(j).is("of")) {
            return null;
        }
        for (int k = Math.max(0, j - 3); k < j; k++) {
            PhraseMatcher.Match<Boolean> title = vocabulary.titles.longestAt(s, k, j);
            if (title != null && title.end() == j) {
                return title;
            }
        }
        return null;
    }

    /** Whether a name ending before token end heads its phrase: not "Bush" in "Bush administration". */
    private boolean isHeadOfPhrase(Sentence s, int end) {
        Token next = s.at(end);
        return next == null || !(next.isCapitalized() || vocabulary.isAgentNoun(next) || vocabulary.isTitle(next));
    }

    /** A role as written ("Gen.", "Prime Minister"); NameMention keeps its matching form too. */
    static String roleName(Sentence s, int from, int to) {
        return EntityResolver.joined(s, from, to);
    }
}
