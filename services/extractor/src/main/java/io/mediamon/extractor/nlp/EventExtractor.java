package io.mediamon.extractor.nlp;

import io.mediamon.schema.EntityType;
import io.mediamon.schema.EventMention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds who did what to whom, sentence by sentence: an action word from the trigger lexicon, the named actors on its
 * subject side, the targets on its object side ("with the Taliban", "on U.S. Gen. ..."), the place introduced by
 * in/at and the nearest time expression.
 */
final class EventExtractor {

    /** Prepositions that introduce who an action is done to or with. */
    private static final Set<String> TARGET_PREPOSITIONS = Set.of("with", "on", "against", "between", "to", "into",
            "toward", "towards", "among");
    private static final Set<String> LIST_INTRODUCERS = Set.of("including", "like");
    private static final int MAX_MODIFIERS_BEFORE_NOUN = 3;
    private static final int NEGATION_WINDOW = 3;
    /** Action words that, with a news medium as a party, tell of an interview. */
    private static final Pattern INTERVIEW = Pattern.compile(
            "(?i)(?:spoke|speaks?|spoken|speaking|talked|talking|talks?|sat down|sits? down|sitting down)\\b");

    /** An action word and what the sentence says around it. */
    private static final class Candidate {
        final int start;
        final int end;
        final String action;
        final Map<String, Referent> actors = new LinkedHashMap<>();
        final Map<String, Referent> targets = new LinkedHashMap<>();
        String place;

        Candidate(int start, int end, String action) {
            this.start = start;
            this.end = end;
            this.action = action;
        }

        void addActors(List<Referent> referents) {
            referents.forEach(r -> actors.putIfAbsent(r.name(), r));
        }

        void addTargets(List<Referent> referents) {
            referents.forEach(r -> targets.putIfAbsent(r.name(), r));
        }
    }

    private final AnalyzedText doc;
    private final Vocabulary vocabulary;
    private final PhraseReader reader;
    private final ReferentResolver resolver;
    private final LocalDate articleDate;

    /**
     * @param articleDate the day relative time expressions are resolved against: the publication date, or the
     *                    fetch date when the article has none
     */
    EventExtractor(AnalyzedText doc, Vocabulary vocabulary, PhraseReader reader, ReferentResolver resolver,
                   LocalDate articleDate) {
        this.doc = doc;
        this.vocabulary = vocabulary;
        this.reader = reader;
        this.resolver = resolver;
        this.articleDate = articleDate;
    }

    List<EventMention> extract() {
        List<EventMention> mentions = new ArrayList<>();
        for (Sentence s : doc.sentences) {
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                // Action words are lowercase; a capital is only a sentence start ("Talks between ...").
                if (doc.mention(s, i) != null || (i > 0 && !s.token(i).isLowercaseWord())) {
                    continue;
                }
                PhraseMatcher.Match<Vocabulary.Trigger> trigger = vocabulary.triggers.longestAt(s, i);
                if (trigger == null) {
                    continue;
                }
                if (!isNegated(s, trigger.start()) && !isHypothetical(s, trigger.start())) {
                    candidates.add(analyze(s, trigger, candidates));
                }
                i = trigger.end() - 1;
            }
            inheritListActors(s, candidates);
            List<EventMention> inSentence = new ArrayList<>();
            for (Candidate c : candidates) {
                EventMention mention = toMention(s, c);
                if (mention != null && inSentence.stream().noneMatch(m -> sameEvent(m, mention))) {
                    inSentence.add(mention);
                }
            }
            mentions.addAll(inSentence);
        }
        return mentions;
    }

    private Candidate analyze(Sentence s, PhraseMatcher.Match<Vocabulary.Trigger> trigger, List<Candidate> before) {
        Candidate c = new Candidate(trigger.start(), trigger.end(), trigger.value().action());
        boolean verbal = isVerbal(s, trigger);
        if (verbal) {
            List<Referent> subject = subject(s, trigger.start(), before);
            if (isPassive(s, trigger.start())) {
                c.addTargets(subject);
                c.addActors(byPhrase(s, trigger.end()));
            } else {
                c.addActors(subject);
            }
        } else {
            nominalActors(s, c, before);
        }
        objects(s, c, verbal);
        if (c.place == null) {
            c.place = placeNear(s, c);
        }
        c.targets.keySet().removeAll(c.actors.keySet());
        return c;
    }

    /** Verb or noun? "the Abu Dhabi meeting" is a noun, "they meet with" a verb. */
    private boolean isVerbal(Sentence s, PhraseMatcher.Match<Vocabulary.Trigger> trigger) {
        Vocabulary.Trigger t = trigger.value();
        if (!t.canBeNoun()) {
            return true;
        }
        if (!t.canBeVerb()) {
            return false;
        }
        Token previous = s.at(trigger.start() - 1);
        if (previous == null) {
            return false;
        }
        String p = previous.lower();
        if (Grammar.AUXILIARIES.contains(p) || p.equals("to") || Grammar.isAdverb(previous)
                || Grammar.PERSON_PRONOUNS.contains(p) || p.equals("they") || p.equals("we")) {
            return true;
        }
        if (doc.mention(s, trigger.start() - 1) != null) {
            Token next = s.at(trigger.end());
            return next != null && (next.is("with") || doc.mention(s, trigger.end()) != null);
        }
        return vocabulary.isAgentNoun(previous);
    }

    /** "refused to meet", "without negotiating", "no talks": the sentence says the action did not happen. */
    private static boolean isNegated(Sentence s, int start) {
        int seen = 0;
        for (int k = start - 1; k >= 0 && seen < NEGATION_WINDOW; k--) {
            Token t = s.token(k);
            if (Grammar.isPunctuation(t)) {
                return false;
            }
            if (Grammar.NEGATORS.contains(t.lower())) {
                return true;
            }
            if (!Grammar.isAdverb(t)) {
                seen++;
            }
        }
        return false;
    }

    private static boolean isPassive(Sentence s, int start) {
        int k = start - 1;
        while (k >= 0 && Grammar.isAdverb(s.token(k))) {
            k--;
        }
        return k >= 0 && Grammar.BE.contains(s.token(k).lower()) && !s.token(k).text().contains("'")
                && !s.token(k).text().contains("’");
    }

    /**
     * The subject of the verb starting at verbStart; for "X visited Y and held talks with Z" the second verb shares
     * the subject of the first.
     */
    private List<Referent> subject(Sentence s, int verbStart, List<Candidate> before) {
        List<Referent> subject = referents(s, reader.subjectOf(s, verbStart));
        int end = reader.subjectEnd(s, verbStart);
        if (subject.isEmpty() && end >= 0 && s.token(end).is("and") && !before.isEmpty()) {
            return List.copyOf(before.get(before.size() - 1).actors.values());
        }
        return subject;
    }

    /** "talks could be conducted", "when he would meet": not something that happened. */
    private static boolean isHypothetical(Sentence s, int start) {
        for (int k = start - 1; k >= Math.max(0, start - NEGATION_WINDOW - 1); k--) {
            Token t = s.token(k);
            if (Grammar.isPunctuation(t)) {
                return false;
            }
            if (Grammar.HYPOTHETICAL.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Actors of an action noun: "Iran's talks", "U.S.-Taliban talks", "Iran is conducting talks", "talks by X". */
    private void nominalActors(Sentence s, Candidate c, List<Candidate> before) {
        int k = c.start - 1;
        int modifiers = 0;
        while (k >= 0 && modifiers < MAX_MODIFIERS_BEFORE_NOUN && doc.mention(s, k) == null
                && s.token(k).isLowercaseWord() && !Grammar.isFunctionWord(s.token(k)) && !reader.isVerbLike(s, k)
                && !isVerbTrigger(s, k)) {
            k--;
            modifiers++;
        }
        Token t = s.at(k);
        if (t == null) {
            return;
        }
        if (Grammar.isPossessiveMarker(t)) {
            PhraseReader.Unit owner = reader.readLeft(s, k - 1);
            if (owner != null) {
                c.addActors(referents(s, List.of(owner)));
            }
            return;
        }
        if (doc.mention(s, k) != null) {
            PhraseReader.Unit unit = reader.readLeft(s, k);
            for (int j = unit.start(); j < unit.end(); j++) {
                NameMention m = doc.mention(s, j);
                if (m == null || (j > unit.start() && doc.mention(s, j - 1) == m)) {
                    continue;
                }
                if (isCity(m)) {
                    c.place = m.canonical;
                } else {
                    c.addActors(List.of(Referent.of(m)));
                }
            }
            return;
        }
        if (Grammar.DETERMINERS.contains(t.lower())) {
            k--;
        }
        int lightStart = lightVerbEndingAt(s, k);
        if (lightStart >= 0) {
            c.addActors(subject(s, lightStart, before));
        }
        c.addActors(byPhrase(s, c.end));
    }

    /** "mediated talks": a verb-only action word before a noun is not its modifier but the verb it is object of. */
    private boolean isVerbTrigger(Sentence s, int k) {
        PhraseMatcher.Match<Vocabulary.Trigger> t = vocabulary.triggers.longestAt(s, k);
        return t != null && !t.value().canBeNoun();
    }

    /** Start of a support verb ("conducting", "carried out") whose last token is k, or -1. */
    private int lightVerbEndingAt(Sentence s, int k) {
        for (int start = Math.max(0, k - 2); start <= k; start++) {
            PhraseMatcher.Match<Boolean> light = vocabulary.lightVerbs.longestAt(s, start, k + 1);
            if (light != null && light.end() == k + 1) {
                return start;
            }
        }
        return -1;
    }

    /** "attacked by X": the agent of a passive or of an action noun. */
    private List<Referent> byPhrase(Sentence s, int from) {
        Token t = s.at(from);
        if (t != null && t.is("by")) {
            return referents(s, reader.readRight(s, from + 1));
        }
        return List.of();
    }

    /** Targets: "met with X", "attack on X", "killings of X", "talks between X and Y", "met X". */
    private void objects(Sentence s, Candidate c, boolean verbal) {
        int k = c.end;
        Token last = s.token(c.end - 1);
        boolean prepositionIncluded = TARGET_PREPOSITIONS.contains(last.lower());
        while (k < s.size() && (Grammar.isAdverb(s.token(k)) || (doc.isTime(s, k) && doc.mention(s, k) == null)
                || (!verbal && (Grammar.AUXILIARIES.contains(s.token(k).lower()) || reader.isVerbLike(s, k))))) {
            k++;
        }
        Token t = s.at(k);
        if (t == null) {
            return;
        }
        String preposition = prepositionIncluded ? last.lower() : null;
        int objectStart = k;
        if (preposition == null) {
            if (TARGET_PREPOSITIONS.contains(t.lower()) || (!verbal && t.is("of"))) {
                preposition = t.lower();
                objectStart = k + 1;
            } else if (!verbal || (!reader.isNounToken(s, k) && !Grammar.DETERMINERS.contains(t.lower()))) {
                return;
            }
        }
        List<Referent> objects = new ArrayList<>();
        for (Referent r : referents(s, reader.readRight(s, objectStart))) {
            if (r.mention() != null && isCity(r.mention())) {
                c.place = c.place == null ? r.name() : c.place;
            } else {
                objects.add(r);
            }
        }
        if ("between".equals(preposition) && c.actors.isEmpty() && objects.size() > 1) {
            c.addActors(objects.subList(0, 1));
            objects = objects.subList(1, objects.size());
        }
        c.addTargets(objects);
    }

    /** The place of the action: "in Abu Dhabi" after it, else the nearest "in/at PLACE" before it. */
    private String placeNear(Sentence s, Candidate c) {
        for (int k = c.end; k < s.size() - 1; k++) {
            if (s.token(k).text().equals(";")) {
                break;
            }
            String place = placeAfterPreposition(s, k);
            if (place != null) {
                return place;
            }
        }
        for (int k = c.start - 2; k >= 0; k--) {
            String place = placeAfterPreposition(s, k);
            if (place != null) {
                return place;
            }
        }
        return null;
    }

    private String placeAfterPreposition(Sentence s, int k) {
        Token t = s.token(k);
        if (!(t.is("in") || t.is("at"))) {
            return null;
        }
        int j = k + 1;
        if (s.at(j) != null && s.token(j).is("the")) {
            j++;
        }
        NameMention m = doc.mention(s, j);
        return m != null && m.type == EntityType.LOCATION && !m.isDemonym() && m.start == j ? m.canonical : null;
    }

    /** A named place that is not a country: a city or region, where things happen rather than who acts. */
    private boolean isCity(NameMention m) {
        return m.type == EntityType.LOCATION && !m.isDemonym() && !vocabulary.isCountry(m.canonical);
    }

    /**
     * "the Taliban's attacks including ... an assassination attempt on X": actions listed after "including" share
     * the actor of the action they illustrate.
     */
    private static void inheritListActors(Sentence s, List<Candidate> candidates) {
        for (int i = 1; i < candidates.size(); i++) {
            Candidate item = candidates.get(i);
            if (!item.actors.isEmpty()) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Candidate head = candidates.get(j);
                if (head.action.equals(item.action) && !head.actors.isEmpty()
                        && introducesList(s, head.end, item.start)) {
                    head.actors.forEach(item.actors::putIfAbsent);
                    item.targets.keySet().removeAll(item.actors.keySet());
                    break;
                }
            }
        }
    }

    private static boolean introducesList(Sentence s, int from, int to) {
        Token next = s.at(from);
        if (next == null || !LIST_INTRODUCERS.contains(next.lower())) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (s.token(k).text().equals(";") || s.token(k).text().equals(":")) {
                return false;
            }
        }
        return true;
    }

    private List<Referent> referents(Sentence s, List<PhraseReader.Unit> units) {
        List<Referent> referents = new ArrayList<>();
        for (PhraseReader.Unit unit : units) {
            referents.addAll(resolver.resolve(s, unit, ReferentResolver.Purpose.PARTICIPANT));
        }
        return referents;
    }

    /**
     * "X spoke to Channel 9 News", "sat down with The Daily Times": an interview that the report was gathered by, not
     * a meeting of two parties; as an event it would start a story of its own ("X–Channel 9 News talks").
     */
    private static boolean isInterview(String trigger, Candidate c) {
        return INTERVIEW.matcher(trigger).lookingAt() && (c.actors.values().stream().anyMatch(NewsMedia::isMedium)
                || c.targets.values().stream().anyMatch(NewsMedia::isMedium));
    }

    private EventMention toMention(Sentence s, Candidate c) {
        int participants = c.actors.size() + c.targets.size();
        if (!(c.actors.size() >= 1 && c.targets.size() >= 1) && participants < 2) {
            return null;
        }
        int triggerBegin = s.token(c.start).begin();
        int triggerEnd = s.token(c.end - 1).end();
        String trigger = doc.substring(triggerBegin, triggerEnd);
        if (isInterview(trigger, c)) {
            return null;
        }
        TimeExpressions.Span time = nearestTime(s, triggerBegin, triggerEnd);
        // Past events are kept with their date ("two months ago"): what is news is the correlator's decision.
        return EventMention.newBuilder()
                .setActors(List.copyOf(c.actors.keySet()))
                .setAction(c.action)
                .setTrigger(trigger)
                .setTargets(List.copyOf(c.targets.keySet()))
                .setPlace(c.place)
                .setTime(time == null ? null : time.text())
                .setDate(time == null ? null : RelativeDates.resolve(time.text(), articleDate))
                .setBegin(s.begin())
                .setEnd(s.end())
                .build();
    }

    /**
     * The time expression nearest the trigger in its sentence, leaving out one that belongs to the next item of a
     * list or the next clause ("killings of Americans and, just two months ago, an assassination attempt").
     */
    private TimeExpressions.Span nearestTime(Sentence s, int begin, int end) {
        TimeExpressions.Span best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpressions.Span span : doc.times(s)) {
            boolean after = span.begin() >= end;
            if (separated(s, after ? end : span.end(), after ? span.begin() : begin, after)
                    || (!after && isPossessive(s, span) && punctuationBetween(s, span.end(), begin))) {
                continue;
            }
            int distance = span.end() <= begin ? begin - span.end() : Math.max(0, span.begin() - end);
            if (distance < bestDistance) {
                best = span;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * Whether a ";" lies in the characters [from, to), or, looking right, a conjunction next to a comma (", and"
     * or "and,"): the start of the next list item or clause. "between Israel and Hamas" separates nothing.
     */
    private static boolean separated(Sentence s, int from, int to, boolean lookingRight) {
        for (Token t : s.tokens()) {
            if (t.begin() < from || t.end() > to) {
                continue;
            }
            if (t.text().equals(";")) {
                return true;
            }
            if (lookingRight && Grammar.CONJUNCTIONS.contains(t.lower())) {
                Token before = s.at(t.index() - 1);
                Token after = s.at(t.index() + 1);
                if ((before != null && before.text().equals(",")) || (after != null && after.text().equals(","))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "January’s siege": the time modifies its own noun phrase only. */
    private static boolean isPossessive(Sentence s, TimeExpressions.Span span) {
        Token next = s.at(s.tokenAtOrAfter(span.end()));
        return next != null && next.begin() == span.end() && Grammar.isPossessiveMarker(next);
    }

    private static boolean punctuationBetween(Sentence s, int from, int to) {
        for (Token t : s.tokens()) {
            if (t.begin() >= from && t.end() <= to && Grammar.isPunctuation(t) && !Grammar.isPossessiveMarker(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameEvent(EventMention a, EventMention b) {
        return a.getAction().equals(b.getAction()) && a.getActors().equals(b.getActors())
                && a.getTargets().equals(b.getTargets()) && Objects.equals(a.getPlace(), b.getPlace());
    }
}
