package io.mediamon.extractor.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names in lines written in headline case ("Driver Charged In Fatal Crash", or all in capitals) kept only as far as
 * the rest of the text writes them.
 *
 * <p>Why: the tagger tells a name from other words mostly by its capital letters, which a headline gives every word:
 * "Maria Santos Checks Into Lisbon Clinic" comes out as one person, "Senate Confirms Ana Ruiz" as another. A
 * headline-case mention is therefore cut into the names the sentence-case text of the same article writes ("Maria
 * Santos", "Lisbon"), each taking its form from there ("WHITE HOUSE" as "White House"), and words no such name
 * covers ("Checks Into") are no name. A news report names in its text the actors of its headline, so nothing
 * is lost but the headline's artefacts. An article written entirely in headline case, or whose text names nobody, is
 * left as the tagger read it.
 */
final class HeadlineCaseNames {
    /** Words of this many letters or more carry a capital in headline case; shorter ones ("in", "of") may not. */
    private static final int LONG_WORD = 4;
    /** Words a line needs for its case to say anything ("Arrested On Suspicion": two). */
    private static final int MIN_LONG_WORDS = 2;
    /** Share of those words capitalised from which a line is written in headline case. */
    private static final double HEADLINE_SHARE = 0.8;

    private HeadlineCaseNames() {
    }

    /**
     * The mentions, those in headline-case sentences replaced by the names within them that sentence-case sentences
     * write, in text order. Nationality words (a lexicon's, not the tagger's) are kept as they are.
     */
    static List<NameMention> confirmed(String text, List<Sentence> sentences, List<NameMention> mentions,
                                       Vocabulary vocabulary) {
        // Only the sentences that hold a name need their case judged: the others add nothing to either side.
        Map<Integer, Sentence> byIndex = new HashMap<>();
        sentences.forEach(s -> byIndex.put(s.index(), s));
        Set<Integer> headlineCase = new HashSet<>();
        mentions.stream().map(m -> m.sentence).distinct()
                .filter(i -> isHeadlineCase(byIndex.get(i), vocabulary))
                .forEach(headlineCase::add);
        if (headlineCase.isEmpty()) {
            return mentions;
        }
        // The names sentence-case text writes, by lower-case form (a surname alone as well): the confirmed forms.
        Map<String, NameMention> written = new HashMap<>();
        for (NameMention m : mentions) {
            if (!headlineCase.contains(m.sentence) && !m.isDemonym()) {
                written.putIfAbsent(key(m.name), m);
                String[] words = EntityResolver.words(m.name.strip());
                if (m.nerClass.equals("PERSON") && words.length > 1) {
                    written.putIfAbsent(key(words[words.length - 1]), m);
                }
            }
        }
        if (written.isEmpty()) {
            return mentions;
        }
        List<NameMention> kept = new ArrayList<>();
        for (NameMention m : mentions) {
            if (!headlineCase.contains(m.sentence) || m.isDemonym()) {
                kept.add(m);
            } else {
                kept.addAll(namesWithin(text, byIndex.get(m.sentence), m, written));
            }
        }
        return kept;
    }

    /**
     * Whether the sentence's own words, not its names, are capitalised: at least {@value #MIN_LONG_WORDS} long words
     * that are no name, title, nationality, weekday or month, and a share of {@value #HEADLINE_SHARE} of them
     * capitalised. A sentence full of names ("President Ana Ruiz met Prime Minister Li in Lisbon on Monday") is no
     * headline: each of its capitals has a reason.
     */
    static boolean isHeadlineCase(Sentence s, Vocabulary vocabulary) {
        int words = 0;
        int capitalised = 0;
        for (int i = 0; i < s.size(); i++) {
            PhraseMatcher.Match<Boolean> title = vocabulary.titles.longestAt(s, i);
            if (title != null) {
                i = title.end() - 1; // "Foreign Minister" is capitalised before a name in any sentence
                continue;
            }
            Token t = s.token(i);
            if (!t.isWord() || !t.ner().equals(Token.OUTSIDE)
                    || t.text().codePoints().filter(Character::isLetter).count() < LONG_WORD
                    || RelativeDates.isMonthOrWeekday(t.lower()) || vocabulary.demonyms.longestAt(s, i) != null) {
                continue;
            }
            words++;
            if (t.isCapitalized()) {
                capitalised++;
            }
        }
        return words >= MIN_LONG_WORDS && capitalised >= HEADLINE_SHARE * words;
    }

    /**
     * The longest runs of the mention's tokens, left to right, that sentence-case text writes as a name; each a
     * mention of its own with that name's form and tagger class.
     */
    private static List<NameMention> namesWithin(String text, Sentence s, NameMention m,
                                                 Map<String, NameMention> written) {
        List<NameMention> names = new ArrayList<>();
        int from = m.start;
        while (from < m.end) {
            int to = m.end;
            NameMention form = null;
            for (; to > from; to--) {
                form = written.get(key(EntityResolver.joined(s, from, to)));
                if (form != null) {
                    break;
                }
            }
            if (form == null) {
                from++;
                continue;
            }
            int begin = s.token(from).begin();
            int end = s.token(to - 1).end();
            String run = text.substring(begin, end);
            NameMention narrowed = new NameMention(m.sentence, from, to, begin, end, run, formOf(run, form),
                    form.nerClass, null);
            narrowed.placeCue = form.placeCue;
            narrowed.usedAsNoun = form.usedAsNoun;
            names.add(narrowed);
            from = to;
        }
        return names;
    }

    /**
     * The run as sentence-case text writes it: the name itself ("WHITE HOUSE" as "White House"), or the surname of the
     * full name it matched ("SANTOS" as "Santos", which the resolver then links to "Maria Santos").
     */
    private static String formOf(String run, NameMention form) {
        if (key(run).equals(key(form.name))) {
            return form.name;
        }
        String[] words = EntityResolver.words(form.name.strip());
        return words[words.length - 1];
    }

    private static String key(String name) {
        return String.join(" ", EntityResolver.words(name.strip())).toLowerCase(Locale.ROOT);
    }
}
