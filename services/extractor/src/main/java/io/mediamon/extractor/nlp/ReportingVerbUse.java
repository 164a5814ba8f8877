package io.mediamon.extractor.nlp;

import io.mediamon.schema.EntityType;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a word of the cue list is used as a reporting verb where it stands: "the report states" and "X claims"
 * report, "several states", "the claims" and "was asked" do not. Reads the words around the cue only (no parse):
 * nouns, passives, hypotheticals, denials of speech, a verb inside a quote or inside what an earlier claim reports.
 */
final class ReportingVerbUse {
    /** Words that make the verb after them hypothetical or negated: "would say", "refused to comment". */
    static final Set<String> MODALS = Set.of("would", "could", "might", "may", "will", "should", "can",
            "to", "not", "n't", "never", "refused", "declined");

    /** Determiners of a plural noun phrase (or "any" one): no singular subject of a verb in -s starts with them. */
    private static final Set<String> PLURAL_QUANTIFIERS = Set.of("any", "many", "several", "few", "both", "all",
            "these", "those", "some", "most", "dozens", "hundreds", "thousands");

    /**
     * "Tolls Will Double, Mayor Says.": a headline in title case capitalises its verb too. Only verbs of speech,
     * belief or finding that are no noun ("Plans", "Reports", "Calls", "Shows" may be one: "Country Reports on
     * Terrorism").
     */
    private static final Set<String> HEADLINE_CUES = Set.of("Says", "Said", "Tells", "Told", "Warns", "Warned",
            "Urges", "Urged", "Insists", "Insisted", "Admits", "Admitted", "Denies", "Denied", "Vows", "Vowed",
            "Reveals", "Revealed", "Sees", "Seeks", "Believes", "Thinks", "Knows", "Expects", "Suggests", "Argues",
            "Predicts", "Explains", "Accuses", "Accused", "Threatens", "Criticizes", "Criticized");

    /** Party words that, capitalised, modify a noun as nationality words do ("Republican claims"). */
    private static final Set<String> PARTY_WORDS = Set.of("Republican", "Democratic", "Democrat", "Conservative",
            "Liberal", "Labour", "Socialist", "Libertarian", "Communist", "Tory");

    /** Pronouns after which "'s" before a participle may be "has": "he's said", "who's called for". */
    private static final Set<String> PERSON_SUBJECTS = Set.of("he", "she", "who");

    /** What follows a verb of saying in the perfect, not in the passive: "he's said that", "she's called for". */
    private static final Set<String> PERFECT_COMPLEMENTS = Set.of("that", "for", "he", "she", "they", "we", "i");

    /**
     * Verbs that name their object before their preposition: "X accused Y of ...", "charged Y with", "blamed Y for".
     * Followed by the preposition itself, they are a passive participle ("people accused of fraud").
     */
    private static final Map<String, String> OBJECT_BEFORE_PREPOSITION = Map.of("accused", "of",
            "charged", "with", "blamed", "for", "criticized", "for", "praised", "for", "credited", "with");

    private static final Set<String> DO_FORMS = Set.of("do", "does", "did");

    /** Pronouns that, before "does not show", are as often a document or a finding as someone who speaks. */
    private static final Set<String> THING_SUBJECTS = Set.of("it", "that", "which", "this");

    /**
     * Words that open a reported clause right after a verb of saying or thinking: "did not say whether ...". Not
     * "it", as often the verb's object ("does not believe it").
     */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "whether", "if", "why", "how", "what", "when",
            "so", "he", "she", "they", "we", "i", "you");

    /** Forms of "have" before a past participle: "has not said". */
    private static final Set<String> HAVE_FORMS = Set.of("has", "have", "had");

    /**
     * Verbs of going on or beginning that take a reporting verb after "to" as their own. Not "continue to": "X
     * continues to insist ..." is a claim too, but on polnear-dev its one new claim (a description the speaker rules
     * leave unresolved) took a one-word gold content from a right claim, so it was left out (see claims-rounds.md).
     */
    private static final Set<String> ASPECT_VERBS = Set.of("go", "goes", "going", "went", "gone", "begin", "begins",
            "began", "begun", "proceed", "proceeds", "proceeded");

    /** Aspect verbs that take "on" before "to": "went on to say". */
    private static final Set<String> GO_FORMS = Set.of("go", "goes", "going", "went", "gone");

    /** Cues that also link an adjective to their subject: "voters feel stung" tells how they are, not a thought. */
    /** Participles that give the noun before them a name ("a charity, called the X,"), when set off by a comma. */
    private static final Set<String> NAMING_PARTICIPLES = Set.of("called", "dubbed", "named", "nicknamed",
            "labeled", "labelled", "branded", "termed", "titled");
    private static final Set<String> LINKING_CUES = Set.of("feel");

    private final AnalyzedText doc;
    private final Vocabulary vocabulary;
    private final PhraseReader reader;
    private final PluralSubjects pluralSubjects;

    ReportingVerbUse(AnalyzedText doc, Vocabulary vocabulary, PhraseReader reader, PluralSubjects pluralSubjects) {
        this.doc = doc;
        this.vocabulary = vocabulary;
        this.reader = reader;
        this.pluralSubjects = pluralSubjects;
    }

    /** A reporting verb at token k: lowercase, so that "Country Reports on Terrorism" is not one. */
    PhraseMatcher.Match<Vocabulary.CueKind> verbCueAt(Sentence s, int k) {
        PhraseMatcher.Match<Vocabulary.CueKind> cue = vocabulary.cues.longestAt(s, k);
        boolean written = s.token(k).isLowercaseWord() || (HEADLINE_CUES.contains(s.token(k).text())
                && isTitleCaseHeadline(s) && k > 0) || (k == 0 && s.token(k).lower().endsWith("ing"));
        return cue != null && cue.value() == Vocabulary.CueKind.VERB && written ? cue : null;
    }

    /** The text's first sentence, most of whose longer words are capitalised: a headline in title case. */
    private static boolean isTitleCaseHeadline(Sentence s) {
        if (s.index() != 0) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (Token t : s.tokens()) {
            if (t.isWord() && t.text().length() > 3) {
                words++;
                if (t.isCapitalized()) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && capitalised * 4 >= words * 3;
    }

    /** Rules out nouns ("the claims"), passives ("was reported"), hypotheticals and denials of speech. */
    boolean isReportingUse(Sentence s, int i) {
        int begin = s.token(i).begin();
        // Inside a quote the words are the quoted speaker's, not the text's: a statement's verbs ("“We warned
        // them”"), and a phrase set in quotation marks ("he was “firmly opposed” to it") too.
        if (doc.quotes.stream().anyMatch(q -> q.contains(begin))) {
            return false;
        }
        if (begin > 0 && doc.text.charAt(begin - 1) == '-') {
            return false; // "so-called", "self-described": the second half of a compound adjective
        }
        if (reader.isPluralNounBeforeItsVerb(s, i)) {
            return false; // "an analysis of new reports shows": the subject's head, the verb after it
        }
        // "The pilots all said": a quantifier floated after the subject is read as the subject's
        int last = Grammar.isFloatingQuantifier(s, i - 1) ? i - 2 : i - 1;
        Token previous = s.at(last);
        if (previous == null) {
            return true;
        }
        String p = previous.lower();
        String cue = s.token(i).lower();
        int subjectEnd = Grammar.skipAdverbsLeft(s, last);
        if (vocabulary.isSubjectBoundCue(cue) && !endsSubject(s, subjectEnd) && !endsSubject(s, beforeTime(s, subjectEnd))
                && reader.nameBeforeAppositives(s, i) == null) {
            // "raised questions", "several states": a noun, not "the report states"; "was nicknamed": a passive.
            // "X, the mayor of Y, shouted": the appositives' closing comma ends the subject as the name would.
            return false;
        }
        if (cue.endsWith("s") && !cue.endsWith("ss") && (isVerbForm(s, subjectEnd)
                || Grammar.PREPOSITIONS.contains(p) || quantifiesPlural(s.at(subjectEnd)) || isOwned(s, subjectEnd))) {
            // "announced plans", "giving states", "the help of states": the object of the verb or preposition before
            // it, a plural noun; so is one counted ("20 states", "several claims"): a verb in -s has a singular subject
            return false;
        }
        if (cue.endsWith("s") && !cue.endsWith("ss") && isGroupAdjectiveAfterPreposition(s, subjectEnd)) {
            return false; // "30 percent of Republican claims", "most of the Canadian states": a plural noun
        }
        Token modifier = s.at(subjectEnd);
        if (cue.endsWith("s") && !cue.endsWith("ss") && modifier != null && modifier.isWord()
                && !Grammar.isPronoun(modifier) && !modifier.lower().endsWith("s")
                && quantifiesPlural(s.at(subjectEnd - 1))) {
            // "any criminal charges", "several legal claims": a plural noun too. Not "the average of polls over the
            // past two weeks shows": there the quantifier belongs to the plural noun before the verb.
            return false;
        }
        if (cue.equals("put") && !putsItInWords(s, i)) {
            return false;
        }
        if (isProgressive(s, i)) {
            return true; // "X is warning that ...": an -ing form after "is" is the active verb, not a passive
        }
        if (isFollowedByAgent(s, i) || lacksItsObject(s, i) || locatesWhatComesBefore(s, i)
                || endsAbsolutePhrase(s, i) || endsFreeRelativeBeforeATime(s, subjectEnd, i)
                || isHopedFor(s, subjectEnd) || considersAThingOnly(s, i)) {
            return false;
        }
        if (cue.equals("called") && namesWhatComesBefore(s, i)) {
            return false;
        }
        if (p.equals(",") && NAMING_PARTICIPLES.contains(cue) && namesWhatIsSetOff(s, i)) {
            return false;
        }
        // "a survey released in early May found": the month, not the modal "may"; "Theresa May said", "Will Cole
        // said": a capitalised word inside the sentence is a name, no modal
        boolean modal = MODALS.contains(p) && !(doc.isTime(s, last) && doc.mention(s, last) == null)
                && !(previous.isCapitalized() && last > 0);
        return !Grammar.DETERMINERS.contains(p) && !(isPassive(s, subjectEnd) && !isContractedPerfect(s, subjectEnd, i))
                && !modal;
    }

    /**
     * "as X put it, ...", "X put it in a letter: ...", "X put it bluntly": "put it" reports speech only when the
     * clause ends after it or what follows tells how or where it was said. "X put it on the table", "put it to a
     * vote", "put it to the council that ..." place a thing or a question, and say nothing.
     */
    private static boolean putsItInWords(Sentence s, int put) {
        Token after = s.at(put + 2);
        if (after == null || !after.isWord()) {
            return true;
        }
        String w = after.lower();
        return w.equals("in") || w.equals("this") || w.equals("that") || (w.endsWith("ly") && w.length() > 3);
    }

    /**
     * Whether token k is a singular nationality or party word after a preposition, directly or across a determiner:
     * such a word ("of Republican claims", "most of the Canadian states") modifies the plural noun after it. The
     * tagger may leave it untagged, so the word lists decide too. "The Republican says" is a person speaking: there no
     * preposition comes before; "the Country Reports on Terrorism says": "Terrorism" is no such word.
     */
    private boolean isGroupAdjectiveAfterPreposition(Sentence s, int k) {
        Token word = s.at(k);
        if (word == null || !word.isWord() || word.lower().endsWith("s")) {
            return false;
        }
        NameMention m = doc.mention(s, k);
        boolean groupWord = m != null ? m.type == EntityType.NORP && m.start == k && m.end == k + 1
                : PARTY_WORDS.contains(word.text()) || vocabulary.countryOfDemonym(word.text()) != null;
        if (!groupWord) {
            return false;
        }
        int before = s.at(k - 1) != null && Grammar.DETERMINERS.contains(s.at(k - 1).lower()) ? k - 2 : k - 1;
        Token preposition = s.at(before);
        return preposition != null && Grammar.PREPOSITIONS.contains(preposition.lower());
    }

    /**
     * "was asked", and across adverbs "was once asked", "has been harshly criticized": a form of "be" before the
     * verb (token k, the last one before it that is no adverb) makes it a passive, whose subject said nothing.
     * (A progressive, "is also warning", was let through before this.)
     */
    private static boolean isPassive(Sentence s, int k) {
        Token before = s.at(k);
        return before != null && Grammar.BE.contains(before.lower());
    }

    /**
     * "He's said that ...", "who's called for ...": "'s" after "he", "she" or "who" (token k) is "has" when the verb
     * (token verb) is followed by "that", "for" or a clause's subject; "he's called a liar", "she's said to be" are
     * passives and stay so.
     */
    private static boolean isContractedPerfect(Sentence s, int k, int verb) {
        Token marker = s.at(k);
        Token subject = s.at(k - 1);
        Token next = s.at(verb + 1);
        return marker != null && subject != null && next != null && (marker.is("'s") || marker.is("’s"))
                && PERSON_SUBJECTS.contains(subject.lower()) && PERFECT_COMPLEMENTS.contains(next.lower());
    }

    /**
     * "the candidates' plans", "X's tax plans": a word in -s owned by the name or noun before it, directly or across
     * one modifier that cannot speak (after "X's annual report" a verb may follow: the report speaks), is a noun.
     */
    private boolean isOwned(Sentence s, int k) {
        Token t = s.at(k);
        if (t == null) {
            return false;
        }
        return isOwnerMarker(s, k) || (isOwnerMarker(s, k - 1) && t.isLowercaseWord() && !vocabulary.isSpeakerNoun(t));
    }

    /** Whether token k is a possessive marker after a word that is no pronoun ("X's"; "he's" is "he is"). */
    private static boolean isOwnerMarker(Sentence s, int k) {
        Token marker = s.at(k);
        Token owner = s.at(k - 1);
        return marker != null && owner != null && Grammar.isPossessiveMarker(marker) && !Grammar.isPronoun(owner);
    }

    /**
     * Whether token k is a lowercase verb form in -ed or -ing that no subject ends with: not a name, not a noun that
     * speaks ("the accused"), not "something", "nothing" ("Something tells me ...").
     */
    private boolean isVerbForm(Sentence s, int k) {
        Token t = s.at(k);
        if (t == null || !t.isLowercaseWord() || doc.mention(s, k) != null || vocabulary.isSpeakerNoun(t)) {
            return false;
        }
        String w = t.lower();
        return w.length() > 4 && (w.endsWith("ed") || (w.endsWith("ing") && !w.endsWith("thing")));
    }

    private static boolean lacksItsObject(Sentence s, int cue) {
        String preposition = OBJECT_BEFORE_PREPOSITION.get(s.token(cue).lower());
        Token next = s.at(cue + 1);
        return preposition != null && next != null && next.is(preposition);
    }

    /** Prepositions of place after which "found" tells where something is ("chemicals found in refrigerants"). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "on", "at", "inside", "near", "among",
            "across", "throughout", "under");
    /** How far a finding's "that" may follow "found in ..." ("found in their review of the accounts that ..."). */
    private static final int MAX_TOKENS_TO_FINDING = 10;

    /**
     * "potent chemicals found in refrigerants", "the ferry found on the rocks": "found" right before a preposition of
     * place, not a time, is a participle telling where the thing before it is; a finding reported that way goes on to
     * its "that" ("Auditors found in their review that ...").
     */
    private boolean locatesWhatComesBefore(Sentence s, int cue) {
        Token preposition = s.at(cue + 1);
        if (!s.token(cue).is("found") || preposition == null || !PLACE_PREPOSITIONS.contains(preposition.lower())
                || doc.isTime(s, cue + 2)) {
            return false;
        }
        for (int k = cue + 2; k < Math.min(s.size(), cue + 2 + MAX_TOKENS_TO_FINDING); k++) {
            if (s.token(k).is("that")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "That was what X said when she resigned": after "what" and its subject, the verb's object is "what" itself
     * (the antecedent, before it), so a clause of time or reason right after the verb tells when, and nothing was
     * said after it. Not "what X says his plan would do" (a clause whose object "what" is), nor "what X described
     * as ..." ("as" there is the verb's complement, so it is not among the subordinators looked for).
     */
    private boolean endsFreeRelativeBeforeATime(Sentence s, int subjectEnd, int cue) {
        Token next = s.at(cue + 1);
        if (next == null || next.is("as") || !Grammar.ADVERBIAL_SUBORDINATORS.contains(next.lower())) {
            return false;
        }
        PhraseReader.Unit subject = reader.readLeft(s, subjectEnd);
        if (subject == null) {
            return false;
        }
        Token first = s.at(subject.start());
        Token before = s.at(subject.start() - 1);
        return (first != null && first.is("what")) || (before != null && before.is("what"));
    }

    /**
     * "while the court considered the matter", "X considered the request, and ...": "consider" with a determiner and
     * one noun and nothing after them (the clause ends, or ", and"/", but" goes on with another) is weighing a thing,
     * no belief. "X considered the tolls a disgrace", "considered the deal dead" and "considers that ..." say what X
     * holds and stay claims: a second word after the noun may be its complement, so only one noun is read.
     */
    private static boolean considersAThingOnly(Sentence s, int cue) {
        Token determiner = s.at(cue + 1);
        Token noun = s.at(cue + 2);
        Token after = s.at(cue + 3);
        if (!s.token(cue).lower().startsWith("consider") || determiner == null
                || !Grammar.DETERMINERS.contains(determiner.lower()) || determiner.is("that") || noun == null
                || !noun.isLowercaseWord()) {
            return false;
        }
        if (after == null || Set.of(".", "!", "?", ";").contains(after.text())) {
            return true;
        }
        Token next = s.at(cue + 4);
        return after.text().equals(",") && next != null && (next.is("and") || next.is("but"));
    }

    /** Verbs of hoping and wishing: what follows them has not happened, so a verb of saying in it reports nothing. */
    private static final Set<String> HOPE_VERBS = Set.of("hope", "hopes", "hoped", "hoping", "wish", "wishes",
            "wished", "wishing");

    /**
     * "I hope in 2017 the country says, “Thank you”", "they hope the council says yes": a subject right after a verb
     * of hoping or wishing (across "that" and a time: a year, "in", "one day") is the subject of a wish; its verb of
     * saying is what someone hopes will be said, not a report. A mark between them ends the search ("They hope for
     * calm, and X says ...").
     */
    private boolean isHopedFor(Sentence s, int subjectEnd) {
        PhraseReader.Unit subject = reader.readLeft(s, subjectEnd);
        if (subject == null) {
            return false;
        }
        for (int k = subject.start() - 1; k >= 0 && k >= subject.start() - 4; k--) {
            Token t = s.token(k);
            if (HOPE_VERBS.contains(t.lower())) {
                return true;
            }
            boolean skipped = t.is("that") || t.is("in") || doc.isTime(s, k)
                    || (!t.text().isEmpty() && Character.isDigit(t.text().codePointAt(0)));
            if (!skipped) {
                return false;
            }
        }
        return false;
    }

    /** How far left of a participle the "with" of an absolute phrase is looked for. */
    private static final int MAX_TOKENS_TO_WITH = 12;

    /**
     * ", with X and Y expected to visit ...", "with X said to be ...": "with", opening the sentence or after a comma,
     * a noun phrase and a participle in -ed before "to" make an absolute phrase whose participle is a passive (X is
     * expected to, X is said to: someone else expects or says it), so its noun said nothing. Only before "to": "With
     * leaders worried about turnout, ..." does tell what the leaders feel. Not "X met with the pilots and expected
     * to ...": "and" right before the participle joins it to the subject's verb before; a mark ends the search.
     */
    private static boolean endsAbsolutePhrase(Sentence s, int cue) {
        Token before = s.at(cue - 1);
        Token after = s.at(cue + 1);
        if (!s.token(cue).lower().endsWith("ed") || before == null || before.is("and") || after == null
                || !after.is("to")) {
            return false;
        }
        for (int k = cue - 1; k >= 0 && k >= cue - MAX_TOKENS_TO_WITH; k--) {
            Token t = s.token(k);
            if (t.is("with")) {
                return k == 0 || s.token(k - 1).is(",");
            }
            if (!t.isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "a coalition backed by the West", "the air monitor maintained by the embassy": a participle in -ed followed by
     * "by" and its agent (a determiner, a name, a number) is a passive that describes the noun before it. Not "said
     * by telephone" or "responded by saying": there "by" tells how.
     */
    private boolean isFollowedByAgent(Sentence s, int cue) {
        Token by = s.at(cue + 1);
        Token agent = s.at(cue + 2);
        if (!s.token(cue).lower().endsWith("ed") || by == null || !by.is("by") || agent == null) {
            return false;
        }
        return Grammar.DETERMINERS.contains(agent.lower()) || doc.mention(s, cue + 2) != null
                || (agent.isWord() && agent.isCapitalized()) || Character.isDigit(agent.text().codePointAt(0))
                || PhraseReader.EVERYONE.contains(agent.lower()); // "a view echoed by everyone I interviewed"
    }

    /**
     * "the leader of a harbour group called Tidewatch": "called" after an indefinite noun phrase that is the object of
     * a preposition gives that thing its name; such a phrase is no subject, so nothing was called anything.
     */
    private boolean namesWhatComesBefore(Sentence s, int cue) {
        PhraseReader.Unit before = reader.readLeft(s, cue - 1);
        if (before == null) {
            return false;
        }
        Token opening = s.token(before.start());
        Token preposition = s.at(before.start() - 1);
        return (opening.is("a") || opening.is("an")) && preposition != null
                && Grammar.PREPOSITIONS.contains(preposition.lower());
    }

    /**
     * "Her charity, called the Riverside Trust, will ...", "a fund, dubbed X.": a naming participle after a comma whose
     * name is closed by a comma or the sentence's end names the noun before the comma; nobody called anything (not
     * "X, in a letter, called the plan a disgrace": a complement follows the name there).
     */
    private boolean namesWhatIsSetOff(Sentence s, int cue) {
        PhraseReader.Unit name = reader.readRightUnit(s, cue + 1);
        if (name == null) {
            return false;
        }
        Token after = s.at(name.end());
        return after == null || after.text().equals(",") || (name.end() == s.size() - 1 && !after.isWord());
    }

    /** "is warning", "has been arguing", "was also saying": an -ing cue after a form of "be", adverbs between. */
    boolean isProgressive(Sentence s, int cueStart) {
        Token before = s.at(Grammar.skipAdverbsLeft(s, cueStart - 1));
        return isParticiple(s, cueStart) && before != null && Grammar.BE.contains(before.lower());
    }

    /**
     * "any criminal charges", "several key claims", "two union demands": a quantifier that wants a plural noun
     * before the word ahead of a cue in -s makes that word a modifier and the cue a plural noun, whatever the word
     * is ("criminal" could speak, but not here); a verb in -s has a singular subject.
     */
    private static boolean quantifiesPlural(Token t) {
        if (t == null) {
            return false;
        }
        String w = t.text();
        boolean count = Character.isDigit(w.codePointAt(0)) && !w.equals("1") && w.length() < 4; // not a year
        return count || PLURAL_QUANTIFIERS.contains(t.lower()) || Grammar.COUNT_WORDS.contains(t.lower());
    }

    /**
     * "Harbour economists worry that ...", "Democrats often argue ...", "they believe ...": a base form of a cue read
     * as a reporting verb, only right after a plural subject (adverbs between). After "to", a modal or "do" the
     * subject is further left and the verb may be negated or hypothetical ("would argue", "did not believe"); after
     * anything else it is as often a noun ("the council plan").
     */
    boolean isBaseFormAfterPluralSubject(Sentence s, int i, List<ClaimExtractor.Found> earlier) {
        Token t = s.token(i);
        if (!t.isLowercaseWord() || !vocabulary.isBaseFormCue(t.lower())) {
            return false;
        }
        int subject = Grammar.skipAdverbsLeft(s, i - 1);
        Token next = s.at(i + 1);
        // "tolls that ferry workers see as unfair": a preposition after the verb, whose object is further left
        boolean objectLeft = next != null && Grammar.PREPOSITIONS.contains(next.lower());
        return endsPluralSubject(s, subject) && !objectLeft && !linksAComplement(t, next)
                && !opensReportedClause(s, subject, earlier) && isReportingUse(s, i);
    }

    /**
     * "The pilots call the tolls “a tax” and describe the board as reckless": a base form of a cue right after "and",
     * when the sentence's last claim was made by a base form too: the same plural subject goes on with a second verb.
     */
    boolean isBaseFormAfterAnd(Sentence s, int i, List<ClaimExtractor.Found> earlier) {
        Token t = s.token(i);
        Token and = s.at(i - 1);
        return t.isLowercaseWord() && vocabulary.isBaseFormCue(t.lower()) && and != null && and.is("and")
                && !earlier.isEmpty() && vocabulary.isBaseFormCue(earlier.get(earlier.size() - 1).cue())
                && !insideQuote(s, i);
    }

    /** Forms of "do" that carry a negation or stress before a base form: "does not believe", "did say". */
    /**
     * "I know the council will not listen.", "I believe that ...": outside quotes, a base form of a reporting verb
     * right after "I" is the writer's own claim (a column, a letter, an interview set out without quotation marks),
     * as after a plural subject; inside a quote the words are the quoted speaker's (isReportingUse).
     */
    boolean isBaseFormAfterI(Sentence s, int i, List<ClaimExtractor.Found> earlier) {
        Token t = s.token(i);
        int subject = Grammar.skipAdverbsLeft(s, i - 1);
        Token next = s.at(i + 1);
        if (!t.isLowercaseWord() || !vocabulary.isBaseFormCue(t.lower()) || subject < 0
                || !s.token(subject).text().equals("I")) {
            return false;
        }
        boolean objectLeft = next != null && Grammar.PREPOSITIONS.contains(next.lower());
        return !objectLeft && !linksAComplement(t, next) && !opensReportedClause(s, subject, earlier)
                && isReportingUse(s, i);
    }

    /**
     * "He doesn't believe the plan will pass", "she did not say whether ...", "they do think that ...": a base form
     * of a cue after a form of "do" (negated or stressed, adverbs between) whose subject, right before "do", can
     * speak (a pronoun, a name, a noun that speaks). Only before a clause: "did not believe the figures" is about a
     * thing, not a thought that can be reported.
     */
    boolean isBaseFormAfterDo(Sentence s, int i, List<ClaimExtractor.Found> earlier) {
        Token t = s.token(i);
        Token next = s.at(i + 1);
        if (!t.isLowercaseWord() || !(vocabulary.isBaseFormCue(t.lower()) || isBaseFormVerbCue(s, i)) || next == null
                || !(CLAUSE_OPENERS.contains(next.lower()) || opensClauseWithAName(s, i + 1))) {
            return false;
        }
        int k = i - 1;
        while (k >= 0 && (Grammar.isAdverb(s.token(k)) || s.token(k).is("not") || s.token(k).is("n't")
                || s.token(k).is("n’t"))) {
            k--;
        }
        Token auxiliary = s.at(k);
        if (auxiliary == null || !DO_FORMS.contains(auxiliary.lower())) {
            return false; // in a question the subject comes between: "Why does he think ...", not read here
        }
        return speaksBefore(s, k, i, earlier);
    }

    /**
     * Whether the subject right before the auxiliary at token auxiliary (adverbs between) can speak for the verb at
     * token verb: a pronoun, a name, a noun that speaks; not "it"/"that"/"which"/"this", not inside what an earlier
     * claim of the sentence reports, not inside a quote.
     */
    private boolean speaksBefore(Sentence s, int auxiliary, int verb, List<ClaimExtractor.Found> earlier) {
        int subject = Grammar.skipAdverbsLeft(s, auxiliary - 1);
        if (subject < 0 || THING_SUBJECTS.contains(s.token(subject).lower())) {
            return false; // "It does not answer whether ...": a thing that does not tell, not someone
        }
        // "X said the footage did not show whether ...": a verb inside what an earlier claim reports is X's words
        int subjectBegin = s.token(subject).begin();
        return (endsSubject(s, subject) || pluralSubjects.endsAt(s, subject))
                && earlier.stream().noneMatch(f -> f.begin() <= subjectBegin && subjectBegin < f.end())
                && !opensReportedClause(s, subject, earlier) && !insideQuote(s, verb);
    }

    /**
     * "Officials have not said when ...", "X hasn't explained why ...", "X isn't saying whether ...": a cue of
     * cues.tsv negated after "have" (its participle) or "be" (its -ing form), adverbs between, before a clause
     * ("that", "whether", "when", ... as after "do"), whose subject can speak. The patterns read a verb after "not" as
     * no claim; a withheld answer is still the subject's stance on that question, as annotators mark it.
     */
    boolean isNegatedPerfectBeforeAClause(Sentence s, int i, List<ClaimExtractor.Found> earlier) {
        Token t = s.token(i);
        Token next = s.at(i + 1);
        if (!t.isLowercaseWord() || verbCueAt(s, i) == null || next == null || !CLAUSE_OPENERS.contains(next.lower())) {
            return false;
        }
        int k = i - 1;
        boolean negated = false;
        while (k >= 0 && (Grammar.isAdverb(s.token(k)) || s.token(k).is("not") || s.token(k).is("n't")
                || s.token(k).is("n’t"))) {
            negated |= !Grammar.isAdverb(s.token(k));
            k--;
        }
        Token auxiliary = s.at(k);
        if (!negated || auxiliary == null) {
            return false;
        }
        String w = t.lower();
        boolean perfect = HAVE_FORMS.contains(auxiliary.lower()) && !w.endsWith("ing") && !w.endsWith("s");
        boolean progressive = Grammar.BE.contains(auxiliary.lower()) && w.endsWith("ing");
        return (perfect || progressive) && speaksBefore(s, k, i, earlier);
    }

    /**
     * "X went on to say that ...", "..., going on to argue that ...", "X continued to insist ...": an aspect verb
     * (with "on" after a form of "go"), "to" and a base form of a cue make one reporting verb that starts at the aspect
     * verb (token i), so it is read as a verb with its subject, or as a participle after a comma. The end of that
     * cue, or -1. The patterns read a verb after "to" as no claim ("wants to say"); after these verbs it is said.
     */
    int aspectCueEnd(Sentence s, int i) {
        Token t = s.token(i);
        if (!t.isLowercaseWord() || !ASPECT_VERBS.contains(t.lower()) || insideQuote(s, i)) {
            return -1;
        }
        int to = GO_FORMS.contains(t.lower()) ? i + 2 : i + 1;
        Token on = s.at(i + 1);
        if (to == i + 2 && (on == null || !on.is("on"))) {
            return -1;
        }
        Token infinitive = s.at(to);
        Token verb = s.at(to + 1);
        if (infinitive == null || !infinitive.is("to") || verb == null || !verb.isLowercaseWord()
                || vocabulary.claimKind(verb.lower()) == io.mediamon.schema.ClaimKind.WRITTEN) {
            return -1; // "supporters continue to show signs of ...": a finding's verb after an act is no finding
        }
        if (vocabulary.isBaseFormCue(verb.lower())) {
            return to + 2;
        }
        PhraseMatcher.Match<Vocabulary.CueKind> cue = isBaseFormVerbCue(s, to + 1) ? verbCueAt(s, to + 1) : null;
        return cue == null ? -1 : cue.end();
    }

    /** "went on to say": the reporting verb of a cue that starts with an aspect verb, else the cue itself. */
    static String reportingVerbOf(String cue) {
        int to = cue.lastIndexOf(" to ");
        return to > 0 && ASPECT_VERBS.contains(cue.substring(0, cue.indexOf(' '))) ? cue.substring(to + 4) : cue;
    }

    /** "say", "claim": a verb cue of cues.tsv in its base form (no -s, -ed or -ing), as "do" wants it. */
    /**
     * "He does believe McConnell is right": a name followed by its verb opens the clause believed, as "that" does;
     * a name alone after the verb is its object ("does not believe Green").
     */
    private boolean opensClauseWithAName(Sentence s, int k) {
        NameMention name = doc.mention(s, k);
        Token after = name == null ? null : s.at(name.end);
        return name != null && name.start == k && after != null
                && (Grammar.AUXILIARIES.contains(after.lower()) || OpeningSubjects.isVerbLike(after));
    }

    boolean isBaseFormVerbCue(Sentence s, int i) {
        String w = s.token(i).lower();
        return verbCueAt(s, i) != null && !w.endsWith("s") && !w.endsWith("ed") && !w.endsWith("ing");
    }

    /**
     * Inside a quote the words are the quoted speaker's (see isReportingUse, which also turns down a verb after
     * "not": a negated verb is read here only after "do").
     */
    boolean insideQuote(Sentence s, int i) {
        int begin = s.token(i).begin();
        return doc.quotes.stream().anyMatch(q -> q.contains(begin));
    }

    /**
     * Whether token k ends a plural subject, or the prepositional phrases after one ("Residents of the island fear",
     * "papers from the board show"): the subject reader finds the noun they modify.
     */
    private boolean endsPluralSubject(Sentence s, int k) {
        if (pluralSubjects.endsAt(s, k)) {
            return true;
        }
        List<PhraseReader.Unit> subject = reader.subjectOf(s, k + 1, true);
        if (subject.size() != 1 || subject.get(0).end() > k) {
            return false;
        }
        // Only across prepositions: in "officials who reviewed the ferry report" the noun is the verb's object.
        int end = subject.get(0).end();
        return Grammar.PREPOSITIONS.contains(s.token(end).lower()) && pluralSubjects.endsAt(s, end - 1);
    }

    /** "feel stung", "feel good": a linking cue reports a thought only before a clause ("that", "the", "it"). */
    private static boolean linksAComplement(Token cue, Token next) {
        return LINKING_CUES.contains(cue.lower()) && !(next != null && (next.is("that")
                || Grammar.DETERMINERS.contains(next.lower()) || Grammar.isPronoun(next)));
    }

    /**
     * Whether the subject ending at token k opens what an earlier claim of the sentence reports: "X said they want
     * ...", "X said the videos show ...": the verb is part of X's words, not a claim of the text's own.
     */
    private boolean opensReportedClause(Sentence s, int k, List<ClaimExtractor.Found> earlier) {
        PhraseReader.Unit subject = reader.readLeft(s, k);
        int begin = s.token(subject == null ? k : subject.start()).begin();
        return earlier.stream().anyMatch(f -> f.begin() == begin);
    }

    /**
     * "a report released by the board last month reveals ...": the token before a time that ends at token k (the
     * subject before it), or k when no time ends there.
     */
    private int beforeTime(Sentence s, int k) {
        int j = k;
        while (j >= 0 && doc.isTime(s, j)) {
            j--;
        }
        return j == k ? k : j;
    }

    /** Whether token k can end the subject of a verb in -s: a name, "he", "she", "it", "who", a noun that speaks. */
    private boolean endsSubject(Sentence s, int k) {
        Token t = s.at(k);
        if (t == null) {
            return false;
        }
        return doc.mention(s, k) != null || Set.of("he", "she", "it", "who", "that", "which").contains(t.lower())
                || (t.isLowercaseWord() && vocabulary.isSpeakerNoun(t));
    }

    /** ", adding that ...", ", saying ...": a reporting participle after a comma. */
    boolean isParticiple(Sentence s, int cueStart) {
        return s.token(cueStart).lower().endsWith("ing");
    }

    boolean reports(ClaimExtractor.Found claim) {
        if (vocabulary.isParseOnlyCue(claim.cue())) {
            return false; // "X said Clinton once described the deal as ...": X's statement about what Clinton did
        }
        io.mediamon.schema.ClaimKind kind = vocabulary.claimKind(claim.cue());
        return kind == io.mediamon.schema.ClaimKind.STATEMENT || kind == io.mediamon.schema.ClaimKind.WRITTEN;
    }
}
