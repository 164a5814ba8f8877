package io.mediamon.extractor.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Attributions read from the dependency parse, for what the word patterns of {@link ClaimExtractor} miss: a cue verb
 * of cues.tsv with a clausal complement ("X argued that ...", "X knows the deal is bad") or an infinitive ("X wants
 * to ...", "X vowed to ..."), or a verb of the object kind with its object ("X called for talks"), its speaker the verb's subject wherever it stands ("Obama on Tuesday accused ...", "said X",
 * "X blasted Y and said ..."), never the addressee ("told The Washington Post that ..." is the object).
 */
final class ParsedClaims {

    /**
     * One attribution found in the parse; token indexes in the sentence.
     *
     * @param cue          the verb
     * @param cueEnd       the token after the cue (after its particle: "called for")
     * @param subject      the speaker's head token
     * @param contentStart first token of the content
     * @param contentEnd   token after the content
     */
    record Candidate(int cue, int cueEnd, int subject, int contentStart, int contentEnd) {
    }

    /** Auxiliaries that make the verb hypothetical: "would say", "could argue". */
    private static final Set<String> HYPOTHETICAL = Set.of("would", "could", "might", "may", "should", "'d", "’d");
    /** Relations of a subject's dependents that belong to the speaker phrase before its head. */
    private static final Set<String> PHRASE_PARTS = Set.of("det", "amod", "compound", "nmod:poss", "nummod", "flat",
            "case", "punct");

    private final AnalyzedText doc;
    private final Vocabulary vocabulary;

    ParsedClaims(AnalyzedText doc, Vocabulary vocabulary) {
        this.doc = doc;
        this.vocabulary = vocabulary;
    }

    List<Candidate> find(DependencyTree tree) {
        List<Candidate> found = new ArrayList<>();
        if (!tree.parsed()) {
            return found;
        }
        Sentence s = tree.sentence();
        for (int v = 0; v < s.size(); v++) {
            Token verb = s.token(v);
            if (!verb.isVerb() || !verb.isLowercaseWord() || doc.statementQuoteAt(verb.begin()) != null || isHypothetical(tree, v)) {
                continue;
            }
            Candidate candidate = clauseClaim(tree, v);
            if (candidate == null) {
                candidate = objectClaim(tree, v);
            }
            if (candidate != null) {
                found.add(candidate);
            }
        }
        return found;
    }

    /** "X argued (that) ...", "X knows the deal is bad", "X wants to ...": a clausal complement. */
    private Candidate clauseClaim(DependencyTree tree, int v) {
        Sentence s = tree.sentence();
        Token verb = s.token(v);
        if (!isCue(verb)) {
            return null; // "the point is that ...", "make sure that ...": not every clause is someone's
        }
        int complement = tree.exactChild(v, "ccomp");
        if (complement < 0) {
            complement = tree.exactChild(v, "xcomp");
        }
        if (complement < 0 || !s.token(complement).isVerb() && tree.child(complement, "cop") < 0
                && tree.child(complement, "nsubj") < 0) {
            return null;
        }
        int subject = subjectOf(tree, v);
        if (subject < 0) {
            // "it seems that ...", "talks are believed to be ...": a clause with no one saying it. A passive that
            // names no one is left to the patterns, which leave it out too.
            return null;
        }
        int start = tree.leftEdge(complement);
        int end = tree.rightEdge(complement) + 1;
        if (start <= v && end > v) {
            return null; // a parse that puts the verb inside its own complement
        }
        return new Candidate(v, v + 1, subject, start, end);
    }

    /**
     * "X called the plan a disaster", "X called for talks", "X blasted him for ...": a verb of cues.tsv's object
     * kind, or a reporting verb with no clause, whose object (and what completes it) is what is attributed. An
     * object that is a person is the addressee ("told him"), not content.
     */
    private Candidate objectClaim(DependencyTree tree, int v) {
        Sentence s = tree.sentence();
        Token verb = s.token(v);
        Token next = s.at(v + 1);
        int cueEnd = -1;
        if (next != null && vocabulary.isObjectCue(verb.lower() + " " + next.lower())) {
            cueEnd = v + 2;
        } else if (vocabulary.isObjectCue(verb.lower())) {
            cueEnd = v + 1;
        }
        boolean reportingVerb = cueEnd < 0 && isCue(verb);
        if (cueEnd < 0 && !reportingVerb) {
            return null;
        }
        int object = tree.exactChild(v, "obj");
        if (reportingVerb && (object < 0 || isPersonOrPronoun(s, object))) {
            return null;
        }
        int end = -1;
        for (int c : tree.children(v)) {
            String relation = s.token(c).relation();
            if (c > v && (relation.equals("obj") || relation.equals("iobj") || relation.equals("xcomp")
                    || relation.equals("ccomp") || relation.equals("obl") || isReasonClause(tree, c))) {
                end = Math.max(end, tree.rightEdge(c) + 1);
            }
        }
        int subject = subjectOf(tree, v);
        if (end < 0 || subject < 0) {
            return null;
        }
        int start = Math.max(cueEnd < 0 ? v + 1 : cueEnd, v + 1);
        return new Candidate(v, cueEnd < 0 ? v + 1 : cueEnd, subject, start, end);
    }

    /** "blasted him for not paying taxes", "described it as ...": an adverbial clause that completes the cue. */
    private static boolean isReasonClause(DependencyTree tree, int c) {
        if (!tree.sentence().token(c).relation().equals("advcl")) {
            return false;
        }
        int mark = tree.child(c, "mark");
        return mark >= 0 && (tree.sentence().token(mark).is("for") || tree.sentence().token(mark).is("as"));
    }

    private boolean isPersonOrPronoun(Sentence s, int k) {
        NameMention m = doc.mention(s, k);
        return Grammar.isPronoun(s.token(k)) || (m != null && m.type == io.mediamon.schema.EntityType.PERSON);
    }


    private boolean isCue(Token verb) {
        return vocabulary.isCueVerb(verb.lower());
    }

    private static boolean isHypothetical(DependencyTree tree, int v) {
        for (int c : tree.children(v)) {
            Token t = tree.sentence().token(c);
            if (t.baseRelation().equals("aux") && HYPOTHETICAL.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject of the verb: its own ("X said"), a coordinated verb's ("X blasted Y and said"), the controller of an
     * infinitive ("X wants to say"), or the noun a relative clause hangs on ("X, who said"). -1 for a passive.
     */
    int subjectOf(DependencyTree tree, int v) {
        Sentence s = tree.sentence();
        int k = v;
        for (int guard = 0; guard < s.size() && k >= 0; guard++) {
            if (tree.child(k, "nsubj:pass") >= 0 || tree.child(k, "expl") >= 0) {
                return -1;
            }
            int subject = tree.exactChild(k, "nsubj");
            if (subject >= 0) {
                return isRelativePronoun(s.token(subject)) && s.token(k).relation().equals("acl:relcl")
                        ? s.token(k).head() : subject;
            }
            String relation = s.token(k).relation();
            boolean participle = relation.equals("advcl") && s.token(k).lower().endsWith("ing");
            if (relation.equals("conj") || relation.equals("xcomp") || participle) {
                k = s.token(k).head();
            } else if (relation.equals("acl:relcl")) {
                return s.token(k).head();
            } else {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isRelativePronoun(Token t) {
        return t.is("who") || t.is("which") || t.is("that");
    }

    /**
     * The speaker phrase around a subject head: a name mention whole, a pronoun alone, else the head with what
     * modifies it before it ("the State Department's spokesman"), not what follows (", who ...", "for the ministry").
     */
    PhraseReader.Unit speakerUnit(DependencyTree tree, int head) {
        Sentence s = tree.sentence();
        NameMention m = doc.mention(s, head);
        if (m != null) {
            return new PhraseReader.Unit(m.start, m.end);
        }
        if (Grammar.isPronoun(s.token(head))) {
            return new PhraseReader.Unit(head, head + 1);
        }
        int left = head;
        for (int c : tree.children(head)) {
            if (c < head && PHRASE_PARTS.contains(s.token(c).relation())) {
                left = Math.min(left, tree.leftEdge(c));
            }
        }
        while (left < head && Grammar.isPunctuation(s.token(left))) {
            left++;
        }
        return new PhraseReader.Unit(left, head + 1);
    }

    /**
     * "a spokesman for the Foreign Ministry", "an official at the State Department": the organisation a description
     * of a person belongs to, as the token heading its noun phrase; -1 when none is named.
     */
    int organisationOf(DependencyTree tree, int head) {
        Sentence s = tree.sentence();
        for (int c : tree.children(head)) {
            if (c <= head || !s.token(c).baseRelation().equals("nmod")) {
                continue;
            }
            int preposition = tree.child(c, "case");
            if (preposition >= 0 && (s.token(preposition).is("for") || s.token(preposition).is("of")
                    || s.token(preposition).is("at") || s.token(preposition).is("with")
                    || s.token(preposition).is("from"))) {
                return c;
            }
        }
        return -1;
    }
}
