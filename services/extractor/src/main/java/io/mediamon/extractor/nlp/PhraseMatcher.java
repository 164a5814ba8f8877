package io.mediamon.extractor.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the longest vocabulary phrase that starts at a token, case-insensitively.
 *
 * <p>Phrases and tokens are compared as word pieces: lowercase, a final period dropped ("Gen." = "gen"), hyphens
 * ignored, so "cease-fire" matches whether or not the tokenizer split the hyphen.
 */
final class PhraseMatcher<V> {

    record Match<V>(int start, int end, V value) {
    }

    private record Entry<V>(List<String> pieces, V value) {
    }

    /** What separates the words of a phrase or a name: white space and hyphens. Shared by the name readers. */
    static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");

    private final Map<String, List<Entry<V>>> byFirstPiece = new HashMap<>();

    void add(String phrase, V value) {
        List<String> pieces = pieces(phrase);
        if (pieces.isEmpty()) {
            return;
        }
        List<Entry<V>> entries = byFirstPiece.computeIfAbsent(pieces.get(0), k -> new ArrayList<>());
        entries.add(new Entry<>(pieces, value));
        entries.sort(Comparator.comparingInt((Entry<V> e) -> e.pieces().size()).reversed());
    }

    boolean containsPhrase(String phrase) {
        List<String> pieces = pieces(phrase);
        return !pieces.isEmpty() && byFirstPiece.getOrDefault(pieces.get(0), List.of()).stream()
                .anyMatch(e -> e.pieces().equals(pieces));
    }

    /** The longest phrase starting at token i, or null. */
    Match<V> longestAt(Sentence sentence, int i) {
        return longestAt(sentence, i, sentence.size());
    }

    /** The longest phrase starting at token i and ending at or before token limit (exclusive), or null. */
    Match<V> longestAt(Sentence sentence, int i, int limit) {
        Token first = sentence.at(i);
        if (first == null || isHyphen(first)) {
            return null;
        }
        List<String> firstPieces = pieces(first.text());
        if (firstPieces.isEmpty()) {
            return null;
        }
        List<Entry<V>> candidates = byFirstPiece.get(firstPieces.get(0));
        if (candidates == null) {
            return null;
        }
        for (Entry<V> entry : candidates) {
            int end = matchEnd(sentence, i, limit, entry.pieces());
            if (end > i) {
                return new Match<>(i, end, entry.value());
            }
        }
        return null;
    }

    /** Token index after the match, or -1; a match must end at a token boundary. */
    private static int matchEnd(Sentence sentence, int start, int limit, List<String> wanted) {
        int piece = 0;
        int t = start;
        while (piece < wanted.size()) {
            if (t >= limit) {
                return -1;
            }
            Token token = sentence.token(t);
            if (isHyphen(token) && t > start) {
                t++;
                continue;
            }
            List<String> tokenPieces = pieces(token.text());
            if (tokenPieces.isEmpty() || piece + tokenPieces.size() > wanted.size()
                    || !wanted.subList(piece, piece + tokenPieces.size()).equals(tokenPieces)) {
                return -1;
            }
            piece += tokenPieces.size();
            t++;
        }
        return t;
    }

    private static boolean isHyphen(Token token) {
        return token.text().equals("-");
    }

    static List<String> pieces(String text) {
        // Most tokens are one word: no regular expression for them (this ran for every token and every vocabulary).
        if (isOneWord(text)) {
            String piece = piece(text.toLowerCase(Locale.ROOT).replace('’', '\''));
            return piece.isEmpty() ? List.of() : List.of(piece);
        }
        List<String> pieces = new ArrayList<>();
        for (String word : SEPARATORS.split(text.toLowerCase(Locale.ROOT).replace('’', '\''))) {
            String piece = piece(word);
            if (!piece.isEmpty()) {
                pieces.add(piece);
            }
        }
        return pieces;
    }

    /** A word without its final period ("gen." = "gen"), unless the period is all there is. */
    private static String piece(String word) {
        return word.length() > 1 && word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    private static boolean isOneWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }
}
