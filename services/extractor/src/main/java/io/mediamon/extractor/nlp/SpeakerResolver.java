package io.mediamon.extractor.nlp;

import io.mediamon.schema.EntityType;
import io.mediamon.schema.SpeakerKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who a speaker phrase stands for, on top of the {@link ReferentResolver}: "he"/"she" checked against the gender
 * the text gives the person (a "she said" after a man is the woman named before him, or nobody), and "the
 * ministry", "the department", "the council" resolved to the latest organisation named with that word ("Iran's
 * Foreign Ministry"). Never guesses: no fitting candidate, no referent.
 */
final class SpeakerResolver {

    /**
     * A speaker: who it is, if known, the phrase as written, and how it is written.
     *
     * @param referent     the canonical entity; null when the phrase could not be resolved
     * @param text         the speaker as written ("he", "the spokesman", "Taliban spokesman Zabihullah Mujahid")
     * @param kind         a name, a pronoun or a description; null when the phrase is none of them that can speak
     *                     ("the chemicals"): a consumer then has no speaker at all, not an unresolved one
     * @param organisation for a description, the organisation it belongs to or speaks for, when the text names it
     */
    record Speaker(Referent referent, String text, SpeakerKind kind, String organisation) {
        String name() {
            return referent == null ? null : referent.name();
        }

        /** The same phrase found to name someone (a label in capitals: the surname of a person named earlier). */
        Speaker resolvedTo(Referent other) {
            return new Speaker(other, text, SpeakerKind.NAME, null);
        }

        /** A description that speaks for an organisation ("a spokesman for the Foreign Ministry"). */
        static Speaker forOrganisation(Referent organisation, String text) {
            return new Speaker(organisation, text, SpeakerKind.DESCRIPTION, organisation.name());
        }
    }

    /** Sentences back that a pronoun of the right gender may reach when the nearest person is of the other. */
    private static final int GENDER_WINDOW_SENTENCES = 5;
    /**
     * ... and, when no subject of that gender is there, sentences back it may reach a person only mentioned: further
     * back the reader links "she" to someone the text was about, not to a name in passing.
     */
    private static final int MENTION_WINDOW_SENTENCES = 2;
    /** Relative pronouns: "Tim Kaine, who said ..." is said by the name right before it. */
    private static final java.util.Set<String> RELATIVE_PRONOUNS = java.util.Set.of("who", "which", "that");
    /**
     * Pronouns that stand for no one in particular ("someone asked", "no one expected"): kept as a description, as
     * "several experts" is, never resolved to a person named before. ("anyone" is left out: it speaks in
     * hypotheticals and questions, "whether anyone leaked it".)
     */
    static final java.util.Set<String> INDEFINITE_PRONOUNS = java.util.Set.of("someone", "somebody", "everyone",
            "everybody", "nobody", "no one");
    /** Two people named together just before: "Tom Baker and Ann Cole ... the two learned of a meeting". */
    private static final java.util.Set<String> THE_TWO = java.util.Set.of("the two", "both", "the pair");
    /** Words that stand for people of a group the text has in mind: "Others said", "those close to him say". */
    private static final java.util.Set<String> PEOPLE_OF_A_GROUP = java.util.Set.of("others", "those");
    /** A share of a group as a subject: "63 percent said", the people it counts. */
    private static final java.util.Set<String> PERCENT = java.util.Set.of("percent", "%");
    /** Pronouns that speak for an organisation: "it said", "they said", "we" in its statement. */
    private static final java.util.Set<String> GROUP_PRONOUNS = java.util.Set.of("they", "it", "we");

    private final AnalyzedText doc;
    private final ReferentResolver resolver;
    private final Vocabulary vocabulary = Vocabulary.get();

    SpeakerResolver(AnalyzedText doc, ReferentResolver resolver) {
        this.doc = doc;
        this.resolver = resolver;
    }

    /** The speaker a noun phrase stands for. */
    Speaker of(Sentence s, PhraseReader.Unit unit) {
        Referent referent = referent(s, unit);
        SpeakerKind kind = kind(s, unit, referent);
        String organisation = kind == SpeakerKind.DESCRIPTION ? organisation(s, unit, referent) : null;
        return new Speaker(referent, text(s, unit), kind, organisation);
    }

    /**
     * "“...,” he said": the person before the quote, not anyone named inside it; "“...,” it added": the organisation
     * that spoke or was the subject before the quote, as for "it said" without one.
     */
    Speaker pronounBefore(Sentence s, PhraseReader.Unit unit, Quote quote) {
        Token pronoun = s.token(unit.head());
        Referent referent = null;
        if (Grammar.PERSON_PRONOUNS.contains(pronoun.lower())) {
            referent = person(pronoun, quote.open(), quote.close() + 1);
        } else if (GROUP_PRONOUNS.contains(pronoun.lower()) && Grammar.isPronoun(pronoun)) {
            referent = group(pronoun, s.index(), quote.open(), quote.close() + 1);
        }
        return new Speaker(referent, text(s, unit), SpeakerKind.PRONOUN, null);
    }

    /** What "it" (an organisation) or "they"/"we" (also a group named by its members) stands for. */
    private Referent group(Token pronoun, int sentence, int excludeBegin, int excludeEnd) {
        Optional<NameMention> group = pronoun.lower().equals("it")
                ? resolver.organisation(pronoun.begin(), sentence, excludeBegin, excludeEnd)
                : resolver.plural(pronoun.begin(), sentence, excludeBegin, excludeEnd);
        return group.map(Referent::of).orElse(null);
    }

    String text(Sentence s, PhraseReader.Unit unit) {
        return doc.substring(s.token(unit.start()).begin(), s.token(unit.end() - 1).end());
    }

    /**
     * How the phrase names its speaker: a pronoun, a name (its head word is in a name: "Taliban spokesman Zabihullah
     * Mujahid", "the State Department"), or a description whose head can speak ("a senior official", "the
     * campaign", "experts", "the report": a person, a body or a communication, from WordNet) or that was resolved
     * to someone ("the ministry"). Anything else (a claim read after "the chemicals") is no speaker.
     */
    private SpeakerKind kind(Sentence s, PhraseReader.Unit unit, Referent referent) {
        Token head = s.token(unit.head());
        if (isIndefinite(s, unit)) {
            return SpeakerKind.DESCRIPTION;
        }
        if (unit.end() - unit.start() == 1 && PEOPLE_OF_A_GROUP.contains(head.lower())) {
            return SpeakerKind.DESCRIPTION; // "Others opposed the plan", "those close to him say": people, unnamed
        }
        if (unit.end() - unit.start() == 1 && (Grammar.isPronoun(head) || RELATIVE_PRONOUNS.contains(head.lower()))) {
            return SpeakerKind.PRONOUN;
        }
        if (isPartOfPronoun(s, unit)) {
            return SpeakerKind.DESCRIPTION; // "most of whom", "some of them": that many of a group, as "63 percent"
        }
        if (doc.mention(s, unit.head()) != null || namedElsewhere(s, unit).isPresent()) {
            return SpeakerKind.NAME;
        }
        if (referent == null && Character.isUpperCase(head.text().codePointAt(0))
                && head.text().chars().anyMatch(Character::isLowerCase) && (unit.head() > 0 || writtenAsAName(head))) {
            return SpeakerKind.NAME; // a capitalised head inside the sentence that the tagger missed: "The Daily Beast"
        }
        if (PERCENT.contains(head.lower()) && unit.end() - unit.start() >= 2) {
            return SpeakerKind.DESCRIPTION; // "63 percent said", "another 19 percent": the people that many of a group
        }
        return referent != null || vocabulary.isSpeakerNoun(head) ? SpeakerKind.DESCRIPTION : null;
    }

    /**
     * Whether a capitalised word at the start of a sentence, where any word has a capital, is a name all the same: it
     * has a capital inside ("FerryFacts"), or the text writes it with a capital inside a sentence and never in
     * lowercase ("after the debate Checkmate checked ...").
     */
    private boolean writtenAsAName(Token word) {
        String w = word.text();
        if (w.codePoints().skip(1).anyMatch(Character::isUpperCase) && w.chars().anyMatch(Character::isLowerCase)) {
            return true;
        }
        boolean inside = false;
        for (Sentence s : doc.sentences) {
            for (Token t : s.tokens()) {
                if (t.text().equals(w.toLowerCase(Locale.ROOT))) {
                    return false;
                }
                inside |= t.index() > 0 && t.text().equals(w) && s.token(t.index() - 1).isWord();
            }
        }
        return inside;
    }

    /** The organisation a description belongs to: its referent when that is one, else one named inside it. */
    private String organisation(Sentence s, PhraseReader.Unit unit, Referent referent) {
        if (referent != null) {
            return referent.type() == EntityType.ORGANIZATION ? referent.name() : null;
        }
        for (int k = unit.start(); k < unit.end(); k++) {
            NameMention m = doc.mention(s, k);
            if (m != null && m.type == EntityType.ORGANIZATION) {
                return m.canonical;
            }
        }
        return null;
    }

    /** "most of whom", "many of them": a part of a group a pronoun stands for. */
    private static boolean isPartOfPronoun(Sentence s, PhraseReader.Unit unit) {
        return unit.end() - unit.start() == 3 && Grammar.takesAPartAt(s, unit.start())
                && Grammar.isPronoun(s.token(unit.head()));
    }

    private boolean isIndefinite(Sentence s, PhraseReader.Unit unit) {
        return INDEFINITE_PRONOUNS.contains(text(s, unit).toLowerCase(Locale.ROOT));
    }

    private Referent referent(Sentence s, PhraseReader.Unit unit) {
        Token head = s.token(unit.head());
        if (isIndefinite(s, unit)) {
            return null;
        }
        if (unit.end() - unit.start() == 1 && Grammar.PERSON_PRONOUNS.contains(head.lower())
                && Grammar.isPronoun(head)) {
            return person(head, -1, -1);
        }
        if (unit.end() - unit.start() == 1 && RELATIVE_PRONOUNS.contains(head.lower())) {
            return antecedent(s, unit.start());
        }
        if (unit.end() - unit.start() == 1 && GROUP_PRONOUNS.contains(head.lower()) && Grammar.isPronoun(head)) {
            return group(head, s.index(), -1, -1);
        }
        if (isPeopleOfANation(s, unit)) {
            return null;
        }
        if (THE_TWO.contains(text(s, unit).toLowerCase(Locale.ROOT))) {
            return resolver.pair(head.begin(), s.index()).map(Referent::of).orElse(null);
        }
        Optional<NameMention> elsewhere = namedElsewhere(s, unit);
        if (elsewhere.isPresent()) {
            return Referent.of(elsewhere.get());
        }
        Optional<NameMention> named = organisationNamedWith(s, unit);
        if (named.isPresent()) {
            return Referent.of(named.get());
        }
        List<Referent> referents = resolver.resolve(s, unit, ReferentResolver.Purpose.SPEAKER);
        return referents.isEmpty() ? null : referents.get(0);
    }

    /**
     * "Mexicans often say", "many Americans worried": a plural nationality without an article is the people, who speak
     * for themselves, not their country's government; kept as written. ("The Iranians said" may be a delegation, and
     * still stands for the country.)
     */
    private boolean isPeopleOfANation(Sentence s, PhraseReader.Unit unit) {
        NameMention m = doc.mention(s, unit.head());
        Token head = s.token(unit.head());
        return m != null && m.isDemonym() && head.text().endsWith("s")
                && !Grammar.DEFINITE.contains(s.token(unit.start()).lower());
    }

    /**
     * "Yonder said ..." after "Spokesman Paul Yonder", "the PHU pointed to ..." after "the pilots' union, the PHU": a
     * capitalised subject (alone or after "the") that the tagger left untagged, often at the start of a sentence, is
     * the one the text names with that word elsewhere: the surname of a person named in full, or an organisation's
     * or a person's whole one-word name. Only when the word names one entity of the text; empty otherwise.
     */
    private Optional<NameMention> namedElsewhere(Sentence s, PhraseReader.Unit unit) {
        Token head = s.token(unit.head());
        int size = unit.end() - unit.start();
        boolean bare = size == 1 || (size == 2 && Grammar.DEFINITE.contains(s.token(unit.start()).lower()));
        if (!bare || !head.isCapitalized() || doc.mention(s, unit.head()) != null || Grammar.isPronoun(head)
                || head.text().length() < 2) {
            return Optional.empty();
        }
        NameMention found = null;
        for (NameMention m : doc.mentions) {
            if (m.isDemonym() || m.type == EntityType.LOCATION || m.canonical == null) {
                continue;
            }
            String[] words = m.name.split("\\s+");
            boolean surname = m.type == EntityType.PERSON && words.length > 1
                    && words[words.length - 1].equalsIgnoreCase(head.text());
            boolean whole = words.length == 1 && words[0].equalsIgnoreCase(head.text());
            if (!surname && !whole) {
                continue;
            }
            if (found != null && !found.canonical.equals(m.canonical)) {
                return Optional.empty(); // two people of that surname: the word alone names neither
            }
            if (found == null || (m.begin < head.begin() && words.length > 1)) {
                found = m; // the full name, as "Yonder" stands for "Paul Yonder"
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * A relative pronoun's antecedent when it is a name: the mention that ends right before it, a comma or a dash
     * between ("Rep. Ann Cole, who chairs the committee, said ...", "with Ann Cole — who has called for ..."). A
     * description before it names no one here.
     */
    private Referent antecedent(Sentence s, int pronoun) {
        int k = pronoun - 1;
        if (k >= 0 && (s.token(k).text().equals(",") || Grammar.isDash(s.token(k)))) {
            k--;
        }
        NameMention m = doc.mention(s, k);
        boolean endsHere = m != null && (k + 1 >= s.size() || doc.mention(s, k + 1) != m);
        return endsHere && m.type != EntityType.LOCATION ? Referent.of(m) : null;
    }

    /**
     * The person "he"/"she" at the pronoun refers to, outside [excludeBegin, excludeEnd): the resolver's nearest
     * subject if its gender fits, else a recent subject whose gender fits, else the nearest person mentioned in the
     * last two sentences whose gender the text makes clear and fits.
     */
    private Referent person(Token pronoun, int excludeBegin, int excludeEnd) {
        Gender wanted = Gender.ofPronoun(pronoun);
        Optional<NameMention> nearest = resolver.person(pronoun.begin(), excludeBegin, excludeEnd);
        int pronounSentence = doc.sentenceIndexAt(pronoun.begin());
        if (nearest.isPresent() && wanted.fits(Gender.of(nearest.get()))) {
            // After a quote ("“...,” he said"), news names the one quoted in the sentence before it.
            int before = excludeBegin < 0 ? -1 : doc.sentenceIndexAt(excludeBegin) - 1;
            Optional<NameMention> newer = nearest.get().sentence < before && wanted != Gender.UNKNOWN
                    ? lastOfGender(pronoun.begin(), before, wanted, excludeBegin, excludeEnd)
                    : Optional.empty();
            return Referent.of(newer.orElse(nearest.get()));
        }
        if (nearest.isEmpty() || wanted == Gender.UNKNOWN) {
            return null;
        }
        // "Melanie thought ... Hillary Clinton ... “...,” she said": a recent subject whose gender the text leaves open
        // is more likely meant than a person of that gender only mentioned.
        Optional<NameMention> subject = resolver.subjectFitting(pronoun.begin(), excludeBegin, excludeEnd,
                pronounSentence - GENDER_WINDOW_SENTENCES, wanted);
        if (subject.isPresent()) {
            return Referent.of(subject.get());
        }
        for (int i = doc.mentions.size() - 1; i >= 0; i--) {
            NameMention m = doc.mentions.get(i);
            boolean excluded = m.begin >= excludeBegin && m.begin < excludeEnd;
            if (m.begin >= pronoun.begin() || excluded) {
                continue;
            }
            if (m.sentence < pronounSentence - MENTION_WINDOW_SENTENCES) {
                break;
            }
            if (Gender.of(m) == wanted) {
                return Referent.of(m);
            }
        }
        return null;
    }

    /**
     * "Tom Baker said ... A delay angered John Smith, a pilot. “...,” he said.": when the subject a pronoun after a
     * quote would take is older than the sentence before the quote, a person the text makes of the pronoun's gender,
     * named in that sentence, is the one the reader links it to: the last such one, unless a pronoun of that gender
     * since shows the text still about its subject.
     */
    private Optional<NameMention> lastOfGender(int offset, int fromSentence, Gender wanted, int excludeBegin,
                                               int excludeEnd) {
        NameMention found = null;
        for (NameMention m : doc.mentions) {
            if (m.begin >= offset) {
                break;
            }
            boolean excluded = m.begin >= excludeBegin && m.begin < excludeEnd;
            if (m.sentence >= fromSentence && !excluded && Gender.of(m) == wanted
                    && !modifiesNoun(doc.sentences.get(m.sentence), m)) {
                found = m;
            }
        }
        return found == null || pronounAfter(found, offset, wanted) ? Optional.empty() : Optional.of(found);
    }

    /**
     * Whether a pronoun of that gender stands between the mention and the offset (outside quotes): "He praised John
     * Smith": the text goes on about its subject, which the pronoun then still is.
     */
    private boolean pronounAfter(NameMention m, int offset, Gender wanted) {
        for (Sentence s : doc.sentences.subList(m.sentence, doc.sentences.size())) {
            if (s.begin() >= offset) {
                break;
            }
            for (Token t : s.tokens()) {
                if (t.begin() < offset && Grammar.isPronoun(t) && Gender.ofPronoun(t) == wanted
                        && doc.statementQuoteAt(t.begin()) == null && !(t.begin() >= m.begin && t.begin() < m.end)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "the Clinton campaign", "a Trump tweet": a person's name after an article, before a lowercase word, modifies
     * that noun (a person's name takes no article) and stands for no one a pronoun could be.
     */
    private static boolean modifiesNoun(Sentence s, NameMention m) {
        int start = m.start;
        while (start > 0 && s.token(start - 1).isCapitalized()
                && !Grammar.DETERMINERS.contains(s.token(start - 1).lower())) {
            start--; // a title written with the name: "the Sen. Smith campaign"
        }
        Token before = s.at(start - 1);
        Token after = s.at(m.end);
        return before != null && Grammar.DETERMINERS.contains(before.lower()) && after != null
                && after.isLowercaseWord();
    }


    /**
     * "the ministry" → the latest organisation before it whose name has that word ("Foreign Ministry"), "the
     * interior ministry" → one whose name has both; only for a definite phrase of lowercase common nouns, which
     * names no one by itself.
     */
    private Optional<NameMention> organisationNamedWith(Sentence s, PhraseReader.Unit unit) {
        if (!Grammar.DEFINITE.contains(s.token(unit.start()).lower()) || unit.end() - unit.start() < 2) {
            return Optional.empty();
        }
        for (int k = unit.start() + 1; k < unit.end(); k++) {
            if (doc.mention(s, k) != null || !s.token(k).isLowercaseWord()) {
                return Optional.empty();
            }
        }
        List<String> words = new ArrayList<>();
        for (int k = unit.start() + 1; k < unit.end(); k++) {
            words.add(s.token(k).lower());
        }
        NameMention found = null;
        for (NameMention m : doc.mentions) {
            if (m.begin >= s.token(unit.start()).begin()) {
                break;
            }
            if (m.type == EntityType.ORGANIZATION && nameWords(m.canonical).containsAll(words)) {
                found = m;
            }
        }
        return Optional.ofNullable(found);
    }

    private static List<String> nameWords(String name) {
        return Arrays.asList(PhraseMatcher.SEPARATORS.split(name.toLowerCase(Locale.ROOT)));
    }
}
