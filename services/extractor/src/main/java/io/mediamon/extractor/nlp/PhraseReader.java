package io.mediamon.extractor.nlp;

import io.mediamon.schema.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads noun phrases and verb groups from tagged tokens without a parser: closed-class words and the vocabulary
 * mark where a phrase starts and ends. Good enough for the short, regular phrases news sentences put around
 * reporting verbs and action words ("Taliban spokesman Zabihullah Mujahid said", "met with U.S., Pakistani, Saudi
 * and Emirati representatives").
 */
final class PhraseReader {

    /** One noun phrase: tokens [start, end) of a sentence; its head is the last token. */
    record Unit(int start, int end) {
        int head() {
            return end - 1;
        }
    }

    /** Lowercase modifiers allowed before a head: more are likely a verb phrase swallowed by mistake. */
    private static final int MAX_LOWERCASE_WORDS = 3;
    private static final int MAX_APPOSITIVE_TOKENS = 12;
    /** Words that name a part of a group ("percent of voters", "half of the delegates"); counts too ("eight of 10"). */
    private static final Set<String> PARTITIVE_WORDS = Set.of("percent", "%", "half", "third", "quarter",
            "majority", "minority");
    /** "in particular", "for her part", "of the Harbour Institute": a prepositional aside before the verb. */
    private static final int MAX_ASIDE_TOKENS = 5;
    /** "X, the mayor of Y, one of the towns on the coast, said": appositives in a row after a name. */
    private static final int MAX_APPOSITIVES = 2;
    /** Tokens in one appositive ("a former aide who joined the campaign in 2011"). */
    private static final int MAX_LONG_APPOSITIVE_TOKENS = 20;

    private final AnalyzedText doc;
    private final Vocabulary vocabulary;

    PhraseReader(AnalyzedText doc, Vocabulary vocabulary) {
        this.doc = doc;
        this.vocabulary = vocabulary;
    }

    /** Whether the token can be inside a noun phrase (determiners only start one). */
    boolean isNounToken(Sentence s, int i) {
        Token t = s.at(i);
        if (t == null) {
            return false;
        }
        if (doc.mention(s, i) != null) {
            return true;
        }
        if (Grammar.isFunctionWord(t) || Grammar.isPunctuation(t) || Grammar.isAdverb(t) || isVerbLike(s, i)
                || isTaggedFiniteVerb(t)) {
            return false;
        }
        return t.isWord() || isNumber(t);
    }

    /**
     * "E.U. leaders weigh plans", "Mr. Obama scrutinized reports": a lowercase word the tagger reads as a finite verb
     * ends the noun phrase before it (only when the text was tagged: the parse is on).
     */
    private static boolean isTaggedFiniteVerb(Token t) {
        return t.isLowercaseWord() && (t.tag().equals("VBD") || t.tag().equals("VBZ") || t.tag().equals("VBP")
                || t.tag().equals("MD"));
    }

    /** Words the vocabulary knows to be verbs in this position: reporting cues and support verbs. */
    boolean isVerbLike(Sentence s, int i) {
        if (!s.token(i).isLowercaseWord() || isPluralNounBeforeItsVerb(s, i)) {
            return false;
        }
        PhraseMatcher.Match<Vocabulary.CueKind> cue = vocabulary.cues.longestAt(s, i);
        return (cue != null && cue.value() == Vocabulary.CueKind.VERB) || vocabulary.lightVerbs.longestAt(s, i) != null;
    }

    /** An adverb in -ly (token k) before a lowercase past participle inside a noun phrase: "newly filed". */
    private boolean isAdverbOfParticiple(Sentence s, int k) {
        Token adverb = s.at(k);
        Token participle = s.at(k + 1);
        Token before = s.at(k - 1);
        return adverb != null && participle != null && before != null && adverb.isLowercaseWord()
                && adverb.lower().endsWith("ly") && participle.isLowercaseWord()
                && participle.lower().endsWith("ed") && k + 1 < s.size() - 1 && isNounToken(s, k + 2)
                && (Grammar.DETERMINERS.contains(before.lower()) || Grammar.PREPOSITIONS.contains(before.lower()));
    }

    /**
     * "an analysis of new reports shows", "a review of the claims found": a cue in -s that is also a plural noun that
     * speaks is the head of the subject when a finite reporting verb follows it (two finite verbs do not stand side
     * by side). Not after a name, a pronoun or a noun that speaks, where it is the verb and what follows its object:
     * "the mayor claims reports of delays were false".
     */
    boolean isPluralNounBeforeItsVerb(Sentence s, int i) {
        Token t = s.at(i);
        Token next = s.at(i + 1);
        Token before = s.at(i - 1);
        if (t == null || next == null || before == null || !t.isLowercaseWord() || !next.isLowercaseWord()) {
            return false;
        }
        String w = t.lower();
        String v = next.lower();
        PhraseMatcher.Match<Vocabulary.CueKind> verb = vocabulary.cues.longestAt(s, i + 1);
        boolean finite = verb != null && verb.value() == Vocabulary.CueKind.VERB && !v.endsWith("ing")
                && (v.endsWith("s") || v.endsWith("ed") || v.equals("found") || v.equals("said"));
        boolean subjectBefore = doc.mention(s, i - 1) != null || Grammar.isPronoun(before)
                || (vocabulary.isSpeakerNoun(before) && !before.lower().endsWith("s"));
        return finite && w.endsWith("s") && !w.endsWith("ss") && vocabulary.isSpeakerNoun(t)
                && !(subjectBefore && !Grammar.DETERMINERS.contains(before.lower()));
    }

    private static boolean isNumber(Token t) {
        return Character.isDigit(t.text().codePointAt(0));
    }

    private boolean isPronoun(Token t) {
        return Grammar.isPronoun(t) && !Grammar.DETERMINERS.contains(t.lower());
    }

    // ---- reading leftwards: subjects ----

    /** The noun phrase ending at token last (inclusive), read leftwards, or null. */
    Unit readLeft(Sentence s, int last) {
        Token head = s.at(last);
        if (head == null) {
            return null;
        }
        // "the Harbour Authority, which reported ...": "which" stands for the name before it, as "who" does.
        if (isPronoun(head) || head.is("which")) {
            Token before = s.at(last - 1);
            return head.is("one") && before != null && before.is("no") ? new Unit(last - 1, last + 1)
                    : new Unit(last, last + 1);
        }
        if (!isNounToken(s, last)) {
            return null;
        }
        int i = last;
        int lowercase = head.isLowercaseWord() ? 1 : 0;
        while (i > 0) {
            Token p = s.token(i - 1);
            // "one harbour official said": "one" before a noun is a determiner, as readRightUnit reads it.
            if ((Grammar.DETERMINERS.contains(p.lower()) && !p.is("that")) || (p.is("one") && s.token(i).isWord())) {
                i--;
                break;
            }
            if (Grammar.isPossessiveMarker(p) || p.text().equals("-")
                    || (isNameConnector(p) && s.token(i).isCapitalized() && i >= 2 && s.token(i - 2).isCapitalized()
                    && !isCapitalisedOnlyAsFirstWord(s, i - 2))) {
                i--;
                continue;
            }
            if (isAdverbOfParticiple(s, i - 1)) {
                i--; // "newly filed reports", "recently released polls": the adverb modifies the participle
                continue;
            }
            if (!isNounToken(s, i - 1)) {
                break;
            }
            // "campaign-finance reports": the halves of a hyphenated compound are one word
            boolean compoundHalf = s.at(i).text().equals("-");
            if (p.isLowercaseWord() && doc.mention(s, i - 1) == null && !vocabulary.isTitle(p) && !compoundHalf) {
                if (++lowercase > MAX_LOWERCASE_WORDS) {
                    break;
                }
            }
            i--;
        }
        return new Unit(i, last + 1);
    }

    /**
     * "44 percent of registered voters said", "eight of 10 voters say", "many of the pilots say": the subject is the
     * part, not the whole it is taken from; the unit is widened to start at the quantity (its head stays the noun that
     * can speak).
     */
    Unit withPartitive(Sentence s, Unit unit) {
        Token of = s.at(unit.start() - 1);
        Token quantity = s.at(unit.start() - 2);
        if (of == null || !of.is("of") || quantity == null
                || !(isQuantity(quantity) || Grammar.takesAPartAt(s, unit.start() - 2))) {
            return unit;
        }
        int start = unit.start() - 2;
        Token before = s.at(start - 1);
        if (before != null && isNumber(before)) {
            start--; // "44 percent"
        }
        return new Unit(start, unit.end());
    }

    /** Prepositions that open a phrase after the noun it modifies ("experts on", "officials at", "critics of"). */
    private static final Set<String> MODIFIER_PREPOSITIONS = Set.of("of", "on", "in", "at", "from", "with", "among",
            "about", "inside", "within");
    /** Prepositional phrases (or their coordinated objects) crossed leftwards to the noun phrase they modify. */
    private static final int MAX_MODIFIER_HOPS = 3;

    /**
     * "Experts on harbour policy and ferry safety said", "Tom Baker at a rally in Oban said": the leftmost noun phrase
     * of a chain of prepositional phrases ending at the unit, when it can speak (a person or organisation named, or
     * a noun that speaks); null when there is none, or no preposition before the unit. "A spokesman for ..." is left
     * to the reading that lets him speak for the organisation.
     */
    private Unit modifiedBy(Sentence s, Unit unit) {
        if (isPronoun(s.token(unit.head()))) {
            return null;
        }
        Unit found = nounBeforeParticiple(s, unit);
        int start = found == null ? unit.start() : found.start();
        for (int hop = 0; hop < MAX_MODIFIER_HOPS; hop++) {
            Token p = s.at(start - 1);
            if (p == null) {
                break;
            }
            if (p.is("and") && found == null) {
                Unit other = readLeft(s, start - 2);
                if (other == null || isPronoun(s.token(other.head()))) {
                    break;
                }
                start = other.start();
                continue;
            }
            // "a poll released in late August", "people involved in the talks": a participle and its preposition after
            // the noun they modify; not "by", whose agent may well be the source ("research conducted by X found").
            Token participle = s.at(start - 2);
            boolean reduced = Grammar.PREPOSITIONS.contains(p.text()) && !p.is("by") && isPastParticiple(participle);
            if (!reduced && !MODIFIER_PREPOSITIONS.contains(p.text())) {
                break;
            }
            int leftEnd = reduced ? start - 3 : start - 2;
            Unit left = readLeft(s, leftEnd);
            if (left == null || isPronoun(s.token(left.head())) || left.end() != leftEnd + 1) {
                break;
            }
            start = left.start();
            found = canSpeak(s, left) || standsForPeople(s, left) ? left : null;
        }
        // The phrase found opens the subject: not the object of a preposition before it ("In a meeting with the
        // Post, Trump said"), nor an appositive after a name and a comma ("X, a division of Y, said"), nor the
        // second of two coordinated phrases ("X, an adviser and an associate professor at Y, said").
        if (found == null) {
            return null;
        }
        int b = found.start() - 1;
        Token before = s.at(b);
        boolean opens = before == null || !(Grammar.PREPOSITIONS.contains(before.lower())
                || Grammar.CONJUNCTIONS.contains(before.lower()) || isNounToken(s, b)
                || (before.text().equals(",") && doc.mention(s, b - 1) != null));
        return opens ? found : null;
    }

    /**
     * "the priority placed on motivating crews in Oban shows ...", "the dispute with Norway shows ...": a place named
     * after a preposition (not "of": "the city of Phoenix") right before the verb ends a modifier of a subject that
     * cannot speak; it is no speaker.
     */
    private boolean isPlaceEndingAModifier(Sentence s, Unit unit) {
        NameMention m = doc.mention(s, unit.head());
        Token before = s.at(unit.start() - 1);
        return m != null && m.start == unit.start() && m.type == EntityType.LOCATION && !m.isDemonym()
                && before != null && MODIFIER_PREPOSITIONS.contains(before.lower()) && !before.is("of")
                && unit.start() > 1; // "the city of Phoenix says" is the city
    }

    /**
     * "A union representing ferry crews said", "Lawyers advising the board argued": a present participle opening the
     * unit, with its object, modifies the noun right before it, which is the subject when it can speak.
     */
    private Unit nounBeforeParticiple(Sentence s, Unit unit) {
        // The reader may have taken the participle in as a modifier ("representing ferry crews") or not ("the board").
        int participle = unit.start() < unit.head() && isPresentParticiple(s.token(unit.start())) ? unit.start()
                : unit.start() - 1;
        if (!isPresentParticiple(s.at(participle))) {
            return null;
        }
        Unit left = readLeft(s, participle - 1);
        boolean speaks = left != null && left.end() == participle && !isPronoun(s.token(left.head()))
                && (canSpeak(s, left) || standsForPeople(s, left));
        return speaks ? left : null;
    }

    /** "representing", "advising": a lowercase word in -ing that is no preposition ("during", "including"). */
    private static boolean isPresentParticiple(Token t) {
        return t != null && t.isLowercaseWord() && t.text().length() >= 6 && t.text().endsWith("ing")
                && !Grammar.PREPOSITIONS.contains(t.lower());
    }

    /** "released", "involved", "taken", "chosen": a lowercase past participle (by its ending). */
    private static boolean isPastParticiple(Token t) {
        String w = t == null ? "" : t.text();
        return t != null && t.isLowercaseWord() && w.length() >= 5 && (w.endsWith("ed") || w.endsWith("en"));
    }

    /**
     * "People close to Paula Green said", "a source close to the campaign said": those close to someone speak, not
     * the one they are close to. The phrase before "close to", or null.
     */
    private Unit closeTo(Sentence s, Unit unit) {
        Token to = s.at(unit.start() - 1);
        Token close = s.at(unit.start() - 2);
        if (to == null || close == null || !to.is("to") || !close.is("close")) {
            return null;
        }
        Unit before = readLeft(s, unit.start() - 3);
        if (before == null && unit.start() >= 3) {
            Unit word = new Unit(unit.start() - 3, unit.start() - 2);
            return standsForPeople(s, word) ? word : null; // "Those close to him say"
        }
        return before;
    }

    /**
     * "Officials who reviewed the report said": the phrase before the verb is the object of a relative clause, and
     * the noun that clause describes is the subject, when it can speak. The phrase the relative pronoun follows, or
     * null when the object is preceded by no verb right after "who", "that" or "which".
     */
    private Unit antecedentOfRelativeClause(Sentence s, Unit object) {
        int verb = object.start() - 1;
        Token v = s.at(verb);
        int k = verb - 1;
        while (k >= 0 && (Grammar.AUXILIARIES.contains(s.token(k).lower()) || Grammar.isAdverb(s.token(k)))) {
            k--; // "that had insured", "who have long opposed"
        }
        Token relative = s.at(k);
        if (v == null || relative == null || !v.isLowercaseWord() || Grammar.isFunctionWord(v)
                || !(relative.is("who") || relative.is("that") || relative.is("which"))) {
            return antecedentOfLongClause(s, object);
        }
        int last = k - 1;
        if (s.at(last) != null && s.token(last).text().equals(",")) {
            last--;
        }
        Unit antecedent = readLeft(s, last);
        return antecedent != null && canSpeak(s, antecedent) ? antecedent : null;
    }

    /** Pronouns that open a relative clause without "that" after the noun it describes ("the pilots I interviewed"). */
    private static final Set<String> CONTACT_CLAUSE_SUBJECTS = Set.of("i", "we", "you", "they", "he", "she");

    /**
     * "All the pilots I interviewed said", "the officials we asked agreed": a past verb right before the cue, after a
     * personal pronoun, closes a relative clause with no "that"; the phrase before the pronoun is the subject, when
     * it can speak or stands for people ("everyone I asked"). That phrase, or null.
     */
    Unit antecedentOfContactClause(Sentence s, Unit unit) {
        Token verb = s.token(unit.head());
        Token pronoun = s.at(unit.start() - 1);
        if (unit.end() - unit.start() != 1 || !verb.isLowercaseWord() || !verb.text().endsWith("ed")
                || pronoun == null || !CONTACT_CLAUSE_SUBJECTS.contains(pronoun.lower())) {
            return null;
        }
        Unit antecedent = readLeft(s, unit.start() - 2);
        if (antecedent == null || isPronoun(s.token(antecedent.head()))) {
            boolean everyone = antecedent != null && antecedent.end() - antecedent.start() == 1
                    && Set.of("everyone", "everybody").contains(s.token(antecedent.head()).lower());
            return everyone ? antecedent : null;
        }
        if (!canSpeak(s, antecedent)) {
            return null;
        }
        Token all = s.at(antecedent.start() - 1); // "all the pilots": a predeterminer opens the phrase
        return all != null && (all.is("all") || all.is("both")) ? new Unit(antecedent.start() - 1, antecedent.end())
                : antecedent;
    }

    /** Pronouns for all the people there are, who speak as a group: "a view echoed by everyone". */
    static final Set<String> EVERYONE = Set.of("everyone", "everybody");

    /**
     * "a view echoed by everyone I interviewed", "criticized by everybody": "everyone" as a passive's agent (unit, read
     * right of "by"), widened over a relative clause without "that" after it (a subject pronoun and a verb in -ed:
     * who they are); null when the unit is not "everyone".
     */
    Unit everyoneWithItsClause(Sentence s, Unit unit) {
        if (unit.end() - unit.start() != 1 || !EVERYONE.contains(s.token(unit.start()).lower())) {
            return null;
        }
        Token pronoun = s.at(unit.end());
        Token verb = s.at(unit.end() + 1);
        boolean clause = pronoun != null && verb != null && CONTACT_CLAUSE_SUBJECTS.contains(pronoun.lower())
                && verb.isLowercaseWord() && verb.text().endsWith("ed");
        return clause ? new Unit(unit.start(), unit.end() + 2) : unit;
    }

    /** "who have been some of the loudest critics of the tolls": the longest relative clause read across. */
    private static final int MAX_RELATIVE_CLAUSE_TOKENS = 12;

    /**
     * "Pilots who have been some of the loudest critics of the tolls said": the phrase before the verb ends a
     * relative clause opened by "who" further left, with no punctuation between; the clause's own verb (an
     * auxiliary or a lowercase word right after "who") shows "who" is its subject ("the pilot who Paula Green hired":
     * an object, not read here). The noun before "who" is the subject, when it can speak; null otherwise. Only
     * "who": "that" and "which" may open a complement or describe a thing ("an analysis of operators that ...").
     */
    private Unit antecedentOfLongClause(Sentence s, Unit object) {
        for (int k = object.start() - 1; k > 0 && object.start() - k <= MAX_RELATIVE_CLAUSE_TOKENS; k--) {
            Token t = s.token(k);
            if (Grammar.isPunctuation(t) || Grammar.isOpenQuote(t) || Grammar.isCloseQuote(t)) {
                return null;
            }
            if (t.text().equals("who")) {
                Token first = s.at(k + 1);
                boolean subjectOfClause = first != null && first.isLowercaseWord()
                        && (Grammar.AUXILIARIES.contains(first.lower()) || !Grammar.isFunctionWord(first));
                int last = s.token(k - 1).text().equals(",") ? k - 2 : k - 1;
                Unit antecedent = subjectOfClause && last >= 0 ? readLeft(s, last) : null;
                return antecedent != null && canSpeak(s, antecedent) ? antecedent : null;
            }
        }
        return null;
    }

    /** "Others in the party", "those at the meeting": a word that stands for people of the group after it. */
    private static boolean standsForPeople(Sentence s, Unit unit) {
        return unit.end() - unit.start() == 1 && Set.of("others", "those").contains(s.token(unit.head()).lower());
    }

    /** Whether the phrase names someone who can speak: a person or organisation, or a noun that speaks. */
    boolean canSpeak(Sentence s, Unit unit) {
        NameMention m = doc.mention(s, unit.head());
        if (m != null) {
            return m.type == EntityType.PERSON || m.type == EntityType.ORGANIZATION;
        }
        Token head = s.token(unit.head());
        return head.isWord() && !isQuantity(head) && vocabulary.isSpeakerNoun(head);
    }

    private static boolean isQuantity(Token t) {
        return isNumber(t) || PARTITIVE_WORDS.contains(t.lower()) || Grammar.COUNT_WORDS.contains(t.lower());
    }

    /**
     * "Critics of Paula Green said": a noun that speaks, capitalised only because it opens the sentence and in no
     * name, is no first word of a name joined by "of" ("Bank of England" is a name the tagger reads whole).
     */
    private boolean isCapitalisedOnlyAsFirstWord(Sentence s, int k) {
        return k == 0 && doc.mention(s, k) == null && vocabulary.isSpeakerNoun(s.token(k))
                && !vocabulary.isTitle(s.token(k)); // "Secretary of State X" is one title
    }

    /** "Country Reports on Terrorism", "Bank of England": a small word inside a capitalized name. */
    private static boolean isNameConnector(Token t) {
        return t.is("of") || t.is("on") || t.is("for") || t.is("de") || t.is("al");
    }

    /**
     * The subject noun phrases of the verb group that ends just before token verbStart: adverbs, auxiliaries, time
     * expressions, parentheticals and relative clauses are skipped; "A and B met" gives both. Empty if none.
     */
    List<Unit> subjectOf(Sentence s, int verbStart) {
        return subjectOf(s, verbStart, false);
    }

    /**
     * The subject noun phrases as {@link #subjectOf(Sentence, int)} reads them; with headFirst, a phrase that only
     * ends a prepositional phrase gives way to the noun phrase that phrase modifies, when that one can speak
     * ("experts on harbour policy said" is said by the experts, not by the policy).
     */
    List<Unit> subjectOf(Sentence s, int verbStart, boolean headFirst) {
        Unit opening = nameBeforeAppositives(s, verbStart);
        if (opening != null) {
            return List.of(opening);
        }
        int end = subjectEnd(s, verbStart);
        if (end < 0) {
            return List.of();
        }
        Unit unit = readLeft(s, end);
        if (unit == null && headFirst && isPastParticiple(s.at(end)) && doc.isTime(s, verbStart - 1)) {
            // "A poll conducted in early May found": the time after the participle was skipped as the verb's own.
            Unit head = readLeft(s, end - 1);
            return head != null && canSpeak(s, head) ? List.of(head) : List.of();
        }
        if (unit == null) {
            return List.of();
        }
        Unit antecedent = headFirst ? antecedentOfRelativeClause(s, unit) : null;
        if (antecedent != null) {
            unit = antecedent;
        }
        Unit close = headFirst ? closeTo(s, unit) : null;
        if (close != null) {
            return List.of(close);
        }
        Unit part = withPartitive(s, unit);
        Unit person = appositiveHolder(s, part);
        if (person != null) {
            return List.of(person);
        }
        if (headFirst && part.equals(unit)) {
            Unit modified = modifiedBy(s, unit);
            if (modified != null) {
                return List.of(modified);
            }
            if (isPlaceEndingAModifier(s, unit)) {
                return List.of();
            }
        }
        unit = part;
        return coordinatedLeft(s, unit);
    }

    /** Index of the last token of the subject before the verb group ending before verbStart, or -1. */
    int subjectEnd(Sentence s, int verbStart) {
        int i = verbStart - 1;
        int skippedComma = -1;
        while (i >= 0) {
            Token t = s.token(i);
            if (Grammar.isAdverb(t) || Grammar.AUXILIARIES.contains(t.lower()) || t.is("not") || t.is("n't")
                    || t.is("n’t") || isContractedAuxiliary(s, i) || Grammar.isFloatingQuantifier(s, i)
                    || (doc.isTime(s, i) && doc.mention(s, i) == null) || (skippedComma < 0 && introducesTime(s, i, verbStart))) {
                i--;
            } else if (t.text().equals(",")) {
                skippedComma = i;
                i--;
            } else if (Grammar.isDash(t) || t.text().equals(")")) {
                int opener = matchingOpener(s, i);
                if (opener < 0) {
                    return -1;
                }
                i = opener - 1;
            } else if (t.is("to") && i > 0 && s.token(i - 1).isLowercaseWord() && !Grammar.isFunctionWord(s.token(i - 1))) {
                i -= 2; // "agreed to meet": the subject of "agreed" meets
            } else {
                break;
            }
        }
        if (i >= 0 && skippedComma > i) {
            // "Iran, which has ties to X, met", "Trump, speaking to veterans in Virginia, said", "Obama, asked about
            // the report, said": skip back over a relative or participle clause between commas.
            int comma = previousComma(s, skippedComma - 1);
            if (comma >= 0 && comma < i && (isRelativeWord(s.at(comma + 1)) || isParticiple(s.at(comma + 1))
                    || isAsidePhrase(s, comma + 1, skippedComma, isPersonEndingAt(s, comma - 1)))) {
                return subjectEnd(s, comma);
            }
        }
        return i;
    }

    /**
     * "Sanders on Tuesday said": a preposition before a time between the subject and its verb; not after a comma,
     * where it may end a clause about someone else ("X, who visited Burma in 2011, said").
     */
    private boolean introducesTime(Sentence s, int i, int verbStart) {
        return i + 1 < verbStart && Grammar.PREPOSITIONS.contains(s.token(i).lower()) && doc.isTime(s, i + 1)
                && doc.mention(s, i + 1) == null;
    }

    /**
     * "speaking", "asked", "joined": a lowercase -ing or -ed word that opens a participle clause; not "including"
     * or "according", which open a phrase that belongs to the subject ("unions, including the AFL-CIO, said").
     */
    private static boolean isParticiple(Token t) {
        String w = t == null ? "" : t.lower();
        return t != null && t.isLowercaseWord() && w.length() >= 5 && (w.endsWith("ing") || w.endsWith("ed"))
                && !w.equals("including") && !w.equals("according");
    }

    /**
     * "X, in particular, has criticized", "X, for her part, said": a short prepositional phrase between commas, tokens
     * [from, to), that sets the subject apart without being one; no verb in it.
     */
    private boolean isAsidePhrase(Sentence s, int from, int to) {
        return isAsidePhrase(s, from, to, false);
    }

    /**
     * As {@link #isAsidePhrase(Sentence, int, int)}; after one person, "like" compares rather than names members
     * ("Ann Cole, like the governor, has ...") and may open the aside too.
     */
    boolean isAsidePhrase(Sentence s, int from, int to, boolean afterPerson) {
        String opening = s.token(from).lower();
        // "experts, including Ann Cole, said": a phrase that names members of the subject belongs to it.
        if (to - from < 2 || to - from > MAX_ASIDE_TOKENS || !Grammar.PREPOSITIONS.contains(opening)
                || opening.equals("including") || (opening.equals("like") && !afterPerson)) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (isVerbLike(s, k) || isTaggedFiniteVerb(s.token(k))) {
                return false;
            }
        }
        return true;
    }

    /** "She’s claiming", "he's warned": "'s" after a personal pronoun is "is" or "has", not a possessive. */
    private static boolean isContractedAuxiliary(Sentence s, int i) {
        Token t = s.token(i);
        Token before = s.at(i - 1);
        return (t.text().equals("'s") || t.text().equals("’s")) && before != null
                && Set.of("he", "she", "it", "who", "that").contains(before.lower());
    }

    private boolean isPersonEndingAt(Sentence s, int k) {
        NameMention m = doc.mention(s, k);
        return m != null && m.type == EntityType.PERSON;
    }

    private static boolean isRelativeWord(Token t) {
        return t != null && (t.is("which") || t.is("who") || t.is("whose") || t.is("whom"));
    }

    private static int previousComma(Sentence s, int from) {
        for (int k = from; k >= 0; k--) {
            if (s.token(k).text().equals(",")) {
                return k;
            }
        }
        return -1;
    }

    /** The opening dash or parenthesis matching the closing one at i, or -1. */
    private static int matchingOpener(Sentence s, int i) {
        boolean dash = Grammar.isDash(s.token(i));
        for (int k = i - 1; k >= 0; k--) {
            Token t = s.token(k);
            if (dash ? Grammar.isDash(t) : t.text().equals("(")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "Ali Shamkhani, secretary of Iran's National Security Council, said": the phrase before the verb is an
     * appositive describing a role; the person before it is the subject. Returns the person's phrase or null.
     */
    Unit appositiveHolder(Sentence s, Unit unit) {
        NameMention headMention = doc.mention(s, unit.head());
        if (headMention != null && headMention.type == EntityType.PERSON) {
            return null;
        }
        boolean role = false;
        for (int k = unit.end - 1; k >= unit.start; k--) {
            role |= vocabulary.isTitle(s.token(k)) || vocabulary.isAgentNoun(s.token(k));
        }
        int k = unit.start - 1;
        while (k >= 0 && unit.start - k <= MAX_APPOSITIVE_TOKENS) {
            Token t = s.token(k);
            if (t.text().equals(",")) {
                NameMention before = doc.mention(s, k - 1);
                // "Ed Rendell, a Clinton surrogate, said": an indefinite phrase after a person describes that person.
                Token opening = s.at(k + 1);
                boolean indefinite = opening != null && (opening.is("a") || opening.is("an"));
                if ((role || indefinite) && before != null && before.type == EntityType.PERSON) {
                    return new Unit(before.start, before.end);
                }
                return null;
            }
            // "Ann Cole, an analyst at the Harbour Institute, said": the description may end in a prepositional
            // phrase naming where the person works; its noun is not the speaker.
            if (!(Grammar.PREPOSITIONS.contains(t.lower()) || isNounToken(s, k) || Grammar.DETERMINERS.contains(t.lower())
                    || Grammar.isPossessiveMarker(t))) {
                return null;
            }
            role |= vocabulary.isTitle(t) || vocabulary.isAgentNoun(t);
            k--;
        }
        return null;
    }

    /**
     * "Ann Cole, a former aide who joined the campaign in 2011, said", "Norway, the largest buyer of the catch, said",
     * "Tom Reid, 54, told": the name that opens the clause is the subject of a verb right after one or two
     * appositives set off by commas, however long, whatever the name is (a person, an organisation, a country acting).
     * The name must open the sentence (or follow the quote it attributes, or a conjunction or adverb that opens it): a
     * name after an introductory phrase ("In Oban, the harbour master said") is no subject. Returns the name's
     * phrase, or null.
     */
    Unit nameBeforeAppositives(Sentence s, int verbStart) {
        int k = verbStart - 1;
        while (k >= 0 && (Grammar.isAdverb(s.token(k)) || Grammar.AUXILIARIES.contains(s.token(k).lower()))) {
            k--;
        }
        if (k < 1 || !s.token(k).text().equals(",")) {
            return null;
        }
        int segmentEnd = k;
        for (int n = 0; n < MAX_APPOSITIVES; n++) {
            int comma = previousComma(s, segmentEnd - 1);
            if (comma < 1 || !(isAppositive(s, comma + 1, segmentEnd) || isRelativeClause(s, comma + 1, segmentEnd))) {
                return null;
            }
            Unit name = nameEndingAt(s, comma - 1);
            if (name != null && opensClause(s, name.start)) {
                return name;
            }
            segmentEnd = comma;
        }
        return null;
    }

    /**
     * Tokens [from, to) describe the name before them: a noun phrase (a determiner, a possessive, a number such as an
     * age, or a noun first) with no reporting verb and no quotation; a relative clause may end it ("an aide who
     * joined ..."). Not a phrase opening with a preposition, a participle or a relative word: those are asides and
     * clauses {@link #subjectEnd} reads.
     */
    private boolean isAppositive(Sentence s, int from, int to) {
        if (to - from < 1 || to - from > MAX_LONG_APPOSITIVE_TOKENS) {
            return false;
        }
        Token first = s.token(from);
        boolean nominal = (Grammar.DETERMINERS.contains(first.lower()) && !first.is("that"))
                || isNumber(first) || (isNounToken(s, from) && !isParticiple(first)) || Grammar.takesAPartAt(s, from);
        if (!nominal || Grammar.PREPOSITIONS.contains(first.lower())) {
            return false;
        }
        boolean relative = false;
        for (int k = from; k < to; k++) {
            Token t = s.token(k);
            if (Grammar.isQuote(t) || t.text().equals(";") || t.text().equals(":") || Grammar.isDash(t)) {
                return false;
            }
            relative |= isRelativeWord(t) || (t.is("that") && k > from);
            // "one of the states suing ...", "the reports' author": a cue word after a determiner is a noun
            boolean noun = k > from && Grammar.DETERMINERS.contains(s.token(k - 1).lower());
            if (!relative && !noun && (isVerbLike(s, k) || isTaggedFiniteVerb(t))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tokens [from, to) are a relative clause between commas ("Tom Reid, 54, who has chaired the council since 2010,
     * told ..."): opened by "who", "whose" or "which", with no quotation.
     */
    private static boolean isRelativeClause(Sentence s, int from, int to) {
        if (to - from < 2 || to - from > MAX_LONG_APPOSITIVE_TOKENS) {
            return false;
        }
        Token first = s.token(from);
        if (!(first.is("who") || first.is("whose") || first.is("which"))) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = s.token(k);
            if (Grammar.isQuote(t) || t.text().equals(";") || t.text().equals(":") || Grammar.isDash(t)) {
                return false;
            }
        }
        return true;
    }

    /** The name ending at token k, read leftwards with its titles ("Rep. Ann Cole (R-Ida.)"), or null. */
    private Unit nameEndingAt(Sentence s, int k) {
        if (k >= 0 && s.token(k).text().equals(")")) {
            int opener = matchingOpener(s, k);
            k = opener - 1;
        }
        NameMention m = k < 0 ? null : doc.mention(s, k);
        if (m == null || m.end != k + 1) {
            return null;
        }
        Unit unit = readLeft(s, k);
        return unit != null && unit.start() <= m.start ? unit : null;
    }

    /**
     * Whether token start opens the clause: the sentence's first word, after an opening quote mark, after the quote
     * the clause attributes ("“...,” Ann Cole, the mayor, said"), or after a capitalised conjunction or adverb
     * ("But", "Even").
     */
    private static boolean opensClause(Sentence s, int start) {
        int k = start - 1;
        // A closing mark may share its token with an inner quote's ("‘...,’”"): closesQuotes reads both.
        if (k >= 0 && s.token(k).text().equals(",")) {
            return (k >= 1 && Grammar.closesQuotes(s.token(k - 1))) || closesIntroduction(s, k);
        }
        if (k < 0 || (k == 0 && Grammar.isOpenQuote(s.token(0))) || Grammar.closesQuotes(s.token(k))) {
            return true;
        }
        Token opener = s.token(k);
        return k == 0 && opener.isCapitalized() && (Grammar.CONJUNCTIONS.contains(opener.lower())
                || Grammar.isAdverb(opener));
    }

    /** "During a long speech in the harbour town,": an introductory phrase before the sentence's subject. */
    private static final int MAX_INTRODUCTION_TOKENS = 16;

    /**
     * "With a week until the vote, Ann Cole, an adviser to the council, called ...": the comma (token comma) closes a
     * phrase that opens the sentence with a preposition or an adverb ("On Friday,", "Later,") and holds no comma of
     * its own; the name after it opens the clause as much as one at the sentence's start. A name inside that phrase
     * ("In Oban, the harbour master ...") does not. Not after an opening participle ("Announcing the talks, X, ...,
     * said"): that phrase is a claim of its own, which the subject found here would make of every such opening.
     */
    private static boolean closesIntroduction(Sentence s, int comma) {
        if (comma < 1 || comma >= MAX_INTRODUCTION_TOKENS) {
            return false;
        }
        Token first = s.token(0);
        String w = first.lower();
        boolean opener = Grammar.PREPOSITIONS.contains(w) || Grammar.isAdverb(first);
        for (int k = 1; opener && k < comma; k++) {
            Token t = s.token(k);
            opener = !t.text().equals(",") && !Grammar.isOpenQuote(t) && !Grammar.isCloseQuote(t);
        }
        return opener;
    }

    /** "Iran and Russia met": units joined by "and"/"or" (and commas before them), read leftwards. */
    private List<Unit> coordinatedLeft(Sentence s, Unit last) {
        List<Unit> units = new ArrayList<>();
        units.add(0, last);
        if (doc.mention(s, last.head()) == null) {
            return units;
        }
        Unit current = last;
        boolean sawConjunction = false;
        boolean person = isPersonHead(s, last);
        while (current.start >= 2) {
            Token connector = s.token(current.start - 1);
            boolean conjunction = connector.is("and") || connector.is("or");
            if (!(conjunction || (sawConjunction && connector.text().equals(",")))
                    || doc.mention(s, current.start - 2) == null) {
                break;
            }
            // "native Afghan and former ambassador X": a nationality word coordinated with a person describes them.
            if (isPersonHead(s, new Unit(current.start - 2, current.start - 1)) != person) {
                break;
            }
            Unit previous = readLeft(s, current.start - 2);
            if (previous == null) {
                break;
            }
            sawConjunction |= conjunction;
            units.add(0, previous);
            current = previous;
        }
        return units;
    }

    private boolean isPersonHead(Sentence s, Unit unit) {
        NameMention m = doc.mention(s, unit.head());
        return m != null && m.type == EntityType.PERSON;
    }

    // ---- reading rightwards: objects ----

    /** One noun phrase starting at token first (a determiner may come first), or null. */
    Unit readRightUnit(Sentence s, int first) {
        Token t = s.at(first);
        if (t == null) {
            return null;
        }
        // "one official": "one" before a noun is a determiner, not the pronoun.
        boolean determiner = (Grammar.DETERMINERS.contains(t.lower()) && !t.is("that"))
                || (t.is("one") && isNounToken(s, first + 1));
        if (isPronoun(t) && !determiner) {
            return new Unit(first, first + 1);
        }
        int j = first;
        if (determiner) {
            j++;
        }
        int contentStart = j;
        int lowercase = 0;
        while (j < s.size()) {
            Token c = s.token(j);
            boolean inName = doc.mention(s, j) != null;
            if (inName || (j > contentStart && (Grammar.isPossessiveMarker(c) || c.text().equals("-")))) {
                j++;
                continue;
            }
            if (isNameConnector(c) && j > contentStart && s.token(j - 1).isCapitalized()
                    && s.at(j + 1) != null && s.token(j + 1).isCapitalized()) {
                j++;
                continue;
            }
            if (!isNounToken(s, j)) {
                break;
            }
            if (c.isLowercaseWord() && !vocabulary.isTitle(c) && ++lowercase > MAX_LOWERCASE_WORDS
                    && !nameAfterNouns(s, j)) {
                break;
            }
            j++;
        }
        return j > contentStart ? new Unit(first, j) : null;
    }

    /** Lowercase nouns a long description may still have before the name it ends in. */
    private static final int MAX_NOUNS_BEFORE_NAME = 2;

    /**
     * "veteran talk radio host Sam Pell": from token k, at most two more nouns and then a name, which the words
     * before describe; the description is not cut before the name it leads to.
     */
    private boolean nameAfterNouns(Sentence s, int k) {
        for (int j = k; j < s.size() && j <= k + MAX_NOUNS_BEFORE_NAME; j++) {
            if (doc.mention(s, j) != null) {
                return j > k;
            }
            if (!isNounToken(s, j) || !s.token(j).isLowercaseWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * The noun phrases starting at token first: one, or a list "A, B and C" / "A and B". Commas only count as
     * list separators when an "and"/"or" closes the list, so an appositive is not mistaken for a list.
     */
    List<Unit> readRight(Sentence s, int first) {
        Unit unit = readRightUnit(s, first);
        if (unit == null) {
            return List.of();
        }
        List<Unit> units = new ArrayList<>();
        units.add(unit);
        List<Unit> pending = new ArrayList<>();
        Unit current = unit;
        while (true) {
            Token connector = s.at(current.end);
            if (connector == null) {
                break;
            }
            boolean conjunction = connector.is("and") || connector.is("or");
            if (!conjunction && !connector.text().equals(",")) {
                break;
            }
            Unit next = readRightUnit(s, current.end + 1);
            if (next == null) {
                break;
            }
            if (conjunction) {
                units.addAll(pending);
                units.add(next);
                pending.clear();
                break;
            }
            pending.add(next);
            current = next;
        }
        return units;
    }
}
