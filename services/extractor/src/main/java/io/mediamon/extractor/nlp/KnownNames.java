package io.mediamon.extractor.nlp;

import io.mediamon.schema.EntityType;

/**
 * Finds the names of the alias file (aliases.tsv) in a sentence where CoreNLP missed or mis-split them: "Daesh" and
 * "ISIL" left untagged, "Taleban" tagged MISC, "Islamic State of Iraq and the Levant" cut into a MISC, a LOCATION
 * and a PERSON. A match overrides CoreNLP's tags only when no CoreNLP span crosses its edges (a longer name CoreNLP
 * found, "Hamas Political Bureau", wins over the "Hamas" inside it), and becomes a run of its own.
 */
final class KnownNames {

    private KnownNames() {
    }

    /**
     * Rewrites tags[] over each known name found and marks runStart[] where a forced run begins (at the name and
     * right after it), so that the name does not merge with a neighbouring span of the same class; fixed[] is set
     * over the names found, which later rules leave alone.
     */
    static void mark(Sentence s, Vocabulary vocabulary, String[] tags, boolean[] runStart, boolean[] fixed) {
        for (int i = 0; i < s.size(); i++) {
            PhraseMatcher.Match<Vocabulary.Alias> match = vocabulary.aliasPhrases.longestAt(s, i);
            if (match == null || !looksLikeAName(s, match.start(), match.end())
                    || crossesSpan(tags, match.start(), match.end())) {
                continue;
            }
            String tag = tagFor(match.value().type(), tags, match.start(), match.end());
            if (tag == null) {
                continue;
            }
            for (int k = match.start(); k < match.end(); k++) {
                tags[k] = tag;
                fixed[k] = true;
            }
            runStart[match.start()] = true;
            if (match.end() < s.size()) {
                runStart[match.end()] = true;
            }
            i = match.end() - 1;
        }
    }

    /**
     * Written as a name: not starting with a lowercase "the", the last word has a capital ("al Qaeda"), and a single
     * word is not a function word in capitals ("US", "WHO": CoreNLP decides those, in context).
     */
    private static boolean looksLikeAName(Sentence s, int from, int to) {
        if (s.token(from).text().equals("the")) {
            return false; // "the Netherlands": the name starts after it
        }
        Token last = s.token(to - 1);
        if (last.text().codePoints().noneMatch(Character::isUpperCase)) {
            return false;
        }
        return to - from > 1 || !Grammar.isFunctionWord(new Token(0, last.lower(), 0, 0, Token.OUTSIDE));
    }

    /** Whether a CoreNLP span starts before the range and runs into it, or starts inside it and runs past it. */
    private static boolean crossesSpan(String[] tags, int from, int to) {
        boolean left = from > 0 && !tags[from].equals(Token.OUTSIDE) && tags[from - 1].equals(tags[from]);
        boolean right = to < tags.length && !tags[to].equals(Token.OUTSIDE) && tags[to].equals(tags[to - 1]);
        return left || right;
    }

    /** The CoreNLP class the name's tokens get: from the alias type, else CoreNLP's own class if it tagged any. */
    private static String tagFor(EntityType type, String[] tags, int from, int to) {
        if (type != null) {
            return switch (type) {
                case PERSON -> "PERSON";
                case ORGANIZATION -> "ORGANIZATION";
                case LOCATION -> "LOCATION";
                default -> "MISC";
            };
        }
        for (int k = from; k < to; k++) {
            if (!tags[k].equals(Token.OUTSIDE)) {
                return tags[k];
            }
        }
        return null;
    }
}
