package io.mediamon.extractor.nlp;

import io.mediamon.schema.Claim;
import io.mediamon.schema.EntityType;
import io.mediamon.schema.SpeakerKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds who said what: direct quotes and reported speech around reporting verbs ("X said (that) ...", "..., X
 * said.", "“...,” he said.", "X warned ...", "according to X"), with the speaker resolved to a canonical name.
 */
final class ClaimExtractor {

    /** Tokens between a verb and "that" or a quote ("said Dec. 17 that", "told reporters in Kabul that"). */
    private static final int MAX_TOKENS_BEFORE_COMPLEMENT = 10;
    private static final int MIN_CONTENT_WORDS = 2;
    /** "in a statement on its website": what may follow a final reporting verb. */
    private static final int MAX_CIRCUMSTANCE_TOKENS = 6;
    /** "he added, " or "said Maria Lopez, a union organiser, ": the attribution between two halves of a quote. */
    private static final int MAX_ATTRIBUTION_CHARS = 80;
    private static final int MAX_TOKENS_TO_OWN_ATTRIBUTION = 4;
    private static final Set<String> MODALS = Set.of("would", "could", "might", "may", "will", "should", "can",
            "to", "not", "n't", "never", "refused", "declined");

    /** Determiners of a plural noun phrase (or "any" one): no singular subject of a verb in -s starts with them. */
    private static final Set<String> PLURAL_QUANTIFIERS = Set.of("any", "many", "several", "few", "both", "all",
            "these", "those", "some", "most", "dozens", "hundreds", "thousands");

    /** How a paper or an agency passes on what someone else said: "Fars reported that X warned ...". */
    private static final Set<String> NEWS_VERBS = Set.of("reported", "reports", "wrote", "writes", "quoted",
            "quotes", "cited", "cites");

    /** "During a long speech in the harbour town,": an introductory phrase before the sentence's subject. */
    private static final int MAX_INTRODUCTION_TOKENS = 16;

    /** Verbs that report speech only next to what was said: "Smith continued:", "“...,” she continued". */
    private static final Set<String> COLON_CUES = Set.of("continued", "continues");

    /** Characters [begin, end) inside a claim's span that are not its content: the attribution between two parts. */
    private record Gap(int begin, int end) {}

    /** A claim under construction; offsets are characters in the clean text; speaker null when none is named. */
    private record Found(int cueOffset, String cue, SpeakerResolver.Speaker speaker, int begin, int end,
                         boolean quoted, Gap gap) {
        Found(int cueOffset, String cue, SpeakerResolver.Speaker speaker, int begin, int end, boolean quoted) {
            this(cueOffset, cue, speaker, begin, end, quoted, null);
        }

        boolean hasNamedSpeaker() {
            return speaker != null && speaker.referent() != null;
        }
    }

    private final AnalyzedText doc;
    private final Vocabulary vocabulary;
    private final PhraseReader reader;
    private final ReferentResolver resolver;
    private final SpeakerResolver speakers;
    private final ParsedClaims parsed;
    private final PluralSubjects pluralSubjects;
    private final SpeakerLabels labels;
    /** The parse of the sentence being read (unparsed when it has no cue word or the parser is off). */
    private DependencyTree sentenceTree;

    ClaimExtractor(AnalyzedText doc, Vocabulary vocabulary, PhraseReader reader, ReferentResolver resolver) {
        this.doc = doc;
        this.vocabulary = vocabulary;
        this.reader = reader;
        this.resolver = resolver;
        this.speakers = new SpeakerResolver(doc, resolver);
        this.parsed = new ParsedClaims(doc, vocabulary);
        this.pluralSubjects = new PluralSubjects(doc, vocabulary);
        this.labels = new SpeakerLabels(doc);
    }

    List<Claim> extract() {
        List<Found> all = new ArrayList<>();
        for (Sentence s : doc.sentences) {
            DependencyTree tree = new DependencyTree(s);
            sentenceTree = tree;
            List<Found> found = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                PhraseMatcher.Match<Vocabulary.CueKind> cue = verbCueAt(s, i);
                int cueEnd = cue != null && isReportingUse(s, cue.start()) ? cue.end() : colonCueEnd(s, i);
                if (cueEnd < 0) {
                    cueEnd = aspectCueEnd(s, i);
                }
                if (cueEnd < 0 && (isBaseFormAfterPluralSubject(s, i, found) || isBaseFormAfterDo(s, i, found)
                        || isBaseFormAfterI(s, i, found) || isNegatedPerfectBeforeAClause(s, i, found)
                        || isQuoteAMessageReads(s, i) || isModalCueBeforeAColonQuote(s, i))) {
                    cueEnd = i + 1;
                }
                if (cueEnd < 0 && cue != null) {
                    Found passive = passiveClaim(s, cue);
                    if (passive != null && found.stream().noneMatch(f -> f.begin() == passive.begin())) {
                        found.add(passive);
                        continue;
                    }
                }
                if (cueEnd < 0) {
                    Found owned = ownedClaim(s, i);
                    if (owned != null && found.stream().noneMatch(f -> f.begin() == owned.begin())) {
                        found.add(owned);
                    }
                    continue;
                }
                Found claim = claimAt(s, i, cueEnd, found);
                if (claim != null && found.stream().noneMatch(f -> f.begin() == claim.begin())
                        && all.stream().noneMatch(f -> f.begin() == claim.begin())) {
                    found.add(claim);
                    if (claim.hasNamedSpeaker() && claim.speaker().referent().mention() != null) {
                        resolver.addSpeaker(claim.cueOffset(), claim.speaker().referent().mention());
                    }
                    Found continued = continuedQuote(s, claim);
                    if (continued != null && found.stream().noneMatch(f -> f.begin() == continued.begin())) {
                        // One claim for both parts, the attribution between them left out (one content to annotators)
                        found.set(found.size() - 1, new Found(claim.cueOffset(), claim.cue(), claim.speaker(),
                                claim.begin(), continued.end(), true, new Gap(claim.end(), continued.begin())));
                    }
                    found.set(found.size() - 1, withFollowingQuote(s, found.get(found.size() - 1)));
                }
            }
            if (found.isEmpty()) {
                Found sourced = accordingTo(s);
                if (sourced != null) {
                    found.add(sourced);
                }
            } else {
                found = sourcedIntentions(s, found);
            }
            if (found.isEmpty()) {
                SpeakerLabels.Labelled label = labels.colonLabel(s);
                if (label == null) {
                    label = labels.headlinePersonLabel(s);
                }
                if (label != null) {
                    found.add(labelled(label, ":"));
                }
            }
            found = withoutReportingSources(found);
            // The parse after the patterns: it only adds what they missed, so what they find stays as it was.
            found = found.stream().map(f -> withParsedSpeaker(tree, f)).toList();
            List<Found> fromParse = new ArrayList<>();
            for (ParsedClaims.Candidate candidate : parsed.find(tree)) {
                Found claim = parsedClaim(tree, candidate, found, fromParse);
                if (claim != null) {
                    fromParse.add(claim);
                    if (claim.hasNamedSpeaker() && claim.speaker().referent().mention() != null) {
                        resolver.addSpeaker(claim.cueOffset(), claim.speaker().referent().mention());
                    }
                }
            }
            all.addAll(found);
            all.addAll(fromParse);
        }
        for (SpeakerLabels.Labelled signed : labels.dashSigned()) {
            if (all.stream().noneMatch(f -> overlapsMostly(f.begin(), f.end(), signed.begin(), signed.end()))) {
                all.add(labelled(signed, "―"));
            }
        }
        all.sort(Comparator.comparingInt(Found::begin));
        return all.stream().map(this::toClaim).toList();
    }

    /** Verbs of beginning and ending that "by" and a participle say how: "began by saying", "closed by warning". */
    private static final Set<String> BEGINNING_VERBS = Set.of("began", "begins", "begin", "started", "starts",
            "opened", "opens", "ended", "ends", "closed", "closes", "concluded", "concludes");

    /**
     * "X began by saying ...", "X ... appeared on the radio and opened by arguing that ...": the participle after
     * "by" and a verb of beginning or ending is said by that verb's subject (across "and", the sentence's opening
     * subject). Null when no such verb comes right before "by", or an earlier claim of the sentence has a speaker.
     */
    private SpeakerResolver.Speaker subjectOfBeganBy(Sentence s, int cue, List<Found> earlier) {
        Token by = s.at(cue - 1);
        Token verb = s.at(cue - 2);
        if (!earlier.isEmpty() || by == null || !by.is("by") || verb == null || !verb.isLowercaseWord()
                || !BEGINNING_VERBS.contains(verb.lower())) {
            return null;
        }
        Token joiner = s.at(cue - 3);
        if (joiner != null && joiner.is("and")) {
            return openingSubject(s, cue - 3);
        }
        List<PhraseReader.Unit> subject = reader.subjectOf(s, cue - 2, true);
        return subject.isEmpty() ? null : speakers.of(s, subject.get(0));
    }

    /** Passives whose subject is no statement the agent made ("X was accused by Y of ...": the charge follows). */
    private static final Set<String> PASSIVES_WITHOUT_CONTENT = Set.of("accused", "charged", "asked", "told");

    /**
     * "The registration issue was first reported by the Gazette", "His views were echoed by several experts", "a
     * view echoed by everyone": a passive statement verb with its agent after "by" is the agent's claim, its content
     * the subject (or the noun the participle follows). Only an agent who can speak, only verbs of statement or
     * finding (not "was asked by", "was decided by"). Null otherwise.
     */
    private Found passiveClaim(Sentence s, PhraseMatcher.Match<Vocabulary.CueKind> cue) {
        int verb = cue.start();
        Token by = s.at(cue.end());
        String form = s.token(verb).lower();
        io.mediamon.schema.ClaimKind kind = vocabulary.claimKind(form);
        if (by == null || !by.is("by") || cue.end() != verb + 1 || !form.endsWith("ed")
                || PASSIVES_WITHOUT_CONTENT.contains(form) || (kind != io.mediamon.schema.ClaimKind.STATEMENT
                && kind != io.mediamon.schema.ClaimKind.WRITTEN)
                || doc.quotes.stream().anyMatch(q -> q.contains(s.token(verb).begin()))) {
            return null;
        }
        List<PhraseReader.Unit> agent = reader.readRight(s, cue.end() + 1);
        if (agent.isEmpty() || !reader.canSpeak(s, agent.get(0))) {
            return null;
        }
        int before = skipAdverbsLeft(s, verb - 1);
        PhraseReader.Unit subject;
        if (before >= 0 && Grammar.BE.contains(s.token(before).lower())) {
            List<PhraseReader.Unit> units = reader.subjectOf(s, verb);
            subject = units.isEmpty() ? null
                    : withModifiedNoun(s, new PhraseReader.Unit(units.get(0).start(), units.get(units.size() - 1).end()));
        } else {
            subject = before == verb - 1 ? reader.readLeft(s, verb - 1) : null; // "a view echoed by ..."
        }
        if (subject == null || isPronoun(s, subject)) {
            return null;
        }
        int[] content = span(s, subject.start(), subject.end());
        return content == null ? null
                : new Found(s.token(verb).begin(), form, sourceSpeaker(s, agent), content[0], content[1], false);
    }

    /** "His warnings about the tolls": a noun phrase widened leftwards over the prepositions it ends (three at most). */
    private PhraseReader.Unit withModifiedNoun(Sentence s, PhraseReader.Unit unit) {
        int start = unit.start();
        for (int hop = 0; hop < 3; hop++) {
            Token preposition = s.at(start - 1);
            PhraseReader.Unit left = preposition != null && Grammar.PREPOSITIONS.contains(preposition.lower())
                    ? reader.readLeft(s, start - 2) : null;
            if (left == null) {
                break;
            }
            start = left.start();
        }
        return new PhraseReader.Unit(start, unit.end());
    }

    /** Nouns that name what someone said and take the words said as a that-clause: "X's claim that ...". */
    private static final Set<String> CLAIM_NOUNS = Set.of("claim", "assertion", "contention", "insistence",
            "allegation", "accusation", "suggestion", "prediction", "promise", "pledge", "warning");

    /**
     * "The council rejected Paula Green's claim that the tolls would double": a noun of saying owned by a name and
     * followed by "that" is that person's claim, the clause its content (a noun, "the claims that" without an owner,
     * says nothing of who made them). Null at any other token.
     */
    private Found ownedClaim(Sentence s, int noun) {
        Token word = s.token(noun);
        Token marker = s.at(noun - 1);
        Token that = s.at(noun + 1);
        if (!CLAIM_NOUNS.contains(word.lower()) || !word.isLowercaseWord() || marker == null
                || !Grammar.isPossessiveMarker(marker) || that == null || !that.is("that")) {
            return null;
        }
        NameMention owner = doc.mention(s, noun - 2);
        if (owner == null || owner.end != noun - 1 || doc.quotes.stream().anyMatch(q -> q.contains(word.begin()))) {
            return null;
        }
        SpeakerResolver.Speaker speaker = speakers.of(s, new PhraseReader.Unit(owner.start, owner.end));
        int[] content = reportedAfter(s, noun + 1);
        return content == null ? null
                : new Found(word.begin(), word.lower(), speaker, content[0], content[1], false);
    }

    /** A claim marked by punctuation: the label is the speaker; one in capitals ("PENCE") names a person's surname. */
    private Found labelled(SpeakerLabels.Labelled label, String cue) {
        Sentence s = label.sentence();
        SpeakerResolver.Speaker speaker = speakers.of(s, label.speaker());
        if (speaker.kind() == null) {
            // A label is a name by where it stands, even one the tagger missed ("Factcheck: ...").
            speaker = new SpeakerResolver.Speaker(null, speaker.text(), SpeakerKind.NAME, null);
        }
        if (label.speaker().end() - label.speaker().start() == 1
                && SpeakerLabels.isAllCapitals(s.token(label.speaker().start()))) {
            // Transcripts write the surname in capitals: the person of the text with that surname, if just one.
            Referent named = labels.labelReferent(s.token(label.speaker().start()));
            speaker = named != null ? speaker.resolvedTo(named)
                    : new SpeakerResolver.Speaker(null, speaker.text(), SpeakerKind.NAME, null);
        }
        int end = label.quoted() ? label.end() : trimEnd(label.begin(), label.end());
        int cueOffset = label.quoted() ? label.end() : s.token(label.speaker().end()).begin();
        return new Found(cueOffset, cue, speaker, label.begin(), end, label.quoted());
    }

    /**
     * A claim the parse found, unless the patterns already have it: the same verb, a content that overlaps one of
     * theirs, or a verb inside one of their contents (a nested attribution the patterns deliberately left out, see
     * {@link #withoutReportingSources}).
     */
    private Found parsedClaim(DependencyTree tree, ParsedClaims.Candidate c, List<Found> found, List<Found> fromParse) {
        Sentence s = tree.sentence();
        int cueOffset = s.token(c.cue()).begin();
        int start = c.contentStart();
        while (start < c.contentEnd() && (s.token(start).is("that") || s.token(start).text().equals(",")
                || s.token(start).text().equals(":"))) {
            start++;
        }
        int[] content = span(s, start, c.contentEnd());
        if (content == null) {
            return null;
        }
        boolean quoted = false;
        Quote quote = Grammar.isOpenQuote(s.token(start)) ? quoteOpeningAt(s.token(start).begin()) : null;
        if (quote != null && quote.isStatement(doc.text) && quote.close() <= s.end()) {
            content = new int[]{quote.innerBegin(), contentEnd(quote)};
            quoted = true;
        }
        for (Found f : found) {
            if (f.cueOffset() == cueOffset || (cueOffset >= f.begin() && cueOffset < f.end())
                    || overlapsMostly(f.begin(), f.end(), content[0], content[1])) {
                return null;
            }
        }
        for (Found f : fromParse) {
            if (overlapsMostly(f.begin(), f.end(), content[0], content[1])) {
                return null;
            }
        }
        SpeakerResolver.Speaker speaker = c.subject() < 0 ? null : parsedSpeaker(tree, c.subject(), quote);
        String cue = doc.substring(s.token(c.cue()).begin(), s.token(c.cueEnd() - 1).end()).toLowerCase(Locale.ROOT);
        return new Found(cueOffset, cue, speaker, content[0], content[1], quoted);
    }

    /**
     * A pattern claim whose speaker could not be resolved gets the one the parse gives its verb, when that one
     * resolves: the subject across what the patterns cannot skip ("Mr. Smith, in an interview on Sunday, said ...").
     */
    private Found withParsedSpeaker(DependencyTree tree, Found f) {
        if (f.hasNamedSpeaker() || !tree.parsed()) {
            return f;
        }
        Sentence s = tree.sentence();
        int cue = s.tokenAtOrAfter(f.cueOffset());
        if (cue >= s.size() || s.token(cue).begin() != f.cueOffset()) {
            return f;
        }
        int subject = parsed.subjectOf(tree, cue);
        if (subject < 0) {
            return f;
        }
        Quote quote = f.quoted() ? quoteOpeningAt(f.begin() - 1) : null;
        SpeakerResolver.Speaker speaker = parsedSpeaker(tree, subject, quote);
        if (speaker.referent() == null) {
            return f;
        }
        if (speaker.referent().mention() != null) {
            resolver.addSpeaker(f.cueOffset(), speaker.referent().mention());
        }
        return new Found(f.cueOffset(), f.cue(), speaker, f.begin(), f.end(), f.quoted(), f.gap());
    }

    /** Whether the shorter of two character spans lies mostly (half or more) inside the other. */
    private static boolean overlapsMostly(int aBegin, int aEnd, int bBegin, int bEnd) {
        int shared = Math.min(aEnd, bEnd) - Math.max(aBegin, bBegin);
        return shared > 0 && 2 * shared >= Math.min(aEnd - aBegin, bEnd - bBegin);
    }

    /**
     * The speaker the parse gives a verb: its subject phrase, resolved; a description that names no one ("a
     * spokesman for the Foreign Ministry") speaks for the organisation it belongs to, when the text names it.
     */
    private SpeakerResolver.Speaker parsedSpeaker(DependencyTree tree, int head, Quote quote) {
        Sentence s = tree.sentence();
        PhraseReader.Unit unit = parsed.speakerUnit(tree, head);
        SpeakerResolver.Speaker speaker = quote != null && isPronoun(s, unit)
                ? speakers.pronounBefore(s, unit, quote) : speakers.of(s, unit);
        if (speaker.referent() != null || doc.mention(s, head) != null) {
            return speaker;
        }
        int organisation = parsed.organisationOf(tree, head);
        if (organisation < 0) {
            return speaker;
        }
        SpeakerResolver.Speaker owner = speakers.of(s, parsed.speakerUnit(tree, organisation));
        if (owner.referent() == null || owner.referent().type() != EntityType.ORGANIZATION) {
            return speaker;
        }
        String text = doc.substring(s.token(unit.start()).begin(), s.token(tree.rightEdge(organisation)).end());
        return SpeakerResolver.Speaker.forOrganisation(owner.referent(), text);
    }

    /** A reporting verb at token k: lowercase, so that "Country Reports on Terrorism" is not one. */
    private PhraseMatcher.Match<Vocabulary.CueKind> verbCueAt(Sentence s, int k) {
        PhraseMatcher.Match<Vocabulary.CueKind> cue = vocabulary.cues.longestAt(s, k);
        boolean written = s.token(k).isLowercaseWord() || (HEADLINE_CUES.contains(s.token(k).text())
                && isTitleCaseHeadline(s) && k > 0) || (k == 0 && s.token(k).lower().endsWith("ing"));
        return cue != null && cue.value() == Vocabulary.CueKind.VERB && written ? cue : null;
    }

    /**
     * "Tolls Will Double, Mayor Says.": a headline in title case capitalises its verb too. Only verbs of speech,
     * belief or finding that are no noun ("Plans", "Reports", "Calls", "Shows" may be one: "Country Reports on
     * Terrorism").
     */
    private static final Set<String> HEADLINE_CUES = Set.of("Says", "Said", "Tells", "Told", "Warns", "Warned",
            "Urges", "Urged", "Insists", "Insisted", "Admits", "Admitted", "Denies", "Denied", "Vows", "Vowed",
            "Reveals", "Revealed", "Sees", "Seeks", "Believes", "Thinks", "Knows", "Expects", "Suggests", "Argues",
            "Predicts", "Explains", "Accuses", "Accused", "Threatens", "Criticizes", "Criticized");

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

    private Claim toClaim(Found f) {
        return Claim.newBuilder()
                .setSpeaker(f.speaker() == null ? null : f.speaker().name())
                .setSpeakerText(f.speaker() == null ? null : f.speaker().text())
                .setSpeakerKind(f.speaker() == null ? null : f.speaker().kind())
                .setSpeakerOrganization(f.speaker() == null ? null : f.speaker().organisation())
                .setCue(f.cue())
                .setContent(f.gap() == null ? doc.substring(f.begin(), f.end())
                        : doc.substring(f.begin(), f.gap().begin()) + " … " + doc.substring(f.gap().end(), f.end()))
                .setQuoted(f.quoted())
                .setKind(vocabulary.claimKind(reportingVerbOf(f.cue())))
                .setBegin(f.begin())
                .setEnd(f.end())
                .build();
    }

    /** Rules out nouns ("the claims"), passives ("was reported"), hypotheticals and denials of speech. */
    private boolean isReportingUse(Sentence s, int i) {
        int begin = s.token(i).begin();
        // Inside a quote the words are the quoted speaker's, not the text's: a statement's verbs ("“We warned
        // them”"), and a phrase set in quotation marks ("he was “firmly opposed” to it") too.
        if (doc.quotes.stream().anyMatch(q -> q.contains(begin))) {
            return false;
        }
        if (begin > 0 && doc.text.charAt(begin - 1) == '-') {
            return false; // "so-called", "self-described": the second half of a compound adjective
        }
        // "The pilots all said": a quantifier floated after the subject is read as the subject's
        int last = Grammar.isFloatingQuantifier(s, i - 1) ? i - 2 : i - 1;
        Token previous = s.at(last);
        if (previous == null) {
            return true;
        }
        String p = previous.lower();
        String cue = s.token(i).lower();
        int subjectEnd = skipAdverbsLeft(s, last);
        if (vocabulary.isSubjectBoundCue(cue) && !endsSubject(s, subjectEnd)
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
        if (isFollowedByAgent(s, i) || lacksItsObject(s, i)) {
            return false;
        }
        if (cue.equals("called") && namesWhatComesBefore(s, i)) {
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

    /** Party words that, capitalised, modify a noun as nationality words do ("Republican claims"). */
    private static final Set<String> PARTY_WORDS = Set.of("Republican", "Democratic", "Democrat", "Conservative",
            "Liberal", "Labour", "Socialist", "Libertarian", "Communist", "Tory");

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

    /** Pronouns after which "'s" before a participle may be "has": "he's said", "who's called for". */
    private static final Set<String> PERSON_SUBJECTS = Set.of("he", "she", "who");
    /** What follows a verb of saying in the perfect, not in the passive: "he's said that", "she's called for". */
    private static final Set<String> PERFECT_COMPLEMENTS = Set.of("that", "for", "he", "she", "they", "we", "i");

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

    /**
     * Verbs that name their object before their preposition: "X accused Y of ...", "charged Y with", "blamed Y for".
     * Followed by the preposition itself, they are a passive participle ("people accused of fraud").
     */
    private static final Map<String, String> OBJECT_BEFORE_PREPOSITION = Map.of("accused", "of",
            "charged", "with", "blamed", "for", "criticized", "for", "praised", "for", "credited", "with");

    private static boolean lacksItsObject(Sentence s, int cue) {
        String preposition = OBJECT_BEFORE_PREPOSITION.get(s.token(cue).lower());
        Token next = s.at(cue + 1);
        return preposition != null && next != null && next.is(preposition);
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
                || (agent.isWord() && agent.isCapitalized()) || Character.isDigit(agent.text().codePointAt(0));
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

    /** "is warning", "has been arguing", "was also saying": an -ing cue after a form of "be", adverbs between. */
    private boolean isProgressive(Sentence s, int cueStart) {
        Token before = s.at(skipAdverbsLeft(s, cueStart - 1));
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
    private boolean isBaseFormAfterPluralSubject(Sentence s, int i, List<Found> earlier) {
        Token t = s.token(i);
        if (!t.isLowercaseWord() || !vocabulary.isBaseFormCue(t.lower())) {
            return false;
        }
        int subject = skipAdverbsLeft(s, i - 1);
        Token next = s.at(i + 1);
        // "tolls that ferry workers see as unfair": a preposition after the verb, whose object is further left
        boolean objectLeft = next != null && Grammar.PREPOSITIONS.contains(next.lower());
        return endsPluralSubject(s, subject) && !objectLeft && !linksAComplement(t, next)
                && !opensReportedClause(s, subject, earlier) && isReportingUse(s, i);
    }

    /** Forms of "do" that carry a negation or stress before a base form: "does not believe", "did say". */
    /**
     * "I know the council will not listen.", "I believe that ...": outside quotes, a base form of a reporting verb
     * right after "I" is the writer's own claim (a column, a letter, an interview set out without quotation marks),
     * as after a plural subject; inside a quote the words are the quoted speaker's (isReportingUse).
     */
    private boolean isBaseFormAfterI(Sentence s, int i, List<Found> earlier) {
        Token t = s.token(i);
        int subject = skipAdverbsLeft(s, i - 1);
        Token next = s.at(i + 1);
        if (!t.isLowercaseWord() || !vocabulary.isBaseFormCue(t.lower()) || subject < 0
                || !s.token(subject).text().equals("I")) {
            return false;
        }
        boolean objectLeft = next != null && Grammar.PREPOSITIONS.contains(next.lower());
        return !objectLeft && !linksAComplement(t, next) && !opensReportedClause(s, subject, earlier)
                && isReportingUse(s, i);
    }

    private static final Set<String> DO_FORMS = Set.of("do", "does", "did");
    /** Pronouns that, before "does not show", are as often a document or a finding as someone who speaks. */
    private static final Set<String> THING_SUBJECTS = Set.of("it", "that", "which", "this");
    /**
     * Words that open a reported clause right after a verb of saying or thinking: "did not say whether ...". Not
     * "it", as often the verb's object ("does not believe it").
     */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "whether", "if", "why", "how", "what", "when",
            "so", "he", "she", "they", "we", "i", "you");

    /**
     * "He doesn't believe the plan will pass", "she did not say whether ...", "they do think that ...": a base form
     * of a cue after a form of "do" (negated or stressed, adverbs between) whose subject, right before "do", can
     * speak (a pronoun, a name, a noun that speaks). Only before a clause: "did not believe the figures" is about a
     * thing, not a thought that can be reported.
     */
    private boolean isBaseFormAfterDo(Sentence s, int i, List<Found> earlier) {
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
    private boolean speaksBefore(Sentence s, int auxiliary, int verb, List<Found> earlier) {
        int subject = skipAdverbsLeft(s, auxiliary - 1);
        if (subject < 0 || THING_SUBJECTS.contains(s.token(subject).lower())) {
            return false; // "It does not answer whether ...": a thing that does not tell, not someone
        }
        // "X said the footage did not show whether ...": a verb inside what an earlier claim reports is X's words
        int subjectBegin = s.token(subject).begin();
        return (endsSubject(s, subject) || pluralSubjects.endsAt(s, subject))
                && earlier.stream().noneMatch(f -> f.begin() <= subjectBegin && subjectBegin < f.end())
                && !opensReportedClause(s, subject, earlier) && !insideQuote(s, verb);
    }

    /** Forms of "have" before a past participle: "has not said". */
    private static final Set<String> HAVE_FORMS = Set.of("has", "have", "had");

    /**
     * "Officials have not said when ...", "X hasn't explained why ...", "X isn't saying whether ...": a cue of
     * cues.tsv negated after "have" (its participle) or "be" (its -ing form), adverbs between, before a clause
     * ("that", "whether", "when", ... as after "do"), whose subject can speak. The patterns read a verb after "not" as
     * no claim; a withheld answer is still the subject's stance on that question, as annotators mark it.
     */
    private boolean isNegatedPerfectBeforeAClause(Sentence s, int i, List<Found> earlier) {
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
     * Verbs of going on or beginning that take a reporting verb after "to" as their own. Not "continue to": "X
     * continues to insist ..." is a claim too, but on polnear-dev its one new claim (a description the speaker rules
     * leave unresolved) took a one-word gold content from a right claim, so it was left out (see claims-rounds.md).
     */
    private static final Set<String> ASPECT_VERBS = Set.of("go", "goes", "going", "went", "gone", "begin", "begins",
            "began", "begun", "proceed", "proceeds", "proceeded");
    /** Aspect verbs that take "on" before "to": "went on to say". */
    private static final Set<String> GO_FORMS = Set.of("go", "goes", "going", "went", "gone");

    /**
     * "X went on to say that ...", "..., going on to argue that ...", "X continued to insist ...": an aspect verb
     * (with "on" after a form of "go"), "to" and a base form of a cue make one reporting verb that starts at the aspect
     * verb (token i), so it is read as a verb with its subject, or as a participle after a comma. The end of that
     * cue, or -1. The patterns read a verb after "to" as no claim ("wants to say"); after these verbs it is said.
     */
    private int aspectCueEnd(Sentence s, int i) {
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
    private static String reportingVerbOf(String cue) {
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
                && (Grammar.AUXILIARIES.contains(after.lower()) || isVerbLike(after));
    }

    private boolean isBaseFormVerbCue(Sentence s, int i) {
        String w = s.token(i).lower();
        return verbCueAt(s, i) != null && !w.endsWith("s") && !w.endsWith("ed") && !w.endsWith("ing");
    }

    /**
     * Inside a quote the words are the quoted speaker's (see isReportingUse, which also turns down a verb after
     * "not": a negated verb is read here only after "do").
     */
    private boolean insideQuote(Sentence s, int i) {
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

    /** Cues that also link an adjective to their subject: "voters feel stung" tells how they are, not a thought. */
    private static final Set<String> LINKING_CUES = Set.of("feel");

    /** "feel stung", "feel good": a linking cue reports a thought only before a clause ("that", "the", "it"). */
    private static boolean linksAComplement(Token cue, Token next) {
        return LINKING_CUES.contains(cue.lower()) && !(next != null && (next.is("that")
                || Grammar.DETERMINERS.contains(next.lower()) || Grammar.isPronoun(next)));
    }

    /**
     * Whether the subject ending at token k opens what an earlier claim of the sentence reports: "X said they want
     * ...", "X said the videos show ...": the verb is part of X's words, not a claim of the text's own.
     */
    private boolean opensReportedClause(Sentence s, int k, List<Found> earlier) {
        PhraseReader.Unit subject = reader.readLeft(s, k);
        int begin = s.token(subject == null ? k : subject.start()).begin();
        return earlier.stream().anyMatch(f -> f.begin() == begin);
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

    /** The reporting verb being looked at: tokens [start, end), its offset and its text. */
    private record Cue(int start, int end, int offset, String text) {
    }

    /**
     * Verbs whose object is the one spoken to: "X, 56, who chairs the council, told the Gazette ...": the name after
     * ", told" is the listener, never the speaker of an inverted attribution (", said X").
     */
    private static final Set<String> LISTENER_VERBS = Set.of("told", "tells", "tell", "informed", "informs",
            "assured", "assures", "reminded", "reminds");

    private Found claimAt(Sentence s, int cueStart, int cueEnd, List<Found> earlier) {
        Cue cue = new Cue(cueStart, cueEnd, s.token(cueStart).begin(),
                doc.substring(s.token(cueStart).begin(), s.token(cueEnd - 1).end()).toLowerCase(Locale.ROOT));
        if (isParticiple(s, cueStart) && !isProgressive(s, cueStart)
                && !isNegatedPerfectBeforeAClause(s, cueStart, earlier)) { // "X isn't saying whether": X's verb
            return participleClaim(s, cue, earlier);
        }
        int joinerAt = skipAuxiliariesLeft(s, cueStart - 1);
        Token joiner = s.at(joinerAt);
        if (joiner != null && (joiner.is("and") || joiner.is("but"))) {
            // "... warned of X and said ...": same speaker as the claim before it in the sentence; with none, the
            // subject the sentence opens with ("Trump bemoaned the unrest and said ...").
            SpeakerResolver.Speaker speaker = earlier.isEmpty() ? openingSubject(s, joinerAt)
                    : earlier.get(earlier.size() - 1).speaker();
            if (speaker != null) {
                return reported(cue, speaker, reportedAfter(s, cueEnd));
            }
        }
        Token previous = s.at(cueStart - 1);
        Quote question = previous == null ? questionEndingSentenceBefore(s) : null;
        if (question != null) {
            // "“Who could have known?” said Ann Cole.": the verb opens its sentence, the quote closed the one before.
            PhraseReader.Unit after = reader.readRightUnit(s, cueEnd);
            if (after != null && startsWithName(s, after) && endsClause(s, after.end())) {
                return quoted(cue, speakers.of(s, after), question);
            }
        }
        if (previous != null && (previous.text().equals(",") || Grammar.closesQuotes(previous))
                && !(previous.text().equals(",") && LISTENER_VERBS.contains(cue.text()))) {
            PhraseReader.Unit after = reader.readRightUnit(s, cueEnd);
            boolean named = after != null && startsWithName(s, after) && (Grammar.closesQuotes(previous)
                    || !(startsClause(s, after) || pluralSubjects.holdBaseFormVerb(s, after)));
            // "X, the mayor of Y, said Z's plan ...": the comma closes an appositive of the subject, not a clause said.
            if ((named || isDescriptionEndingClause(s, after)) && !hasParsedSubjectBefore(cueStart)
                    && reader.nameBeforeAppositives(s, cueStart) == null) {
                return invertedClaim(s, cue, after, earlier);
            }
        }
        return subjectClaim(s, cue, earlier);
    }

    /**
     * "X, who served as ambassador, said Clinton reached out ...": the name after ", said" is the subject of what was
     * said when the parse gives the verb a subject before it; the patterns alone would read "..., said Clinton".
     */
    private boolean hasParsedSubjectBefore(int cue) {
        Sentence s = sentenceTree.sentence();
        Token beforeComma = s.at(cue - 2);
        if (!sentenceTree.parsed() || beforeComma == null || Grammar.isCloseQuote(beforeComma)) {
            return false; // "“...,” said X": a quote before the verb is what was said, whatever the parse makes of it
        }
        int subject = sentenceTree.exactChild(cue, "nsubj");
        return subject >= 0 && subject < cue && doc.statementQuoteAt(s.token(subject).begin()) == null;
    }

    /** "“...,” said X." and "..., said X.": the speaker follows the verb, the content precedes it. */
    private Found invertedClaim(Sentence s, Cue cue, PhraseReader.Unit speakerPhrase, List<Found> earlier) {
        SpeakerResolver.Speaker speaker = speakers.of(s, speakerPhrase);
        Quote quote = quoteClosingBefore(s, cue.start());
        if (quote != null) {
            return quoted(cue, speaker, quote);
        }
        return reported(cue, speaker, reportedBefore(s, cue.start() - 1, earlier));
    }

    /**
     * "All the pilots I interviewed said ...": the speaker is the phrase a relative clause with no "that" describes,
     * written with its clause ("all the pilots I interviewed", who they are); null when the subject read is no such
     * clause's verb.
     */
    private SpeakerResolver.Speaker describedByAContactClause(Sentence s, PhraseReader.Unit unit) {
        PhraseReader.Unit antecedent = reader.antecedentOfContactClause(s, unit);
        if (antecedent == null) {
            return null;
        }
        SpeakerResolver.Speaker head = speakers.of(s, antecedent);
        String text = doc.substring(s.token(antecedent.start()).begin(), s.token(unit.end() - 1).end());
        return new SpeakerResolver.Speaker(head.referent(), text, head.kind(), head.organisation());
    }

    /** "X said (that) ...", "“...,” he said.", "..., X said.": the speaker is the subject before the verb. */
    private Found subjectClaim(Sentence s, Cue cue, List<Found> earlier) {
        List<PhraseReader.Unit> subject = reader.subjectOf(s, cue.start(), true);
        SpeakerResolver.Speaker speaker = null;
        int subjectStart = cue.start();
        if (!subject.isEmpty()) {
            PhraseReader.Unit unit = subject.get(0);
            subjectStart = unit.start();
            Quote quoteBefore = quoteClosingBefore(s, subjectStart);
            if (quoteBefore == null) {
                quoteBefore = shortQuoteOpening(s, subjectStart, cue.end());
            }
            speaker = quoteBefore != null && isPronoun(s, unit) ? speakers.pronounBefore(s, unit, quoteBefore)
                    : speakers.of(s, unit);
            SpeakerResolver.Speaker described = describedByAContactClause(s, unit);
            if (described != null) {
                speaker = described;
            }
            int spokesperson = spokespersonBefore(s, unit);
            if (spokesperson >= 0 && speaker.referent() != null
                    && speaker.referent().type() == EntityType.ORGANIZATION) {
                subjectStart = spokesperson;
                String text = doc.substring(s.token(spokesperson).begin(), s.token(unit.end() - 1).end());
                speaker = SpeakerResolver.Speaker.forOrganisation(speaker.referent(), text);
            }
            if (quoteBefore != null) {
                return quoted(cue, speaker, quoteBefore);
            }
            Quote question = subjectStart == 0 ? questionEndingSentenceBefore(s) : null;
            Token next = s.at(cue.end());
            if (question != null && (endsClause(s, cue.end()) || (next != null && next.text().equals(",")))) {
                // "“Why would we pay?” she said.": the attribution opens its own sentence, the quote closed the one before.
                return quoted(cue, isPronoun(s, unit) ? speakers.pronounBefore(s, unit, question) : speaker, question);
            }
        }
        Quote quoteAfter = quoteAfter(s, cue.end());
        if (quoteAfter != null) {
            return quoted(cue, speaker, quoteAfter);
        }
        Token beforeSubject = s.at(subjectStart - 1);
        if ((endsClause(s, cue.end()) || opensCoordinateClause(s, cue.end())) && beforeSubject != null
                && (beforeSubject.text().equals(",") || closesAQuotedPhraseWithItsComma(s, subjectStart - 1))) {
            return reported(cue, speaker, reportedBefore(s, subjectStart - 1, earlier));
        }
        if (speaker != null && endsClause(s, cue.end()) && isAsAfterComma(s, subjectStart - 1)) {
            // "..., as X said.", "..., as a memo put it.": the clause before "as" is what was said
            return reported(cue, speaker, reportedBefore(s, subjectStart - 2, earlier));
        }
        if (endsInColon(s, cue.end())) {
            return nextParagraph(cue, speaker, s);
        }
        Found interrupted = earlier.isEmpty() ? interruptedClaim(s, cue, speaker, subjectStart) : null;
        if (interrupted != null) {
            return interrupted;
        }
        return reported(cue, speaker, reportedAfter(s, cue.end()));
    }

    /**
     * "The vote was a “disgrace to the council,” she added.": a quoted phrase too short to be a statement of its own,
     * its closing mark after the comma, ends the clause said before the attribution, as a comma does.
     */
    private boolean closesAQuotedPhraseWithItsComma(Sentence s, int k) {
        return k > 0 && isCommaClosingAQuote(s, k) && quoteClosingBefore(s, k + 1) == null;
    }

    /**
     * "The new ferry, the mayor said, will run again by May.", "Fares, she said, will double by May.": an
     * attribution set off by commas inside the sentence interrupts what was said, which is the text on both sides,
     * the attribution left out and the gap marked ("The new ferry … will run again by May"). Only when the text
     * before opens the sentence in one piece (no comma, quote or colon in it) and what follows the second comma goes
     * on with the sentence (a verb, "and"/"but"); null otherwise.
     */
    private Found interruptedClaim(Sentence s, Cue cue, SpeakerResolver.Speaker speaker, int subjectStart) {
        Token comma = s.at(cue.end());
        Token opening = s.at(subjectStart - 1);
        Token next = s.at(cue.end() + 1);
        if (comma == null || opening == null || next == null || !comma.text().equals(",")
                || !opening.text().equals(",") || subjectStart < 2
                || !continuesTheClause(s, cue.end() + 1)) {
            return null;
        }
        for (int k = 0; k < subjectStart - 1; k++) {
            Token t = s.token(k);
            if (Grammar.isQuote(t) || t.text().equals(":") || t.text().equals(";") || t.text().equals(",")) {
                return null; // "X met Y, who works for Z and, X said, has ...": the interrupted clause is Y's relative
            }
        }
        int[] rest = reportedAfter(s, cue.end());
        if (rest == null) {
            return null;
        }
        return new Found(cue.offset(), cue.text(), speaker, s.token(0).begin(), rest[1], false,
                new Gap(s.token(subjectStart - 2).end(), rest[0]));
    }

    /**
     * "A reader would now ask: “Why ...?”", "Critics might say: “...”": a verb of saying after a modal reports nothing
     * said ("X might ask the board"), except when a colon and a quote follow it: the quote is the words the speaker,
     * imagined or expected, says.
     */
    private boolean isModalCueBeforeAColonQuote(Sentence s, int i) {
        Token verb = s.token(i);
        Token colon = s.at(i + 1);
        Token modal = s.at(skipAdverbsLeft(s, i - 1));
        return verb.isLowercaseWord() && (isBaseFormVerbCue(s, i) || vocabulary.isBaseFormCue(verb.lower()))
                && colon != null && colon.text().equals(":") && modal != null && modal.isLowercaseWord()
                && MODALS.contains(modal.lower()) && !insideQuote(s, i) && quoteAfter(s, i + 1) != null;
    }

    /** Whether token k is "as" right after a comma: "..., as X said." */
    private static boolean isAsAfterComma(Sentence s, int k) {
        Token as = s.at(k);
        Token comma = s.at(k - 1);
        return as != null && as.is("as") && comma != null && comma.text().equals(",");
    }

    /**
     * "Smith continued: “...”", "Smith continued, “...”", "“...,” she continued.": a verb that reports only when a
     * colon or a quote follows it or a quote closes right before its subject ("the talks continued" says nothing of
     * anyone's words); the end of the cue at token i, or -1.
     */
    private int colonCueEnd(Sentence s, int i) {
        if (!COLON_CUES.contains(s.token(i).text())) {
            return -1;
        }
        Token next = s.at(i + 1);
        if (next != null && next.text().equals(":") || quoteAfter(s, i + 1) != null) {
            return i + 1;
        }
        List<PhraseReader.Unit> subject = reader.subjectOf(s, i);
        return !subject.isEmpty() && quoteClosingBefore(s, subject.get(0).start()) != null ? i + 1 : -1;
    }

    /** "He said:" closing its paragraph: a colon and nothing after the verb (or an opening quote mark alone). */
    private static boolean endsInColon(Sentence s, int cueEnd) {
        Token colon = s.at(cueEnd);
        Token after = s.at(cueEnd + 1);
        return colon != null && colon.text().equals(":")
                && (after == null || (Grammar.isOpenQuote(after) && s.at(cueEnd + 2) == null));
    }

    /**
     * "Smith added:" at the end of a paragraph introduces the next paragraph, the words said (a quote, or a passage
     * set apart without quotation marks); nothing when the text ends there.
     */
    private Found nextParagraph(Cue cue, SpeakerResolver.Speaker speaker, Sentence s) {
        if (s.index() + 1 >= doc.sentences.size()) {
            return null;
        }
        Sentence first = doc.sentences.get(s.index() + 1);
        int end = first.end();
        for (int k = first.index() + 1; k < doc.sentences.size(); k++) {
            Sentence next = doc.sentences.get(k);
            if (doc.substring(end, next.begin()).contains("\n\n")) {
                break;
            }
            end = next.end();
        }
        Quote quote = Grammar.isOpenQuote(first.token(0)) ? quoteOpeningAt(first.token(0).begin()) : null;
        if (quote != null && quote.isStatement(doc.text) && quote.close() < end) {
            return quoted(cue, speaker, quote);
        }
        int begin = Grammar.isOpenQuote(first.token(0)) && first.size() > 1 ? first.token(1).begin() : first.begin();
        int trimmed = trimEnd(begin, end);
        while (trimmed > begin && "”\"".indexOf(doc.text.charAt(trimmed - 1)) >= 0) {
            trimmed = trimEnd(begin, trimmed - 1);
        }
        boolean quoted = Grammar.isOpenQuote(first.token(0));
        return trimmed > begin ? new Found(cue.offset(), cue.text(), speaker, begin, trimmed, quoted) : null;
    }

    /**
     * "A spokesman for the Ministry of Finance insisted": the organisation read as the subject is the one a
     * description before "for" speaks for; the start of that description ("A spokesman"), or -1.
     */
    private int spokespersonBefore(Sentence s, PhraseReader.Unit unit) {
        Token preposition = s.at(unit.start() - 1);
        Token noun = s.at(unit.start() - 2);
        if (preposition == null || !preposition.is("for") || noun == null || !noun.isLowercaseWord()
                || !vocabulary.isSpeakerNoun(noun)) {
            return -1;
        }
        Token determiner = s.at(unit.start() - 3);
        return determiner != null && Grammar.DETERMINERS.contains(determiner.lower()) ? unit.start() - 3
                : unit.start() - 2;
    }

    private Found quoted(Cue cue, SpeakerResolver.Speaker speaker, Quote quote) {
        return new Found(cue.offset(), cue.text(), speaker, quote.innerBegin(), contentEnd(quote), true);
    }

    private static Found reported(Cue cue, SpeakerResolver.Speaker speaker, int[] content) {
        return content == null ? null : new Found(cue.offset(), cue.text(), speaker, content[0], content[1], false);
    }

    /** ", adding that ...", ", saying ...": a reporting participle after a comma. */
    private boolean isParticiple(Sentence s, int cueStart) {
        return s.token(cueStart).lower().endsWith("ing");
    }

    /**
     * "“We are ready,” the army said, adding that ..." and "Iran rejected the report, saying ...": the participle
     * clause is said by the speaker of the sentence's earlier claim, else by the subject the sentence opens with.
     * A participle anywhere else ("without saying", "Speaking in Kabul, ...") is no claim of its own.
     */
    private Found participleClaim(Sentence s, Cue cue, List<Found> earlier) {
        if (cue.start() == 0) {
            return openingParticipleClaim(s, cue);
        }
        Token previous = s.at(cue.start() - 1);
        SpeakerResolver.Speaker shown = personShownSpeaking(s, cue.start());
        if (shown != null) {
            Quote quote = quoteAfter(s, cue.end());
            return quote != null ? quoted(cue, shown, quote) : reported(cue, shown, reportedAfter(s, cue.end()));
        }
        int message = messageBefore(s, cue.start());
        if (message > 0 && earlier.isEmpty()) {
            SpeakerResolver.Speaker author = openingSubject(s, message);
            Quote quote = quoteAfter(s, cue.end());
            return author == null ? null
                    : quote != null ? quoted(cue, author, quote) : reported(cue, author, reportedAfter(s, cue.end()));
        }
        SpeakerResolver.Speaker beginner = subjectOfBeganBy(s, cue.start(), earlier);
        if (beginner != null) {
            Quote quote = quoteAfter(s, cue.end());
            return quote != null ? quoted(cue, beginner, quote) : reported(cue, beginner, reportedAfter(s, cue.end()));
        }
        if (previous == null || !(previous.text().equals(",") || isCommaClosingAQuote(s, cue.start() - 1))) {
            return null;
        }
        SpeakerResolver.Speaker speaker = earlier.isEmpty() ? openingSubject(s, cue.start())
                : mainSubjectAfterARelativeClause(s, cue, earlier.get(earlier.size() - 1));
        if (speaker == null) {
            return null;
        }
        Quote quote = quoteAfter(s, cue.end());
        return quote != null ? quoted(cue, speaker, quote) : reported(cue, speaker, reportedAfter(s, cue.end()));
    }

    /**
     * "X was defensive about a builder who said he was never paid, saying, “...”": a participle after a comma tells
     * what the main clause's subject did; when the claim before it is a relative clause's ("who said"), the subject
     * the sentence opens with says it, if there is one; else the speaker of that claim.
     */
    private SpeakerResolver.Speaker mainSubjectAfterARelativeClause(Sentence s, Cue cue, Found last) {
        if (!isRelativeClause(last)) {
            return last.speaker();
        }
        SpeakerResolver.Speaker opening = openingSubject(s, cue.start());
        return opening != null ? opening : last.speaker();
    }

    /** Nouns for what someone issues, posts or sends that says something: "a statement saying ...". */
    private static final Set<String> MESSAGE_NOUNS = Set.of("statement", "statements", "letter", "letters", "tweet",
            "tweets", "message", "messages", "memo", "post", "posts", "email", "emails", "e-mail", "release",
            "note", "op-ed", "editorial", "column", "essay", "video", "ad", "advertisement", "filing", "motion",
            "petition", "complaint", "lawsuit", "brief");
    /** Writings whose words "read" gives, besides the messages: "“...,” the article read." */
    private static final Set<String> READ_WRITINGS = Set.of("article", "report", "headline", "caption", "sign");
    private static final Set<String> READ_FORMS = Set.of("read", "reads");
    private static final Set<String> READ_DETERMINERS = Set.of("the", "a", "his", "her", "its", "their", "this");

    /**
     * "“...,” the letter reads.", "“...,” the statement read.": "read" after a message or writing ("the letter", "its
     * statement") that a quote closing with its comma comes right before, the clause ending there, gives the words the
     * message holds; its writer is named elsewhere, the message is the source. Any other "read" ("X read the letter
     * aloud") is no cue.
     */
    private boolean isQuoteAMessageReads(Sentence s, int i) {
        Token verb = s.token(i);
        Token noun = s.at(i - 1);
        Token determiner = s.at(i - 2);
        if (!READ_FORMS.contains(verb.lower()) || !verb.isLowercaseWord() || noun == null || determiner == null
                || !noun.isLowercaseWord() || !(MESSAGE_NOUNS.contains(noun.lower())
                || READ_WRITINGS.contains(noun.lower())) || !READ_DETERMINERS.contains(determiner.lower())) {
            return false;
        }
        int k = i - 3;
        while (k > 0 && (Grammar.closesQuotes(s.token(k)) || s.token(k).text().equals("'"))) {
            k--; // "‘the rescue of the decade,'” the article read": a quote inside closes with it
        }
        return k < i - 3 && s.token(k).text().equals(",") && endsClause(s, i + 1);
    }

    /** "a statement on Friday saying", "tweets early Friday arguing": words between the noun and the participle. */
    private static final int MAX_TOKENS_AFTER_MESSAGE = 3;

    /**
     * "X issued a statement on Friday saying that ...", "X posted a series of tweets early Friday arguing ...": the
     * index of a message noun a few words before the participle at token cue (no punctuation between), or -1. Its
     * author, the subject that opens the sentence before it, says what the participle reports; a message that is
     * itself the subject ("A statement from X saying ...") has no subject before it and is not read.
     */
    private int messageBefore(Sentence s, int cue) {
        for (int k = cue - 1; k >= 1 && cue - k <= MAX_TOKENS_AFTER_MESSAGE + 1; k--) {
            Token t = s.token(k);
            if (!t.isWord()) {
                return -1;
            }
            if (t.isLowercaseWord() && MESSAGE_NOUNS.contains(t.lower())) {
                return inMainClause(s, k) ? k : -1;
            }
        }
        return -1;
    }

    /**
     * Whether token k belongs to the clause the sentence opens with: no comma and no subordinating word before it
     * ("..., particularly after video surfaced showing ...": a message of no one in the sentence).
     */
    private static boolean inMainClause(Sentence s, int k) {
        for (int j = 0; j < k; j++) {
            Token t = s.token(j);
            if (t.text().equals(",") || Grammar.SUBORDINATORS.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    /** Words after which a person and a speaking participle are someone shown or heard speaking. */
    private static final Set<String> SHOWING_WORDS = Set.of("of", "showing", "shows", "showed", "shown");

    /**
     * "footage of Ann Cole saying, “...”", "a clip showing Ann Cole asking ...": a person's name right before the
     * participle, after "of" or a verb of showing, is who speaks in the recording or account (not the sentence's
     * subject, the advert or the film that shows it). Null unless such a person name ends right before the cue.
     */
    private SpeakerResolver.Speaker personShownSpeaking(Sentence s, int cueStart) {
        NameMention name = doc.mention(s, cueStart - 1);
        if (name == null || name.end != cueStart || name.type != EntityType.PERSON) {
            return null;
        }
        Token before = s.at(name.start - 1);
        return before != null && SHOWING_WORDS.contains(before.lower())
                ? speakers.of(s, new PhraseReader.Unit(name.start, name.end)) : null;
    }

    /**
     * "X said: “The ferries ran well,” adding that ...": a closing quote mark right after a comma at token k ends the
     * clause as a comma does.
     */
    private static boolean isCommaClosingAQuote(Sentence s, int k) {
        Token comma = s.at(k - 1);
        return Grammar.closesQuotes(s.token(k)) && comma != null && comma.text().equals(",");
    }

    /** "Citing a new survey of ferry users, the mayor ...": how far the phrase of an opening participle may run. */
    private static final int MAX_OPENING_PARTICIPLE_TOKENS = 25;

    /**
     * "Citing a new survey of ferry users, Mayor Paula Green raised the tolls": a participle opening the sentence is
     * said by the subject of the clause its phrase leads into; the phrase, up to the comma before that subject, is
     * what was said. Null when no comma is followed by a subject that can speak, and when a preposition follows the
     * participle: "Writing for the Gazette, X ..." tells where the subject wrote, not what.
     */
    private Found openingParticipleClaim(Sentence s, Cue cue) {
        Token next = s.at(cue.end());
        if (next == null || Grammar.PREPOSITIONS.contains(next.lower())) {
            return null;
        }
        int last = Math.min(s.size() - 1, cue.end() + MAX_OPENING_PARTICIPLE_TOKENS);
        for (int k = cue.end(); k < last; k++) {
            if (!s.token(k).text().equals(",")) {
                continue;
            }
            SpeakerResolver.Speaker speaker = subjectOpeningAt(s, k + 1, s.size());
            if (speaker != null) {
                int start = s.token(cue.end()).is("that") ? cue.end() + 1 : cue.end();
                return reported(cue, speaker, span(s, start, k));
            }
        }
        return null;
    }

    /**
     * The noun phrase a sentence opens with, when a verb follows it directly ("Iran rejected ...", "The Afghan
     * government said ..."); else null. Without a part-of-speech tagger the phrase ends at the first lowercase
     * word that is neither a title nor an agent noun, and it must end in a name, a pronoun or such a noun.
     */
    private SpeakerResolver.Speaker openingSubject(Sentence s, int before) {
        SpeakerResolver.Speaker subject = subjectOpeningAt(s, 0, before);
        if (subject != null || s.size() == 0) {
            return subject;
        }
        // "During a speech in Ohio, Trump attacked ..., saying": an introductory phrase, opened by a preposition, an
        // adverb or a participle ("Alarmed by the protests, ...") and closed by a comma, comes before the subject; it may
        // hold an aside between commas of its own ("On Thursday, however, X spoke ...": the subject after the last).
        Token first = s.token(0);
        if (!Grammar.PREPOSITIONS.contains(first.lower()) && !Grammar.isAdverb(first) && !isParticipleWord(first)) {
            return null;
        }
        for (int k = 1; k < Math.min(before, MAX_INTRODUCTION_TOKENS); k++) {
            if (s.token(k).text().equals(",")) {
                SpeakerResolver.Speaker afterComma = subjectOpeningAt(s, k + 1, before);
                if (afterComma != null) {
                    return afterComma;
                }
            }
        }
        return null;
    }

    /** "Alarmed", "Speaking": a word in -ed or -ing that may open a participle phrase. */
    private static boolean isParticipleWord(Token t) {
        String w = t.lower();
        return t.isWord() && w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing"));
    }

    private SpeakerResolver.Speaker subjectOpeningAt(Sentence s, int start, int before) {
        SpeakerResolver.Speaker named = nameOpeningAt(s, start, before);
        return named != null ? named : descriptionOpeningAt(s, start, before);
    }

    /** Words a description that opens a clause may have between its determiner and its head ("several harbour"). */
    private static final int MAX_DESCRIPTION_MODIFIERS = 3;

    /**
     * "Several harbour unions asked the mayor ..., saying": a description of people who can speak (its head a
     * lowercase noun that speaks, after an optional determiner or number and a few modifiers) followed by a verb.
     * The last such noun before the verb is the head ("the union leaders met": "union" modifies "leaders").
     */
    private SpeakerResolver.Speaker descriptionOpeningAt(Sentence s, int start, int before) {
        Token first = s.at(start);
        if (first == null) {
            return null;
        }
        boolean counted = Grammar.DETERMINERS.contains(first.lower()) || Grammar.COUNT_WORDS.contains(first.lower())
                || Character.isDigit(first.text().codePointAt(0));
        int from = counted ? start + 1 : start;
        for (int head = Math.min(from + MAX_DESCRIPTION_MODIFIERS, before - 2); head >= from; head--) {
            Token noun = s.token(head);
            Token next = s.token(head + 1);
            if (noun.isLowercaseWord() && vocabulary.isSpeakerNoun(noun) && isVerbLike(next)
                    && !vocabulary.isSpeakerNoun(next) && onlyWordsBetween(s, from, head)) {
                return speakers.of(s, new PhraseReader.Unit(start, head + 1));
            }
            if (noun.isLowercaseWord() && vocabulary.isSpeakerNoun(noun) && next.is("for")
                    && onlyWordsBetween(s, from, head)) {
                SpeakerResolver.Speaker spokesperson = spokespersonFor(s, start, head + 2, before);
                if (spokesperson != null) {
                    return spokesperson;
                }
            }
        }
        return null;
    }

    /**
     * "A reporter for the Oban Gazette spotted ...": a description and "for" an organisation named right after it,
     * followed by a verb, speaks for the organisation (as "a spokesman for the ministry said" does).
     */
    private SpeakerResolver.Speaker spokespersonFor(Sentence s, int start, int afterFor, int before) {
        int k = afterFor < before && Grammar.DEFINITE.contains(s.token(afterFor).lower()) ? afterFor + 1 : afterFor;
        NameMention m = doc.mention(s, k);
        if (m == null || m.start != k || m.end >= before || m.type != EntityType.ORGANIZATION
                || !isVerbLike(s.token(m.end))) {
            return null;
        }
        String text = doc.substring(s.token(start).begin(), s.token(m.end - 1).end());
        return SpeakerResolver.Speaker.forOrganisation(Referent.of(m), text);
    }

    /** Whether tokens [from, to) are words that may modify a noun: no punctuation, no function word. */
    private static boolean onlyWordsBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = s.token(k);
            if (!t.isWord() || Grammar.isFunctionWord(t) || Grammar.isPronoun(t)) {
                return false;
            }
        }
        return true;
    }

    private SpeakerResolver.Speaker nameOpeningAt(Sentence s, int start, int before) {
        int end = start;
        while (end < before) {
            Token t = s.token(end);
            // "Democratic candidate Ann Cole, ...": a capitalised modifier the tagger left out of the name, and a noun
            // that speaks right before the name, are part of it too.
            boolean nominal = doc.mention(s, end) != null || vocabulary.isTitle(t) || vocabulary.isAgentNoun(t)
                    || Grammar.isPossessiveMarker(t) || (end == start && Grammar.DEFINITE.contains(t.lower()))
                    || (t.isWord() && t.isCapitalized() && !Grammar.isPronoun(t))
                    || (end > start && t.isLowercaseWord() && vocabulary.isSpeakerNoun(t) && doc.mention(s, end + 1) != null)
                    || (end > start && t.isLowercaseWord() && modifiesARoleBeforeAName(s, end));
            if (!nominal && !(end == start && isPronoun(s, new PhraseReader.Unit(start, start + 1)))) {
                break;
            }
            end++;
        }
        if (end == start || end >= before) {
            return null;
        }
        if (s.token(end).text().equals(",")) {
            return subjectBeforeAppositives(s, start, end, before);
        }
        Token last = s.token(end - 1);
        Token next = s.token(end);
        boolean headIsNominal = doc.mention(s, end - 1) != null || vocabulary.isTitle(last)
                || vocabulary.isAgentNoun(last) || Grammar.PERSON_PRONOUNS.contains(last.lower())
                || isGroupPronounAlone(s, start, end);
        // "The Gazette and the Harbour Times filed a motion, arguing ...": a second subject after "and" followed by the
        // verb makes both the subject; the first stands for both, as it does for "X and Y said" (PhraseReader).
        boolean joined = next.is("and") && doc.mention(s, end - 1) != null
                && subjectOpeningAt(s, end + 1, before) != null;
        return headIsNominal && (isVerbLike(next) || joined) ? speakers.of(s, new PhraseReader.Unit(start, end)) : null;
    }

    /** Pronouns that stand for a group or an organisation that speaks: "They rejected ..., saying ...". */
    private static final Set<String> GROUP_PRONOUNS = Set.of("they", "we", "it");

    /**
     * "Meanwhile, it attacked Trump, saying ...", "They rejected the offer, saying ...": a subject that is "it",
     * "they" or "we" alone is who speaks the participle as "he" or "she" is (the resolver finds whom it stands for).
     */
    private static boolean isGroupPronounAlone(Sentence s, int start, int end) {
        return end - start == 1 && GROUP_PRONOUNS.contains(s.token(start).lower());
    }

    /**
     * "Democratic presidential nominee Ann Cole": a lowercase word right before a title or a noun that speaks, which the
     * name follows, modifies that role; it is part of the name's phrase, not the verb after it.
     */
    private boolean modifiesARoleBeforeAName(Sentence s, int k) {
        Token role = s.at(k + 1);
        // Not an adverb before a verb that is a noun too ("Trump repeatedly accused Rafael Cruz": "the accused").
        return !Grammar.isFunctionWord(s.token(k)) && !Grammar.isAdverb(s.token(k)) && role != null
                && !reader.isVerbLike(s, k + 1) && (vocabulary.isTitle(role) || vocabulary.isAgentNoun(role) || vocabulary.isSpeakerNoun(role))
                && doc.mention(s, k + 2) != null;
    }

    /** A verb or an auxiliary: not a word that continues a noun phrase or starts another clause. */
    private static boolean isVerbLike(Token next) {
        String n = next.lower();
        return next.isLowercaseWord() && !Grammar.DETERMINERS.contains(n)
                && !Grammar.PREPOSITIONS.contains(n) && !Grammar.CONJUNCTIONS.contains(n)
                && !Grammar.SUBORDINATORS.contains(n) && !Grammar.isPronoun(next);
    }

    /**
     * "X, the harbour master, toured the docks and said ...": the name that opens the sentence, across the
     * appositives after it (see {@link PhraseReader#nameBeforeAppositives}), when a verb follows them.
     */
    private SpeakerResolver.Speaker subjectBeforeAppositives(Sentence s, int start, int comma, int before) {
        for (int k = comma + 1; k + 1 < before; k++) {
            if (!s.token(k).text().equals(",") || !isVerbLike(s.token(k + 1))) {
                continue;
            }
            PhraseReader.Unit name = reader.nameBeforeAppositives(s, k + 1);
            if (name == null && isAsideAfterName(s, start, comma, k)) {
                // "X, in particular, toured the docks and said ...", "X, like the governor, has ... but has said".
                return speakers.of(s, new PhraseReader.Unit(start, comma));
            }
            return name != null && name.start() == start ? speakers.of(s, name) : null;
        }
        return null;
    }

    /** A short prepositional aside between commas [comma, close] right after the name the sentence opens with. */
    private boolean isAsideAfterName(Sentence s, int start, int comma, int close) {
        NameMention m = doc.mention(s, comma - 1);
        boolean person = m != null && m.type == EntityType.PERSON;
        return m != null && m.type != EntityType.LOCATION && reader.isAsidePhrase(s, comma + 1, close, person);
    }

    /**
     * "“There is no military solution,” he added, “only a political one.”": the second half of a quote split by
     * its attribution belongs to the same speaker. It follows the attribution after a comma and has no
     * attribution of its own. The caller makes one claim of both parts (annotators mark them as one content; two
     * claims would leave the second unpaired).
     */
    private Found continuedQuote(Sentence s, Found claim) {
        if (!claim.quoted()) {
            return null;
        }
        for (Quote q : doc.quotes) {
            if (q.open() <= claim.cueOffset() || q.innerBegin() <= claim.end() || q.open() >= s.end()) {
                continue;
            }
            String between = doc.substring(claim.cueOffset(), q.open()).strip();
            boolean afterAttribution = between.endsWith(",") && between.length() <= MAX_ATTRIBUTION_CHARS
                    && between.chars().noneMatch(c -> c == '.' || c == '“' || c == '”' || c == '"' || c == ';');
            if (!afterAttribution || !q.isStatement(doc.text) || hasOwnAttribution(s, q)) {
                return null;
            }
            return new Found(claim.cueOffset(), claim.cue(), claim.speaker(), q.innerBegin(), contentEnd(q), true);
        }
        return null;
    }

    /**
     * "“The tolls are too high,” she said. “We will lose the morning crossing.”": a quote that fills the rest of the
     * paragraph right after a sentence ending in a quote's attribution goes on with the same speaker's words (news
     * quotes a speaker in runs; another speaker's quote gets its own attribution). Annotators mark both parts as one
     * content, so the claim runs on to the second quote, the attribution between them a gap. The quote may also be
     * the whole of the next paragraph ("...,” he said.\n\n“Right now, ...”": the run goes on). The claim as it was
     * when the sentence goes on after its attribution or no such quote follows.
     */
    private Found withFollowingQuote(Sentence s, Found claim) {
        if (!claim.quoted() || claim.gap() != null || claim.cueOffset() < claim.end()
                || s.index() + 1 >= doc.sentences.size()) {
            return claim;
        }
        String attribution = doc.substring(claim.cueOffset(), s.end());
        if (attribution.length() > MAX_ATTRIBUTION_CHARS
                || attribution.chars().anyMatch(c -> "“”\"\n;".indexOf(c) >= 0)) {
            return claim;
        }
        Sentence next = doc.sentences.get(s.index() + 1);
        Quote quote = Grammar.isOpenQuote(next.token(0)) ? quoteOpeningAt(next.token(0).begin()) : null;
        if (quote == null || !quote.isStatement(doc.text)) {
            return claim;
        }
        int paragraphEnd = doc.text.indexOf('\n', quote.close());
        String after = doc.substring(Math.min(quote.close() + quote.width(), doc.text.length()),
                paragraphEnd < 0 ? doc.text.length() : paragraphEnd);
        if (!after.strip().chars().allMatch(c -> ".,!?".indexOf(c) >= 0)) {
            return claim;
        }
        return new Found(claim.cueOffset(), claim.cue(), claim.speaker(), claim.begin(), contentEnd(quote), true,
                new Gap(claim.end(), quote.innerBegin()));
    }

    /**
     * "“Why would we pay more?” she said.": the sentence splitter ends a sentence at a question or exclamation mark
     * inside a quote, so the attribution after it opens a sentence of its own. The statement quote that closes the
     * sentence before s in the same paragraph, when it ends in "?" or "!"; else null.
     */
    private Quote questionEndingSentenceBefore(Sentence s) {
        if (s.index() == 0) {
            return null;
        }
        Sentence before = doc.sentences.get(s.index() - 1);
        Token last = before.token(before.size() - 1);
        if (!Grammar.isCloseQuote(last) || doc.substring(last.end(), s.begin()).contains("\n")) {
            return null;
        }
        for (Quote q : doc.quotes) {
            // A question of a word or two is no statement by itself, unless it is the whole sentence ("“You winning?”").
            if (q.close() == last.begin() && (q.isStatement(doc.text) || q.open() == before.begin())) {
                String inner = doc.substring(q.innerBegin(), q.innerEnd()).strip();
                return inner.endsWith("?") || inner.endsWith("!") ? q : null;
            }
        }
        return null;
    }

    /** Whether a reporting verb follows the quote closely (“...,” she said). */
    private boolean hasOwnAttribution(Sentence s, Quote q) {
        int k = s.tokenAtOrAfter(q.close() + 1);
        for (int end = Math.min(s.size(), k + MAX_TOKENS_TO_OWN_ATTRIBUTION); k < end; k++) {
            if (verbCueAt(s, k) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPronoun(Sentence s, PhraseReader.Unit unit) {
        return unit.end() - unit.start() == 1 && Grammar.isPronoun(s.token(unit.start()));
    }

    /**
     * "Phil Lovas, the chairman, said he cannot comment", "Ann Cole, the mayor, said she hopes ...": a name or
     * pronoun after ", said" followed by an auxiliary, a modal or another verb is the subject of what was said, not
     * an inverted speaker ("..., said Lovas." / "..., said he, ..." / "..., said Lovas on Monday").
     */
    private boolean startsClause(Sentence s, PhraseReader.Unit unit) {
        Token next = s.at(unit.end());
        if (next == null) {
            return false;
        }
        if (Grammar.AUXILIARIES.contains(next.lower()) || next.is("cannot")) {
            return true;
        }
        // Without a tagger: a lowercase content word that is no adverb or time can only be the clause's verb here.
        return next.isLowercaseWord() && !Grammar.isFunctionWord(next) && !Grammar.isAdverb(next)
                && !doc.isTime(s, unit.end());
    }

    /**
     * "..., said one senior official in the room.": a description of someone who can speak, after the verb, that
     * ends the clause (apart from a time or a short circumstance) is the inverted speaker; "..., said the plan
     * would fail" is no speaker, and neither is "..., said officials were ..." (a clause follows).
     */
    private boolean isDescriptionEndingClause(Sentence s, PhraseReader.Unit unit) {
        if (unit == null) {
            return false;
        }
        Token head = s.token(unit.head());
        return head.isLowercaseWord() && vocabulary.isSpeakerNoun(head) && endsClause(s, unit.end());
    }

    private boolean startsWithName(Sentence s, PhraseReader.Unit unit) {
        for (int k = unit.start(); k < unit.end(); k++) {
            if (doc.mention(s, k) != null || vocabulary.isTitle(s.token(k))
                    || Grammar.PERSON_PRONOUNS.contains(s.token(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** A statement quote whose closing mark is right before the phrase at token i (", ” he said"), or null. */
    private Quote quoteClosingBefore(Sentence s, int i) {
        int k = i - 1;
        while (k >= 0 && s.token(k).text().equals(",")) {
            k--;
        }
        if (k < 0 || !Grammar.closesQuotes(s.token(k))) {
            return null;
        }
        Token mark = s.token(k);
        for (Quote q : doc.quotes) {
            if (q.close() >= mark.begin() && q.close() < mark.end() && q.isStatement(doc.text)) {
                return isTitleInSentence(s, q) ? null : q;
            }
        }
        return null;
    }

    /**
     * "“I would,” Paula said.": a quote of one or two words is mostly a phrase set off in the sentence ("called the
     * tolls “too high,”"), so it is no statement by itself; one that opens the sentence and closes with its own comma,
     * "?" or "!" right before the subject of the attribution is what was said. Not when the attribution goes on into
     * another quote ("“My hope,” she said, “is that ...”": that one holds the words said). Null otherwise.
     */
    private Quote shortQuoteOpening(Sentence s, int subjectStart, int cueEnd) {
        Token mark = s.at(subjectStart - 1);
        if (mark == null || !Grammar.closesQuotes(mark) || quoteAfter(s, cueEnd) != null) {
            return null;
        }
        for (Quote q : doc.quotes) {
            if (q.close() >= mark.begin() && q.close() < mark.end()) {
                String inner = doc.substring(q.innerBegin(), q.innerEnd()).strip();
                boolean punctuated = inner.endsWith(",") || inner.endsWith("?") || inner.endsWith("!");
                return punctuated && q.open() == s.begin() ? q : null;
            }
        }
        return null;
    }

    /**
     * "In an interview on the channel's “Morning Show,” X said ...": a quote after a preposition or a possessive is a
     * title inside the sentence, not the words said. (After another word it may be: "Y “is the only candidate
     * ...,” said X" quotes part of a clause.)
     */
    private static boolean isTitleInSentence(Sentence s, Quote q) {
        int open = s.tokenAtOrAfter(q.open());
        Token before = open < s.size() && s.token(open).begin() == q.open() ? s.at(open - 1) : null;
        if (before == null) {
            return false;
        }
        return Grammar.isPossessiveMarker(before) || Grammar.PREPOSITIONS.contains(before.lower());
    }

    /** "said (Dec. 17) (that|:) “...”": a statement quote opening right after the verb or its complementizer. */
    private Quote quoteAfter(Sentence s, int cueEnd) {
        for (int k = cueEnd; k < Math.min(s.size(), cueEnd + MAX_TOKENS_BEFORE_COMPLEMENT + 1); k++) {
            Token t = s.token(k);
            if (Grammar.isOpenQuote(t)) {
                Token before = s.at(k - 1);
                boolean adjacent = k == cueEnd || before.is("that") || before.text().equals(":")
                        || before.text().equals(",");
                Quote q = quoteOpeningAt(t.begin());
                return adjacent && q != null && q.isStatement(doc.text) ? q : null;
            }
            if (verbCueAt(s, k) != null || t.text().equals(";")) {
                return null;
            }
        }
        return null;
    }

    private Quote quoteOpeningAt(int offset) {
        for (Quote q : doc.quotes) {
            if (q.open() == offset) {
                return q;
            }
        }
        return null;
    }

    /**
     * Whether the verb ends its clause, apart from a time or a short circumstance: "..., the minister said.",
     * "..., X announced Friday.", "..., X said in a statement."
     */
    private boolean endsClause(Sentence s, int i) {
        int k = i;
        while (k < s.size() && doc.isTime(s, k)) {
            k++;
        }
        Token next = s.at(k);
        if (next != null && Grammar.PREPOSITIONS.contains(next.lower())) {
            int end = k + 1;
            while (end < s.size() && !Grammar.isPunctuation(s.token(end)) && end - k <= MAX_CIRCUMSTANCE_TOKENS) {
                end++;
            }
            k = end;
        }
        next = s.at(k);
        return next == null || next.text().equals(".") || next.text().equals("!") || next.text().equals(";")
                || (Grammar.isCloseQuote(next) && s.at(k + 1) == null) || opensAdverbialClause(s, k)
                || opensParticipleClause(s, k);
    }

    /** Words in -ing that are no participle: "..., she said, nothing more." */
    private static final Set<String> ING_NOUNS = Set.of("nothing", "something", "anything", "everything", "thing",
            "things", "morning", "evening", "meeting", "building", "king", "spring", "string", "during");

    /**
     * ", citing the budget", ", referring to ...": a comma and a participle, which tells what the speaker did while
     * saying it (a claim of its own when a cue), not what was said: "“...” to fill the coffers, she said, citing ...".
     */
    private static boolean opensParticipleClause(Sentence s, int k) {
        Token comma = s.at(k);
        Token participle = s.at(k + 1);
        return comma != null && comma.text().equals(",") && participle != null && participle.isLowercaseWord()
                && participle.lower().endsWith("ing") && participle.text().length() > 4
                && !ING_NOUNS.contains(participle.lower());
    }

    /**
     * "It would take two weeks, he said, and the delay could hurt ...": a comma and "and" or "but" right after an
     * attribution set inside the sentence go on with the writer's sentence; what was said is the clause before the
     * attribution, as when the attribution ends the sentence.
     */
    private static boolean opensCoordinateClause(Sentence s, int k) {
        Token comma = s.at(k);
        Token conjunction = s.at(k + 1);
        return comma != null && comma.text().equals(",") && conjunction != null
                && (conjunction.is("and") || conjunction.is("but"));
    }

    /** ", as ...", ", while ...": a comma and a clause of time, reason or contrast, which tells when, not what. */
    private static boolean opensAdverbialClause(Sentence s, int k) {
        Token comma = s.at(k);
        Token conjunction = s.at(k + 1);
        return comma != null && comma.text().equals(",") && conjunction != null
                && Grammar.ADVERBIAL_SUBORDINATORS.contains(conjunction.lower());
    }

    /** Reported speech after the verb, as [begin, end) characters, or null if too short. */
    private int[] reportedAfter(Sentence s, int cueEnd) {
        int start = cueEnd;
        int that = -1;
        for (int k = cueEnd; k < Math.min(s.size(), cueEnd + MAX_TOKENS_BEFORE_COMPLEMENT); k++) {
            Token t = s.token(k);
            if (t.is("that") && (s.at(k + 1) == null || Set.of(".", "!", "?", ";").contains(s.token(k + 1).text()))) {
                break; // "said the tolls could change that.": a pronoun ending the clause, not its complementiser
            }
            if (t.is("that") || t.text().equals(":")) {
                that = k;
                break;
            }
            if (Grammar.isPunctuation(t) || verbCueAt(s, k) != null) {
                break;
            }
        }
        if (that < 0) {
            that = thatAfterAside(s, cueEnd);
        }
        if (that >= 0) {
            start = that + 1;
        } else {
            start = skipCircumstances(s, start);
        }
        int end = start;
        while (end < s.size() && !endsReportedSpeech(s, end)) {
            end++;
        }
        return span(s, start, end);
    }

    /** "said, most recently in an interview with the Gazette on Monday, that": the longest aside before "that". */
    private static final int MAX_ASIDE_BEFORE_THAT = 16;

    /**
     * "X said, in an interview on Monday, that ...", "X insists, most recently on Friday, that ...": an aside set off
     * by commas right after the verb (token cueEnd the first comma), with no other punctuation, quote or verb of
     * saying in it, before "that": the index of that "that", which opens what was said, or -1.
     */
    private int thatAfterAside(Sentence s, int cueEnd) {
        Token comma = s.at(cueEnd);
        if (comma == null || !comma.text().equals(",")) {
            return -1;
        }
        for (int k = cueEnd + 1; k < Math.min(s.size() - 1, cueEnd + MAX_ASIDE_BEFORE_THAT); k++) {
            Token t = s.token(k);
            if (t.text().equals(",")) {
                return k > cueEnd + 1 && s.token(k + 1).is("that") ? k + 1 : -1;
            }
            if (Grammar.isPunctuation(t) || Grammar.isOpenQuote(t) || verbCueAt(s, k) != null) {
                return -1;
            }
        }
        return -1;
    }

    /** Skips what sets the scene of the statement rather than saying something: times, "in Kabul", a comma. */
    private int skipCircumstances(Sentence s, int k) {
        while (k < s.size()) {
            Token t = s.token(k);
            if (doc.isTime(s, k) || t.text().equals(",") || t.text().equals(":")) {
                k++;
            } else if ((t.is("in") || t.is("at") || t.is("on")) && s.at(k + 1) != null) {
                NameMention place = doc.mention(s, k + 1);
                if (place != null && place.type == EntityType.LOCATION && !place.isDemonym()) {
                    k = place.end;
                } else if (doc.isTime(s, k + 1)) {
                    k++;
                } else {
                    return k;
                }
            } else {
                return k;
            }
        }
        return k;
    }

    /**
     * Reported speech ends at the sentence end, at "and said ...", at "but she denied ..." (a clause with its own
     * speaker and reporting verb) or at ", according to".
     */
    private boolean endsReportedSpeech(Sentence s, int k) {
        Token t = s.token(k);
        if (t.text().equals(";")) {
            return true;
        }
        if ((t.is("and") || t.is("but")) && s.at(k + 1) != null) {
            int next = k + 1;
            while (next < s.size() && Grammar.isAdverb(s.token(next))) {
                next++;
            }
            return next < s.size() && (verbCueAt(s, next) != null || opensAttributedClause(s, next));
        }
        if (t.text().equals(",")) {
            PhraseMatcher.Match<Vocabulary.CueKind> cue = vocabulary.cues.longestAt(s, k + 1);
            // ", according to ..." names a source; ", adding that ..." starts the next claim.
            return cue != null && (cue.value() == Vocabulary.CueKind.SOURCE
                    || (verbCueAt(s, k + 1) != null && isParticiple(s, k + 1)));
        }
        return false;
    }

    /**
     * "..., but she denied that ...", "... and the mayor insisted ...": a subject at token k, a pronoun or a noun
     * phrase that can speak, followed (across adverbs and auxiliaries) by a reporting verb opens a clause attributed
     * to someone of its own, no longer part of what the verb before said.
     */
    private boolean opensAttributedClause(Sentence s, int k) {
        Token first = s.token(k);
        PhraseReader.Unit subject = Grammar.PERSON_PRONOUNS.contains(first.lower()) || first.is("they")
                ? new PhraseReader.Unit(k, k + 1) : reader.readRightUnit(s, k);
        if (subject == null) {
            return false;
        }
        Token head = s.token(subject.head());
        boolean speaks = (subject.end() - subject.start() == 1 && Grammar.isPronoun(head))
                || doc.mention(s, subject.head()) != null || vocabulary.isSpeakerNoun(head);
        int verb = skipAuxiliariesRight(s, subject.end());
        return speaks && verb < s.size() && verbCueAt(s, verb) != null && isReportingUse(s, verb)
                && !isParticiple(s, verb);
    }

    /** "has since", "would also": adverbs and auxiliaries from token k rightwards; the index of the next word. */
    private int skipAuxiliariesRight(Sentence s, int k) {
        while (k < s.size() && (Grammar.isAdverb(s.token(k)) || Grammar.AUXILIARIES.contains(s.token(k).lower()))) {
            k++;
        }
        return k;
    }

    /** Reported speech before ", X said": from the clause start (after any earlier claim) to the comma. */
    private int[] reportedBefore(Sentence s, int commaIndex, List<Found> earlier) {
        int start = 0;
        if (!earlier.isEmpty()) {
            start = s.tokenAtOrAfter(earlier.get(earlier.size() - 1).end());
        }
        while (start < commaIndex && (Grammar.isQuote(s.token(start)) || s.token(start).text().equals(","))) {
            start++;
        }
        return span(s, start, commaIndex);
    }

    /** "..., according to X": the sentence's statement attributed to X when no verb names a speaker. */
    private Found accordingTo(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            PhraseMatcher.Match<Vocabulary.CueKind> cue = vocabulary.cues.longestAt(s, i);
            if (cue == null || cue.value() != Vocabulary.CueKind.SOURCE) {
                continue;
            }
            List<PhraseReader.Unit> source = reader.readRight(s, cue.end());
            SpeakerResolver.Speaker speaker = source.isEmpty() ? null : sourceSpeaker(s, source);
            int sourceEnd = source.isEmpty() ? cue.end() : source.get(source.size() - 1).end();
            String text = doc.substring(s.token(i).begin(), s.token(cue.end() - 1).end()).toLowerCase(Locale.ROOT);
            Found parenthetical = parentheticalSource(s, i, sourceEnd, text, speaker);
            if (parenthetical != null) {
                return parenthetical;
            }
            int[] content = i <= 1
                    ? span(s, skipCircumstances(s, sourceEnd), s.size())
                    : span(s, 0, i);
            if (content == null) {
                return null;
            }
            return new Found(s.token(i).begin(), text, speaker, content[0], content[1], false);
        }
        return null;
    }

    /**
     * "The ferry, according to harbour officials, will run again by May.": a source set off by commas inside the
     * sentence interrupts what was said; the content is the clause on both sides, the source left out and the gap
     * marked as for a quote split by its attribution ("The ferry … will run again by May"). Null unless the cue
     * (token cue) follows a comma and a comma closes the source (token sourceEnd) before two words or more.
     */
    private Found parentheticalSource(Sentence s, int cue, int sourceEnd, String text,
                                      SpeakerResolver.Speaker speaker) {
        Token before = s.at(cue - 1);
        Token after = s.at(sourceEnd);
        if (cue < 2 || before == null || after == null || !before.text().equals(",") || !after.text().equals(",")) {
            return null;
        }
        int firstEnd = s.token(cue - 2).end(); // "Fares, according to ..., will double": one word before is enough
        int[] second = span(s, sourceEnd + 1, s.size());
        if (second == null || !continuesTheClause(s, sourceEnd + 1)) {
            return null; // "..., according to X, head of the Y institute, and others": an appositive of the source
        }
        return new Found(s.token(cue).begin(), text, speaker, s.token(0).begin(), second[1], false,
                new Gap(firstEnd, second[0]));
    }

    /** Modal verbs that carry on a clause after an interruption: "The ferry, according to X, will run ...". */
    private static final Set<String> MODAL_VERBS = Set.of("will", "would", "could", "should", "may", "might", "can",
            "must");

    /**
     * Whether token k goes on with the clause interrupted before it: a verb (an auxiliary, a modal, a reporting or
     * light verb) or "and"/"but" opening the next clause; not a noun phrase, which would describe the source ("head
     * of the institute"), nor a participle ("compared with ...", an adjunct as likely said by the writer).
     */
    private boolean continuesTheClause(Sentence s, int k) {
        Token t = s.at(k);
        if (t == null || !t.isLowercaseWord()) {
            return false;
        }
        String w = t.lower();
        return Grammar.AUXILIARIES.contains(w) || MODAL_VERBS.contains(w) || w.equals("and") || w.equals("but")
                || reader.isVerbLike(s, k);
    }

    /**
     * "Clinton plans to visit Charlotte on Sunday, according to a campaign aide.": a trailing "according to" is the
     * source of what its sentence reports, an intention or a belief of the subject included; those claims take its
     * speaker. A statement ("X said ..., according to Y") keeps its own.
     */
    private List<Found> sourcedIntentions(Sentence s, List<Found> found) {
        found = spokenIntentions(s, found);
        Found sourced = accordingTo(s);
        if (sourced == null || sourced.speaker() == null || sourced.speaker().kind() == null
                || sourced.begin() >= sourced.cueOffset()) {
            return found;
        }
        for (Found f : found) {
            io.mediamon.schema.ClaimKind kind = vocabulary.claimKind(f.cue());
            boolean held = kind == io.mediamon.schema.ClaimKind.INTENTION || kind == io.mediamon.schema.ClaimKind.BELIEF;
            if (!held || f.end() > sourced.cueOffset()) {
                return found;
            }
        }
        return found.stream().map(f -> new Found(f.cueOffset(), f.cue(), sourced.speaker(), f.begin(), f.end(),
                f.quoted(), f.gap())).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    /**
     * "The campaign plans to release the records soon, a spokesman announced Monday.": an attribution that ends the
     * sentence after a comma (a subject, a verb of speech, then only a time) is the source of the intentions and
     * beliefs the sentence reports before it; those claims take its speaker and end at its comma.
     */
    private List<Found> spokenIntentions(Sentence s, List<Found> found) {
        for (int c = s.size() - 2; c > 0; c--) {
            if (!s.token(c).text().equals(",")) {
                continue;
            }
            PhraseReader.Unit subject = reader.readRightUnit(s, c + 1);
            PhraseReader.Unit whole = subject == null ? null : withWhomItSpeaksFor(s, subject);
            PhraseMatcher.Match<Vocabulary.CueKind> cue = subject == null ? null
                    : vocabulary.cues.longestAt(s, whole.end());
            if (cue == null || cue.value() != Vocabulary.CueKind.VERB || !endsWithATime(s, cue.end())) {
                return found;
            }
            String verb = doc.substring(s.token(whole.end()).begin(), s.token(cue.end() - 1).end())
                    .toLowerCase(Locale.ROOT);
            SpeakerResolver.Speaker head = speakers.of(s, subject);
            SpeakerResolver.Speaker speaker = whole.equals(subject) ? head : new SpeakerResolver.Speaker(
                    head.referent(), speakers.text(s, whole), head.kind(), head.organisation());
            int comma = s.token(c).begin();
            if (vocabulary.claimKind(verb) != io.mediamon.schema.ClaimKind.STATEMENT || speaker.kind() == null) {
                return found;
            }
            List<Found> out = new ArrayList<>();
            for (Found f : found) {
                if (!reportedByATrailingSource(f) || f.cueOffset() >= comma || f.end() <= comma) {
                    return found;
                }
                int end = trimEnd(f.begin(), comma);
                out.add(new Found(f.cueOffset(), f.cue(), speaker, f.begin(), end, f.quoted(), f.gap()));
            }
            return out;
        }
        return found;
    }

    /**
     * "..., lawyers for the family said.": the subject of a trailing attribution with the "for" or "of" phrase of whom
     * it speaks for, read to the verb; the subject alone when no such phrase comes before a verb.
     */
    private PhraseReader.Unit withWhomItSpeaksFor(Sentence s, PhraseReader.Unit subject) {
        Token p = s.at(subject.end());
        PhraseReader.Unit whom = p != null && (p.is("for") || p.is("of")) ? reader.readRightUnit(s, subject.end() + 1)
                : null;
        return whom == null ? subject : new PhraseReader.Unit(subject.start(), whom.end());
    }

    /**
     * Whether a claim running on to a trailing attribution is reported by it: an intention or a belief, and an
     * indirect statement or question too ("X had told officials that ..., the source added": what X told is known only through
     * the source, whose words the whole sentence is). A quote keeps its speaker.
     */
    private boolean reportedByATrailingSource(Found f) {
        io.mediamon.schema.ClaimKind kind = vocabulary.claimKind(f.cue());
        return kind == io.mediamon.schema.ClaimKind.INTENTION || kind == io.mediamon.schema.ClaimKind.BELIEF
                || ((kind == io.mediamon.schema.ClaimKind.STATEMENT || kind == io.mediamon.schema.ClaimKind.QUESTION)
                && !f.quoted());
    }

    /** Whether the tokens from k to the end of the sentence are only a time and its closing punctuation. */
    private boolean endsWithATime(Sentence s, int k) {
        for (int j = k; j < s.size(); j++) {
            Token t = s.token(j);
            if (!doc.isTime(s, j) && !Grammar.isPunctuation(t)) {
                return false;
            }
        }
        return true;
    }

    /** "according to police and hospital officials": the first source names who, the text all of them. */
    private SpeakerResolver.Speaker sourceSpeaker(Sentence s, List<PhraseReader.Unit> source) {
        SpeakerResolver.Speaker first = speakers.of(s, source.get(0));
        PhraseReader.Unit last = source.get(source.size() - 1);
        String text = doc.substring(s.token(source.get(0).start()).begin(), s.token(last.end() - 1).end());
        return new SpeakerResolver.Speaker(first.referent(), text, first.kind(), first.organisation());
    }

    /** Drops "Fars reported that X warned ...": the outer verb only names the source of X's claim. */
    private List<Found> withoutReportingSources(List<Found> found) {
        // Only speech or a document inside another claim makes the outer one a mere reporting source ("the ministry
        // said Reuters reported that ..."); "X said she plans to ..." is X's statement and her intention, both kept.
        return found.stream()
                .filter(outer -> speaksForThemselves(outer) || found.stream().noneMatch(inner -> inner != outer
                        && inner.hasNamedSpeaker() && reports(inner) && !isRelativeClause(inner)
                        && inner.cueOffset() >= outer.begin()
                        && inner.cueOffset() < outer.end()))
                .toList();
    }

    /**
     * A person who tells what someone else said makes a statement of their own ("the spokesman says the minister
     * promised ..."), and so does an organisation or a group named as the subject of a verb of speech ("the White
     * House said the president warned ...", "Democrats said ..."). A paper or an agency that reports, writes or
     * quotes ("Fars reported that X warned ...") is a mere channel for the words, and so is a description that only
     * holds the organisation's name ("in a Facebook message, X said ...").
     */
    private static boolean speaksForThemselves(Found claim) {
        if (!claim.hasNamedSpeaker()) {
            return false;
        }
        return claim.speaker().referent().type() == EntityType.PERSON
                || (claim.speaker().kind() == SpeakerKind.NAME && !NEWS_VERBS.contains(claim.cue()));
    }

    /**
     * "they gave the files to the Gazette, which first reported the losses": a claim said by a relative pronoun describes a
     * noun of the outer content; it is not the statement the outer verb passes on.
     */
    private static boolean isRelativeClause(Found claim) {
        String text = claim.speaker().text().toLowerCase(Locale.ROOT);
        return text.equals("which") || text.equals("who") || text.equals("that");
    }

    private boolean reports(Found claim) {
        if (vocabulary.isParseOnlyCue(claim.cue())) {
            return false; // "X said Clinton once described the deal as ...": X's statement about what Clinton did
        }
        io.mediamon.schema.ClaimKind kind = vocabulary.claimKind(claim.cue());
        return kind == io.mediamon.schema.ClaimKind.STATEMENT || kind == io.mediamon.schema.ClaimKind.WRITTEN;
    }

    /** "and has since said": adverbs and auxiliaries before a verb, read leftwards. */
    private int skipAuxiliariesLeft(Sentence s, int k) {
        while (k >= 0 && (Grammar.isAdverb(s.token(k)) || Grammar.AUXILIARIES.contains(s.token(k).lower()))) {
            k--;
        }
        return k;
    }

    private int skipAdverbsLeft(Sentence s, int k) {
        while (k >= 0 && Grammar.isAdverb(s.token(k))) {
            k--;
        }
        return k;
    }

    private int contentEnd(Quote q) {
        return trimEnd(q.innerBegin(), q.innerEnd());
    }

    /** Characters [begin, end) of tokens [from, to), trimmed of closing punctuation; null if too short. */
    private int[] span(Sentence s, int from, int to) {
        if (from >= to || from >= s.size()) {
            return null;
        }
        int begin = s.token(from).begin();
        int end = trimEnd(begin, s.token(Math.min(to, s.size()) - 1).end());
        if (end <= begin || doc.substring(begin, end).split("\\s+").length < MIN_CONTENT_WORDS) {
            return null;
        }
        return new int[]{begin, end};
    }

    /** Drops trailing spaces and sentence punctuation that belongs to the surrounding sentence. */
    private int trimEnd(int begin, int end) {
        while (end > begin) {
            char c = doc.text.charAt(end - 1);
            if (Character.isWhitespace(c) || c == ',' || c == ';' || c == ':' || (c == '.' && !endsWithAbbreviation(begin, end))) {
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    /** "U.S." at the end keeps its period. */
    private boolean endsWithAbbreviation(int begin, int end) {
        return end - begin >= 3 && doc.text.charAt(end - 3) == '.' && Character.isUpperCase(doc.text.charAt(end - 2));
    }
}
