package io.mediamon.extractor.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * The dependency parse of one sentence as CoreNLP gave it (Universal Dependencies, basic): each token's head and
 * relation, with the children of each token and the span each token's subtree covers.
 */
final class DependencyTree {

    private final Sentence sentence;
    private final List<List<Integer>> children = new ArrayList<>();
    private final boolean parsed;

    DependencyTree(Sentence sentence) {
        this.sentence = sentence;
        for (int i = 0; i < sentence.size(); i++) {
            children.add(new ArrayList<>());
        }
        boolean any = false;
        for (Token t : sentence.tokens()) {
            if (t.head() >= 0 && t.head() < sentence.size()) {
                children.get(t.head()).add(t.index());
            }
            any |= !t.relation().isEmpty();
        }
        // A sentence longer than the tagger takes has no parts of speech: its parse is not worth reading.
        this.parsed = any && sentence.tokens().stream().anyMatch(Token::isVerb);
    }

    /** Whether the sentence has a usable parse. */
    boolean parsed() {
        return parsed;
    }

    Sentence sentence() {
        return sentence;
    }

    List<Integer> children(int i) {
        return children.get(i);
    }

    /** The first child of token i with the relation (base relation, "nsubj" also finds "nsubj:pass"), or -1. */
    int child(int i, String relation) {
        for (int c : children.get(i)) {
            Token t = sentence.token(c);
            if (t.relation().equals(relation) || t.baseRelation().equals(relation)) {
                return c;
            }
        }
        return -1;
    }

    /** The first child with exactly this relation ("nsubj" does not find "nsubj:pass"), or -1. */
    int exactChild(int i, String relation) {
        for (int c : children.get(i)) {
            if (sentence.token(c).relation().equals(relation)) {
                return c;
            }
        }
        return -1;
    }

    /** The leftmost token of i's subtree. */
    int leftEdge(int i) {
        int left = i;
        for (int c : children.get(i)) {
            left = Math.min(left, leftEdge(c));
        }
        return left;
    }

    /** The rightmost token of i's subtree. */
    int rightEdge(int i) {
        int right = i;
        for (int c : children.get(i)) {
            right = Math.max(right, rightEdge(c));
        }
        return right;
    }

    /** Whether token a is in the subtree of token b (a node is in its own subtree). */
    boolean dominates(int b, int a) {
        int k = a;
        for (int guard = 0; k >= 0 && guard <= sentence.size(); guard++) {
            if (k == b) {
                return true;
            }
            k = sentence.token(k).head();
        }
        return false;
    }
}
