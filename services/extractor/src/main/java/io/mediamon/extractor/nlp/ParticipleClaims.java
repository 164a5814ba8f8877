package io.mediamon.extractor.nlp;

import io.mediamon.schema.EntityType;

import java.util.List;
import java.util.Set;

/**
 * Who says what a participle reports: ", saying ..." after a claim or the sentence's opening subject, "Citing ...,
 * X ..." opening the sentence, "paused before adding", "began by saying", "a statement saying" (its author) and
 * "footage of X saying" (the person shown).
 */
final class ParticipleClaims {
    private final AnalyzedText doc;
    private final PhraseReader reader;
    private final SpeakerResolver speakers;
    private final ReportedSpans spans;
    private final AttributedQuotes attributedQuotes;
    private final OpeningSubjects openingSubjects;

    ParticipleClaims(AnalyzedText doc, PhraseReader reader, SpeakerResolver speakers, ReportedSpans spans,
            AttributedQuotes attributedQuotes, OpeningSubjects openingSubjects) {
        this.doc = doc;
        this.reader = reader;
        this.speakers = speakers;
        this.spans = spans;
        this.attributedQuotes = attributedQuotes;
        this.openingSubjects = openingSubjects;
    }

    /**
     * "“We are ready,” the army said, adding that ..." and "Iran rejected the report, saying ...": the participle
     * clause is said by the speaker of the sentence's earlier claim, else by the subject the sentence opens with.
     * A participle anywhere else ("without saying", "Speaking in Kabul, ...") is no claim of its own.
     */
    ClaimExtractor.Found participleClaim(Sentence s, ClaimExtractor.Cue cue, List<ClaimExtractor.Found> earlier) {
        if (cue.start() == 0) {
            return openingParticipleClaim(s, cue);
        }
        Token previous = s.at(cue.start() - 1);
        SpeakerResolver.Speaker shown = personShownSpeaking(s, cue.start());
        if (shown != null) {
            return whatFollows(s, cue, shown);
        }
        int message = messageBefore(s, cue.start());
        if (message > 0 && earlier.isEmpty()) {
            SpeakerResolver.Speaker author = openingSubjects.openingSubject(s, message);
            return author == null ? null : whatFollows(s, cue, author);
        }
        SpeakerResolver.Speaker actor = subjectBeforeBeforeOrAfter(s, cue, earlier);
        if (actor != null) {
            return whatFollows(s, cue, actor);
        }
        SpeakerResolver.Speaker beginner = subjectOfBeganBy(s, cue.start(), earlier);
        if (beginner != null) {
            return whatFollows(s, cue, beginner);
        }
        if (previous == null || !(previous.text().equals(",") || Grammar.isCommaClosingAQuote(s, cue.start() - 1))) {
            return null;
        }
        SpeakerResolver.Speaker speaker = earlier.isEmpty() ? openingSubjects.openingSubject(s, cue.start())
                : mainSubjectAfterARelativeClause(s, cue, earlier.get(earlier.size() - 1));
        if (speaker == null) {
            return null;
        }
        return whatFollows(s, cue, speaker);
    }

    /** The speaker's claim of the quote right after the participle, else of the clause after it. */
    private ClaimExtractor.Found whatFollows(Sentence s, ClaimExtractor.Cue cue, SpeakerResolver.Speaker speaker) {
        Quote quote = attributedQuotes.quoteAfter(s, cue.end());
        return quote != null ? cue.quoted(speaker, quote, spans)
                : cue.reported(speaker, spans.reportedAfter(s, cue.end()));
    }

    /**
     * "X was defensive about a builder who said he was never paid, saying, “...”": a participle after a comma tells
     * what the main clause's subject did; when the claim before it is a relative clause's ("who said"), the subject
     * the sentence opens with says it, if there is one; else the speaker of that claim.
     */
    private SpeakerResolver.Speaker mainSubjectAfterARelativeClause(Sentence s, ClaimExtractor.Cue cue,
            ClaimExtractor.Found last) {
        if (!ReportingSources.isRelativeClause(last)) {
            return last.speaker();
        }
        SpeakerResolver.Speaker opening = openingSubjects.openingSubject(s, cue.start());
        return opening != null ? opening : last.speaker();
    }

    /** "Citing a new survey of ferry users, the mayor ...": how far the phrase of an opening participle may run. */
    private static final int MAX_OPENING_PARTICIPLE_TOKENS = 25;

    /**
     * "Citing a new survey of ferry users, Mayor Paula Green raised the tolls": a participle opening the sentence is
     * said by the subject of the clause its phrase leads into; the phrase, up to the comma before that subject, is
     * what was said. Null when no comma is followed by a subject that can speak, and when a preposition follows the
     * participle: "Writing for the Gazette, X ..." tells where the subject wrote, not what.
     */
    private ClaimExtractor.Found openingParticipleClaim(Sentence s, ClaimExtractor.Cue cue) {
        Token next = s.at(cue.end());
        if (next == null || Grammar.PREPOSITIONS.contains(next.lower())) {
            return null;
        }
        int last = Math.min(s.size() - 1, cue.end() + MAX_OPENING_PARTICIPLE_TOKENS);
        for (int k = cue.end(); k < last; k++) {
            if (!s.token(k).text().equals(",")) {
                continue;
            }
            SpeakerResolver.Speaker speaker = openingSubjects.subjectOpeningAt(s, k + 1, s.size());
            if (speaker != null) {
                int start = s.token(cue.end()).is("that") ? cue.end() + 1 : cue.end();
                return cue.reported(speaker, spans.span(s, start, k));
            }
        }
        return null;
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

    /** Nouns for what someone issues, posts or sends that says something: "a statement saying ...". */
    static final Set<String> MESSAGE_NOUNS = Set.of("statement", "statements", "letter", "letters", "tweet",
            "tweets", "message", "messages", "memo", "post", "posts", "email", "emails", "e-mail", "release",
            "note", "op-ed", "editorial", "column", "essay", "video", "ad", "advertisement", "filing", "motion",
            "petition", "complaint", "lawsuit", "brief");
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

    /**
     * Words of time before a participle that tell what else the subject did: "paused before adding, “...”",
     * "marched while chanting, “...”".
     */
    private static final Set<String> BEFORE_OR_AFTER = Set.of("before", "after", "while");

    /**
     * "marched while chanting, “...”": a participle of a verb read only after its subject (a WordNet verb) is read
     * after "before", "after" or "while" too, where {@link #subjectBeforeBeforeOrAfter} finds its subject.
     */
    boolean isParticipleAfterWhile(Sentence s, int cue) {
        Token time = s.at(cue - 1);
        int begin = s.token(cue).begin();
        return time != null && BEFORE_OR_AFTER.contains(time.lower()) && s.token(cue).lower().endsWith("ing")
                && doc.quotes.stream().noneMatch(q -> q.contains(begin));
    }

    /**
     * "The mayor paused before adding, “...”", "X waved to the crowd after telling them that ...": a participle after
     * "before"/"after"/"while" inside the sentence is said by the subject the sentence opens with, when a quote or a clause
     * with "that" (after a listener) follows it; "met before asking for a timetable" is an act. Null when no such
     * participle, or an earlier claim of the sentence (whose speaker the scorer's pairing may not follow) exists.
     * An opening "After saying ..., X ..." is left to the opening participle.
     */
    private SpeakerResolver.Speaker subjectBeforeBeforeOrAfter(Sentence s, ClaimExtractor.Cue cue,
            List<ClaimExtractor.Found> earlier) {
        Token time = s.at(cue.start() - 1);
        if (!earlier.isEmpty() || time == null || cue.start() - 1 == 0 || !BEFORE_OR_AFTER.contains(time.lower())) {
            return null;
        }
        boolean clause = s.at(cue.end()) != null && (s.token(cue.end()).is("that")
                || (s.at(cue.end() + 1) != null && s.token(cue.end() + 1).is("that")));
        if (!clause && attributedQuotes.quoteAfter(s, cue.end()) == null) {
            return null;
        }
        SpeakerResolver.Speaker opening = openingSubjects.openingSubject(s, cue.start() - 1);
        return opening != null ? opening : subjectAfterAnOpeningQuote(s, cue.start() - 1);
    }

    /** "“...,” X sang to the crowd before asking ...": the subject right after a quote that opens the sentence. */
    private SpeakerResolver.Speaker subjectAfterAnOpeningQuote(Sentence s, int before) {
        Quote opening = Grammar.isOpenQuote(s.token(0)) ? attributedQuotes.quoteOpeningAt(s.token(0).begin()) : null;
        if (opening == null) {
            return null;
        }
        int close = s.tokenAtOrAfter(opening.close());
        return close + 1 < before ? openingSubjects.subjectOpeningAt(s, close + 1, before) : null;
    }

    /** Verbs of beginning and ending that "by" and a participle say how: "began by saying", "closed by warning". */
    private static final Set<String> BEGINNING_VERBS = Set.of("began", "begins", "begin", "started", "starts",
            "opened", "opens", "ended", "ends", "closed", "closes", "concluded", "concludes");

    /**
     * "X began by saying ...", "X ... appeared on the radio and opened by arguing that ...": the participle after
     * "by" and a verb of beginning or ending is said by that verb's subject (across "and", the sentence's opening
     * subject). Null when no such verb comes right before "by", or an earlier claim of the sentence has a speaker.
     */
    private SpeakerResolver.Speaker subjectOfBeganBy(Sentence s, int cue, List<ClaimExtractor.Found> earlier) {
        Token by = s.at(cue - 1);
        Token verb = s.at(cue - 2);
        if (!earlier.isEmpty() || by == null || !by.is("by") || verb == null || !verb.isLowercaseWord()
                || !BEGINNING_VERBS.contains(verb.lower())) {
            return null;
        }
        Token joiner = s.at(cue - 3);
        if (joiner != null && joiner.is("and")) {
            return openingSubjects.openingSubject(s, cue - 3);
        }
        List<PhraseReader.Unit> subject = reader.subjectOf(s, cue - 2, true);
        return subject.isEmpty() ? null : speakers.of(s, subject.get(0));
    }
}
