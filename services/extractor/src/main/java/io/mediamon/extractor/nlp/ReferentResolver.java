package io.mediamon.extractor.nlp;

import io.mediamon.schema.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides who a noun phrase stands for: a name it contains, the country of a nationality word, or, for "he", "the
 * spokesman" and "the group", an entity named earlier in the document. Never guesses: no candidate, no referent.
 */
final class ReferentResolver {

    /** What the referent is needed for: a speaker may be an organisation named inside a description. */
    enum Purpose { SPEAKER, PARTICIPANT }

    /** Sentences back that "the group" may reach: further back the reader would not make the link either. */
    private static final int ANAPHOR_WINDOW_SENTENCES = 3;
    /** Sentences back that "they" may reach two people named together. */
    private static final int PAIR_WINDOW_SENTENCES = 1;
    /** Words an aside between commas may have after the first of two people: "Tom Baker, D-Oban, and ...". */
    private static final int MAX_ASIDE_TOKENS = 6;

    /** A person known to be the subject of a sentence or a claim, at an offset. */
    private record Subject(int offset, NameMention person) {
    }

    private final AnalyzedText doc;
    private final Vocabulary vocabulary;
    private final PhraseReader reader;
    private final List<Subject> subjects = new ArrayList<>();
    /** Organisations that are the subject of a verb or the speaker of a claim: what "they" and "it" may be. */
    private final List<Subject> organisations = new ArrayList<>();
    /** Groups named by their members ("Democrats") that are a subject or a speaker: what "they" may be too. */
    private final List<Subject> groups = new ArrayList<>();
    /** The first of two people named together ("X and Y"), anywhere: what "they" right after may be too. */
    private final List<Subject> pairs = new ArrayList<>();

    ReferentResolver(AnalyzedText doc, Vocabulary vocabulary, PhraseReader reader) {
        this.doc = doc;
        this.vocabulary = vocabulary;
        this.reader = reader;
        for (Sentence s : doc.sentences) {
            sentenceSubject(s).ifPresent(m -> subjects.add(new Subject(m.begin, m)));
            openingOrganisation(s).ifPresent(m -> organisations.add(new Subject(m.begin, m)));
            openingGroup(s).ifPresent(m -> groups.add(new Subject(m.begin, m)));
            namedTogether(s).forEach(m -> pairs.add(new Subject(m.begin, m)));
            parsedSubjects(s);
        }
    }

    /**
     * The subjects of the main clauses of a parsed sentence, not only of its first one ("Yesterday, after the vote,
     * X said ...", "the group's leader, X, said": a description with a name in apposition stands for that name). Not
     * the subjects of what is reported or quoted: "X said Y had lied. He ..." is more likely X than Y.
     */
    private void parsedSubjects(Sentence s) {
        DependencyTree tree = new DependencyTree(s);
        if (!tree.parsed()) {
            return;
        }
        for (Token t : s.tokens()) {
            if (!t.relation().equals("nsubj") || !isMainClause(s, t.head()) || doc.statementQuoteAt(t.begin()) != null) {
                continue;
            }
            NameMention m = doc.mention(s, t.index());
            if (m == null) {
                int appos = tree.exactChild(t.index(), "appos");
                m = appos < 0 ? null : doc.mention(s, appos);
            }
            if (isMemberGroup(m)) {
                groups.add(new Subject(m.begin, m));
            }
            if (m == null || m.isDemonym()) {
                continue;
            }
            if (m.type == EntityType.PERSON) {
                subjects.add(new Subject(m.begin, m));
            } else if (m.type == EntityType.ORGANIZATION) {
                organisations.add(new Subject(m.begin, m));
            }
        }
    }

    /** The root of the sentence, or a verb coordinated with it ("X arrived and said"). */
    private static boolean isMainClause(Sentence s, int verb) {
        int k = verb;
        for (int guard = 0; k >= 0 && guard < s.size(); guard++) {
            Token t = s.token(k);
            if (t.relation().equals("root") || t.relation().isEmpty()) {
                return t.head() < 0;
            }
            if (!t.relation().equals("conj")) {
                return false;
            }
            k = t.head();
        }
        return false;
    }

    /**
     * "(The) International Monetary Fund cut its forecast ...": an organisation the sentence opens with, followed by a
     * lowercase word that is not a function word (a verb, without a tagger to say so). Sentences without a cue word
     * are not parsed, and "it said" in the next one refers to such a subject. The main clause may come after an
     * introductory phrase and its comma ("After a long meeting, the council issued ..."), one that names no one.
     */
    private Optional<NameMention> openingOrganisation(Sentence s) {
        int clause = mainClauseAfterIntroduction(s);
        int first = s.size() > clause + 1 && Grammar.DEFINITE.contains(s.token(clause).lower()) ? clause + 1 : clause;
        NameMention m = doc.mention(s, first);
        if (m == null || m.start != first || !speaksAsBody(m)) {
            return Optional.empty();
        }
        Token next = s.at(m.end);
        boolean verbLike = next != null && next.isLowercaseWord() && !Grammar.isFunctionWord(next)
                && !Grammar.isPossessiveMarker(next);
        return verbLike ? Optional.of(m) : Optional.empty();
    }

    /** Tokens an introductory phrase before the main clause's comma may have ("Following a late meeting,"). */
    private static final int MAX_INTRODUCTION_TOKENS = 12;

    /**
     * Where the main clause starts: after the comma that closes an introductory phrase ("After a long, late meeting,
     * the council issued ..."), when the phrase names no one and quotes nothing; else at the start of the sentence.
     * The first name of the sentence, right after that comma (and "the"), shows where the phrase ends.
     */
    private int mainClauseAfterIntroduction(Sentence s) {
        if (s.size() == 0 || Grammar.isOpenQuote(s.token(0))) {
            return 0;
        }
        for (int k = 0; k < s.size() && k <= MAX_INTRODUCTION_TOKENS; k++) {
            if (Grammar.isOpenQuote(s.token(k))) {
                return 0;
            }
            if (doc.mention(s, k) != null) {
                int before = k > 0 && Grammar.DEFINITE.contains(s.token(k - 1).lower()) ? k - 1 : k;
                return before > 1 && s.token(before - 1).text().equals(",") ? before : 0;
            }
        }
        return 0;
    }

    /**
     * "Democrats criticized the plan": a group named by its members (a plural NORP name that is no nationality word)
     * the sentence opens with, followed by a lowercase word that is not a function word.
     */
    private Optional<NameMention> openingGroup(Sentence s) {
        NameMention m = doc.mention(s, 0);
        if (m == null || m.start != 0 || !isMemberGroup(m)) {
            return Optional.empty();
        }
        Token next = s.at(m.end);
        boolean verbLike = next != null && next.isLowercaseWord() && !Grammar.isFunctionWord(next)
                && !Grammar.isPossessiveMarker(next);
        return verbLike ? Optional.of(m) : Optional.empty();
    }

    /**
     * "Tom Baker and Paula Green criticized the plan", "such as Tom Baker, a pilot, and Paula Green, now saying
     * they ...": two people named together, the second after "and" (an aside in commas may follow the first).
     * "They" may stand for them, when nothing that can speak was named since; the first stands for both, as the
     * first name does for a claim they make together.
     */
    private List<NameMention> namedTogether(Sentence s) {
        List<NameMention> pairs = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            NameMention first = doc.mention(s, i);
            if (first != null && first.start == i && first.type == EntityType.PERSON && secondOfPair(s, first)) {
                pairs.add(first);
            }
        }
        return pairs;
    }

    /** Whether another person follows the first after "and", an aside in commas perhaps between. */
    private boolean secondOfPair(Sentence s, NameMention first) {
        int k = first.end;
        if (s.at(k) != null && s.token(k).text().equals(",")) {
            int close = k + 1;
            while (close < s.size() && close <= k + MAX_ASIDE_TOKENS && !s.token(close).text().equals(",")) {
                if (doc.mention(s, close) != null && doc.mention(s, close).type == EntityType.PERSON) {
                    return false;
                }
                close++;
            }
            k = close < s.size() && s.token(close).text().equals(",") ? close + 1 : -1;
        }
        if (k < 0 || s.at(k) == null || !s.token(k).is("and")) {
            return false;
        }
        k++;
        while (k < s.size() && vocabulary.isTitle(s.token(k))) {
            k++; // "Mr. Smith and Mr. Jones"
        }
        NameMention second = doc.mention(s, k);
        return second != null && second.start == k && second.type == EntityType.PERSON;
    }

    /** An organisation, or a place that speaks through its government ("Norway rejected the deal. It said ..."). */
    private static boolean speaksAsBody(NameMention m) {
        return (m.type == EntityType.ORGANIZATION || m.type == EntityType.LOCATION) && !m.isDemonym();
    }

    /** A group named by its members: "Democrats", "Republicans"; not a nationality ("Americans": a country). */
    private static boolean isMemberGroup(NameMention m) {
        return m != null && m.type == EntityType.NORP && !m.isDemonym() && m.text.endsWith("s");
    }

    /**
     * What "they" or "we" at the offset refers to: the latest organisation, or group named by its members, that was
     * a subject or a speaker in the last few sentences.
     */
    Optional<NameMention> plural(int offset, int sentence) {
        return plural(offset, sentence, -1, -1);
    }

    /**
     * What "the two" or "both" at the offset refers to: the first of two people named together in its sentence or the
     * one before (the first stands for both, as for "they").
     */
    Optional<NameMention> pair(int offset, int sentence) {
        return latest(pairs, offset, sentence - PAIR_WINDOW_SENTENCES, -1, -1);
    }

    /** {@link #plural(int, int)} ignoring any inside [excludeBegin, excludeEnd) (the quote the pronoun closes). */
    Optional<NameMention> plural(int offset, int sentence, int excludeBegin, int excludeEnd) {
        Optional<NameMention> body = latest(java.util.stream.Stream.concat(organisations.stream(), groups.stream())
                .toList(), offset, sentence - ANAPHOR_WINDOW_SENTENCES, excludeBegin, excludeEnd)
                .filter(m -> m.type == EntityType.NORP || m.sentence == sentence || !namesPeopleAfter(m));
        // Two people named together are "they" only from their own sentence or the next: further on, the reader
        // takes "they" for whoever the text has since been about.
        Optional<NameMention> pair = latest(pairs, offset, sentence - PAIR_WINDOW_SENTENCES, excludeBegin, excludeEnd);
        return pair.isEmpty() || (body.isPresent() && body.get().begin > pair.get().begin) ? body : pair;
    }

    /**
     * "The Associated Press interviewed 20 former crew members. They described ...": an organisation whose sentence
     * goes on to name, in the plural, people or bodies that can speak ("members", "officials", outside quotes) leaves
     * "they" in a later sentence to those, whom no name stands for.
     */
    private boolean namesPeopleAfter(NameMention organisation) {
        Sentence s = doc.sentences.get(organisation.sentence);
        for (int k = organisation.end; k < s.size(); k++) {
            Token t = s.token(k);
            String w = t.lower();
            boolean plural = w.endsWith("s") && !w.endsWith("ss");
            if (plural && t.isLowercaseWord() && vocabulary.isSpeakerNoun(t) && doc.statementQuoteAt(t.begin()) == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The latest candidate before the offset, from the given sentence on (where it was the subject or spoke, not where
     * its name was written: "the board said" resolved to a name further back), outside [excludeBegin, excludeEnd).
     */
    private Optional<NameMention> latest(List<Subject> candidates, int offset, int fromSentence,
                                         int excludeBegin, int excludeEnd) {
        return candidates.stream()
                .filter(sub -> sub.offset() < offset && doc.sentenceIndexAt(sub.offset()) >= fromSentence)
                .filter(sub -> sub.offset() < excludeBegin || sub.offset() >= excludeEnd)
                .max(Comparator.comparingInt(Subject::offset))
                .map(Subject::person);
    }

    /** Records the speaker of a claim: "he said" in a later sentence may refer back to them. */
    void addSpeaker(int offset, NameMention speaker) {
        if (speaker != null && speaker.type == EntityType.PERSON) {
            subjects.add(new Subject(offset, speaker));
        } else if (speaker != null && speaksAsBody(speaker)) {
            organisations.add(new Subject(offset, speaker));
        } else if (isMemberGroup(speaker)) {
            groups.add(new Subject(offset, speaker));
        }
    }

    /**
     * The organisation "they", "it" or "we" at the offset refers to: the latest organisation that was a subject or a
     * speaker in the last few sentences; none further back, where the reader would not make the link either.
     */
    Optional<NameMention> organisation(int offset, int sentence) {
        return organisation(offset, sentence, -1, -1);
    }

    /** {@link #organisation(int, int)} ignoring any inside [excludeBegin, excludeEnd) (the quote "it" closes). */
    Optional<NameMention> organisation(int offset, int sentence, int excludeBegin, int excludeEnd) {
        return latest(organisations, offset, sentence - ANAPHOR_WINDOW_SENTENCES, excludeBegin, excludeEnd);
    }

    /** The referents of a noun phrase; empty when it names nobody. */
    List<Referent> resolve(Sentence s, PhraseReader.Unit unit, Purpose purpose) {
        Token head = s.token(unit.head());
        NameMention headName = doc.mention(s, unit.head());
        if (headName != null) {
            return List.of(Referent.of(headName));
        }
        if (unit.end() - unit.start() == 1 && Grammar.isPronoun(head)) {
            if (Grammar.PERSON_PRONOUNS.contains(head.lower())) {
                return person(head.begin(), -1, -1).map(m -> List.of(Referent.of(m))).orElse(List.of());
            }
            return List.of();
        }
        boolean definite = Grammar.DEFINITE.contains(s.token(unit.start()).lower());
        List<NameMention> modifiers = namesIn(s, unit);
        if (purpose == Purpose.SPEAKER) {
            // "Clinton's communications director", "Trump's campaign": the person who owns the description is not
            // the one speaking. An organisation that owns it is ("the ministry's spokesman" speaks for it).
            modifiers = modifiers.stream().filter(m -> !(m.type == EntityType.PERSON && isOwner(s, m))).toList();
        }
        if (vocabulary.isTitle(head) || vocabulary.isAgentNoun(head)) {
            if (purpose == Purpose.SPEAKER && vocabulary.isTitle(head)) {
                Optional<NameMention> holder = personWithRole(head, head.begin());
                if (holder.isPresent()) {
                    return List.of(Referent.of(holder.get()));
                }
            }
            if (!modifiers.isEmpty()) {
                return modifiers.stream().map(Referent::of).distinct().toList();
            }
            if (definite && vocabulary.isTitle(head)) {
                return personWithRole(head, head.begin()).map(m -> List.of(Referent.of(m))).orElse(List.of());
            }
            return List.of();
        }
        Set<EntityType> anaphorTypes = vocabulary.anaphorTypes(head);
        if (definite && !anaphorTypes.isEmpty() && modifiers.isEmpty()) {
            return anaphor(anaphorTypes, s, head.begin()).map(m -> List.of(Referent.of(m))).orElse(List.of());
        }
        if (purpose == Purpose.SPEAKER) {
            // "the State Department's annual report says": the organisation or person named in the description.
            for (int k = modifiers.size() - 1; k >= 0; k--) {
                NameMention m = modifiers.get(k);
                if (m.type == EntityType.PERSON || m.type == EntityType.ORGANIZATION) {
                    return List.of(Referent.of(m));
                }
            }
            return List.of();
        }
        // "attacked Hamas positions", "sanctions on Iran's oil sector": the names the phrase is about.
        return modifiers.stream().map(Referent::of).toList();
    }

    /**
     * The person a "he"/"she" at the offset refers to: the nearest preceding person that is the subject of a sentence
     * or a claim, ignoring any inside [excludeBegin, excludeEnd) (the quote the pronoun introduces).
     */
    Optional<NameMention> person(int offset, int excludeBegin, int excludeEnd) {
        return subjects.stream()
                .filter(sub -> sub.offset() < offset)
                .filter(sub -> sub.offset() < excludeBegin || sub.offset() >= excludeEnd)
                .max(Comparator.comparingInt(Subject::offset))
                .map(Subject::person);
    }

    /**
     * The latest person before the offset, outside [excludeBegin, excludeEnd), that was the subject of a sentence or
     * a claim in the given sentence or after it and whose gender fits the wanted one. The sentence is the one where
     * the person was the subject or spoke ("“...,” she said" two sentences back), not where their name was written.
     */
    Optional<NameMention> subjectFitting(int offset, int excludeBegin, int excludeEnd, int fromSentence, Gender wanted) {
        return subjects.stream()
                .filter(sub -> sub.offset() < offset)
                .filter(sub -> sub.offset() < excludeBegin || sub.offset() >= excludeEnd)
                .filter(sub -> doc.sentenceIndexAt(sub.offset()) >= fromSentence && wanted.fits(Gender.of(sub.person())))
                .max(Comparator.comparingInt(Subject::offset))
                .map(Subject::person);
    }


    /** The latest person before the offset introduced with this role ("the spokesman" -> "spokesman X"). */
    private Optional<NameMention> personWithRole(Token role, int offset) {
        String wanted = vocabulary.fullRole(String.join(" ", PhraseMatcher.pieces(role.text())));
        NameMention found = null;
        for (NameMention m : doc.mentions) {
            if (m.begin >= offset) {
                break;
            }
            // "the senator" is "Sen. Ted Cruz": roles compared written out.
            if (m.type == EntityType.PERSON && m.roles.stream().anyMatch(r -> vocabulary.fullRole(r).equals(wanted))) {
                found = m;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * "the group": the entity of a compatible type mentioned most often in the last few sentences up to the offset
     * (ties go to the most recent). Nationality words are not candidates: "the group" is not "Afghan".
     */
    private Optional<NameMention> anaphor(Set<EntityType> types, Sentence s, int offset) {
        int firstSentence = Math.max(0, s.index() - ANAPHOR_WINDOW_SENTENCES);
        Map<String, Integer> counts = new HashMap<>();
        Map<String, NameMention> latest = new LinkedHashMap<>();
        for (NameMention m : doc.mentions) {
            if (m.begin >= offset) {
                break;
            }
            if (m.isDemonym() || !types.contains(m.type)) {
                continue;
            }
            counts.merge(m.canonical, 1, Integer::sum);
            if (m.sentence >= firstSentence) {
                latest.put(m.canonical, m);
            }
        }
        return latest.values().stream()
                .max(Comparator.comparingInt((NameMention m) -> counts.get(m.canonical))
                        .thenComparingInt(m -> m.begin));
    }

    /** The person subject of the sentence's main clause, if it has one. */
    private Optional<NameMention> sentenceSubject(Sentence s) {
        boolean personBefore = false;
        for (int i = 0; i < s.size(); i++) {
            NameMention m = doc.mention(s, i);
            if (m == null || m.start != i) {
                continue;
            }
            if (isOwner(s, m) && ownsNamedPerson(s, m)) {
                // "Tom Baker's deputy, John Smith, ...": the owner is not the subject; the one it owns (the deputy,
                // named after it) is. ("Tom Baker's plan is ...": the owner stays the one the text is about.)
                continue;
            }
            if (m.type == EntityType.PERSON && isHead(s, m)) {
                PhraseReader.Unit unit = reader.readLeft(s, m.end - 1);
                // "But John Smith defended it": a conjunction opening the sentence leaves its subject the subject.
                boolean clauseInitial = unit.start() == 0
                        || (unit.start() == 1 && Grammar.CONJUNCTIONS.contains(s.token(0).lower()))
                        || (s.token(unit.start() - 1).text().equals(",") && !personBefore);
                if (clauseInitial) {
                    return Optional.of(m);
                }
            }
            personBefore |= m.type == EntityType.PERSON;
        }
        return Optional.empty();
    }

    /** "Trump administration": a name that modifies the next noun is not the head of its phrase. */
    private boolean isHead(Sentence s, NameMention m) {
        Token next = s.at(m.end);
        return next == null || !(doc.mention(s, m.end) != null || vocabulary.isAgentNoun(next)
                || vocabulary.isTitle(next) || (next.isCapitalized() && !Grammar.isFunctionWord(next)));
    }

    /** Words a possessive's noun phrase may have before the name it ends in: "deputy", "liberal NBC colleague". */
    private static final int MAX_OWNED_WORDS = 6;

    /**
     * "Tom Baker's deputy John Smith", "Tom Baker's deputy, John Smith": the owner's noun phrase ends in (or is put
     * in apposition to) a person's name, only nouns, adjectives and other names before it, the last a noun for a
     * person ("Tom Baker's plan angered John Smith" owns a plan).
     */
    private boolean ownsNamedPerson(Sentence s, NameMention owner) {
        Token role = null;
        for (int k = owner.end + 1; k < s.size() && k <= owner.end + 1 + MAX_OWNED_WORDS; k++) {
            NameMention m = doc.mention(s, k);
            if (m != null && m.type == EntityType.PERSON) {
                return role != null && (vocabulary.isSpeakerNoun(role) || vocabulary.isTitle(role)
                        || vocabulary.isAgentNoun(role));
            }
            Token t = s.token(k);
            role = t.isLowercaseWord() ? t : role;
            boolean word = m != null || t.text().equals(",")
                    || (t.isLowercaseWord() && !Grammar.isFunctionWord(t) && !Grammar.isPossessiveMarker(t));
            if (!word) {
                return false;
            }
        }
        return false;
    }

    private static boolean isOwner(Sentence s, NameMention m) {
        Token next = s.at(m.end);
        return next != null && Grammar.isPossessiveMarker(next);
    }

    private List<NameMention> namesIn(Sentence s, PhraseReader.Unit unit) {
        List<NameMention> names = new ArrayList<>();
        for (int k = unit.start(); k < unit.end(); k++) {
            NameMention m = doc.mention(s, k);
            if (m != null && !names.contains(m)) {
                names.add(m);
            }
        }
        return names;
    }
}
