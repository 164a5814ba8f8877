package io.mediamon.extractor.nlp;

import io.mediamon.schema.EntityType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns CoreNLP's token tags into name mentions and resolves them within the document: titles stripped, aliases
 * mapped to canonical names, a bare surname linked to the full name, nationality words recognised, one type per
 * entity.
 */
final class EntityResolver {

    private static final Set<String> NAME_CLASSES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
    static final String DEMONYM = "DEMONYM";

    private final Vocabulary vocabulary;
    private final RoleFinder roleFinder;

    EntityResolver(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.roleFinder = new RoleFinder(vocabulary);
    }

    /** All name mentions of the document in text order, resolved. */
    List<NameMention> resolve(String text, List<Sentence> sentences) {
        List<NameMention> mentions = new ArrayList<>();
        for (Sentence sentence : sentences) {
            mentions.addAll(mentionsIn(text, sentence));
        }
        mentions.sort((a, b) -> Integer.compare(a.begin, b.begin));
        mentions = new ArrayList<>(HeadlineCaseNames.confirmed(text, sentences, mentions, vocabulary));
        Acronyms acronyms = Acronyms.find(sentences, mentions);
        if (!acronyms.isEmpty()) {
            mentions.addAll(acronyms.untaggedMentions(text, sentences, mentions));
            mentions.sort((a, b) -> Integer.compare(a.begin, b.begin));
        }
        assignCanonicalNames(mentions, acronyms);
        assignTypes(mentions);
        return List.copyOf(mentions);
    }

    // ---- finding mentions in one sentence ----

    private List<NameMention> mentionsIn(String text, Sentence sentence) {
        int n = sentence.size();
        String[] tags = new String[n];
        for (int i = 0; i < n; i++) {
            tags[i] = sentence.token(i).ner();
        }
        boolean[] nickname = new boolean[n];
        markNicknames(sentence, tags, nickname);
        boolean[] runStart = new boolean[n];
        boolean[] alias = new boolean[n];
        KnownNames.mark(sentence, vocabulary, tags, runStart, alias);
        boolean[] place = new boolean[n];
        PlaceList.mark(sentence, text, vocabulary, tags, runStart, place, alias);
        PlaceNames.mark(sentence, vocabulary, tags, runStart, place, alias);

        List<NameMention> mentions = new ArrayList<>();
        int i = 0;
        while (i < n) {
            String tag = tags[i];
            if (!NAME_CLASSES.contains(tag)) {
                i++;
                continue;
            }
            int runEnd = i;
            do {
                runEnd++;
            } while (runEnd < n && tags[runEnd].equals(tag) && !runStart[runEnd]);
            if (i > 0 && tags[i - 1].equals(Token.OUTSIDE) && theIsPartOfName(sentence, i - 1, tag)) {
                i--; // "told The Washington Post": the capital "The" CoreNLP left out belongs to the name
            }
            if (insideTitle(sentence, i, runEnd)) {
                i = runEnd; // "State" in "Secretary of State" names no entity
                continue;
            }
            for (int[] part : splitAtPossessives(sentence, i, runEnd, tag)) {
                NameMention mention = toMention(text, sentence, part[0], part[1], tag, nickname, place);
                if (mention != null) {
                    mentions.add(mention);
                }
            }
            i = runEnd;
        }
        mentions.addAll(untaggedDemonyms(text, sentence, tags));
        return mentions;
    }

    /**
     * "Austin “Scott” Miller": CoreNLP tags the parts separately; one person whose name leaves out the nickname.
     */
    private static void markNicknames(Sentence s, String[] tags, boolean[] nickname) {
        for (int open = 1; open < s.size(); open++) {
            if (!tags[open - 1].equals("PERSON") || !Grammar.isOpenQuote(s.token(open))) {
                continue;
            }
            for (int close = open + 2; close <= Math.min(open + 4, s.size() - 2); close++) {
                if (Grammar.isCloseQuote(s.token(close)) && tags[close + 1].equals("PERSON")
                        && allCapitalized(s, open + 1, close)) {
                    for (int k = open; k <= close; k++) {
                        tags[k] = "PERSON";
                        nickname[k] = true;
                    }
                    break;
                }
            }
        }
    }

    private static boolean allCapitalized(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!s.token(k).isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    private boolean insideTitle(Sentence s, int from, int to) {
        for (int k = Math.max(0, from - 3); k < from; k++) {
            PhraseMatcher.Match<Boolean> title = vocabulary.titles.longestAt(s, k);
            if (title != null && title.end() >= to) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Iran's Supreme National Security Council" tagged as one span is two names; "Sudan People's Liberation Army"
     * and "Kurdistan Workers' Party" are one. A span is split at a possessive when it is a person's (no name of a
     * person holds one) or when the part before it is a known place or alias.
     */
    private List<int[]> splitAtPossessives(Sentence s, int from, int to, String tag) {
        List<int[]> parts = new ArrayList<>();
        int start = from;
        for (int k = from; k < to; k++) {
            if (Grammar.isPossessiveMarker(s.token(k))
                    && (k == to - 1 || tag.equals("PERSON") || vocabulary.isKnownName(joined(s, start, k)))) {
                if (k > start) {
                    parts.add(new int[]{start, k});
                }
                start = k + 1;
            }
        }
        if (to > start) {
            parts.add(new int[]{start, to});
        }
        return parts;
    }

    private NameMention toMention(String text, Sentence s, int from, int to, String tag, boolean[] nickname,
                                  boolean[] place) {
        List<String> roles = new ArrayList<>();
        int start = stripLeading(s, from, to, tag, roles);
        if (start >= to || allPronouns(s, start, to) || !hasLetter(s, start, to)) {
            return null;
        }
        int begin = s.token(start).begin();
        int end = s.token(to - 1).end();
        String written = text.substring(begin, end);
        String name = nameWithoutNickname(text, s, start, to, nickname);
        String country = vocabulary.alias(written) == null ? vocabulary.countryOfDemonym(written) : null;
        NameMention mention = new NameMention(s.index(), start, to, begin, end, written, name,
                country != null ? DEMONYM : tag, country);
        roles.forEach(mention::addRole);
        mention.usedAsNoun = tag.equals("MISC") && usedAsNoun(s, start, to);
        mention.modifier = CompoundModifier.endsSpan(s, start, to);
        // Only for what CoreNLP took for a name: "Islamic state" and "Southeast Asian region" describe, not name.
        mention.placeCue = !tag.equals("MISC") && (hasPlaceCue(s, start, to) || place[start]);
        if (tag.equals("PERSON")) {
            roleFinder.around(s, start, to).forEach(mention::addRole);
        }
        return mention;
    }

    /**
     * Drops titles before a person's name and a leading "the" that is not part of the name (a lowercase "the" never
     * is). In other names only
     * "TITLE of ..." is dropped ("Secretary of Iran's ..."), so that "General Motors" stays whole.
     */
    private int stripLeading(Sentence s, int from, int to, String tag, List<String> roles) {
        int start = from;
        while (start < to) {
            Token first = s.token(start);
            boolean lowercaseThe = first.text().equals("the");
            if (first.is("the") && (lowercaseThe
                    || (vocabulary.alias(joined(s, start, to)) == null && !theIsPartOfName(s, start, tag)))) {
                start++;
                continue;
            }
            PhraseMatcher.Match<Boolean> title = vocabulary.titles.longestAt(s, start, to);
            if (title == null || title.end() >= to) {
                break;
            }
            boolean titleOf = s.token(title.end()).is("of") && to - title.end() > 2;
            if (!tag.equals("PERSON") && !titleOf) {
                break;
            }
            if (title.value()) {
                roles.add(RoleFinder.roleName(s, title.start(), title.end()));
            }
            start = titleOf ? title.end() + 1 : title.end();
        }
        return start;
    }

    /**
     * "in The Hague", "told The Guardian": a capital "The" inside a sentence is written as part of the name. At the
     * start of a sentence or quote the capital says nothing, and a person's name never starts with "the".
     */
    private static boolean theIsPartOfName(Sentence s, int k, String tag) {
        if (tag.equals("PERSON") || !s.token(k).text().equals("The") || k == 0) {
            return false;
        }
        Token before = s.token(k - 1);
        return before.isWord() || before.text().equals(",");
    }

    private List<NameMention> untaggedDemonyms(String text, Sentence s, String[] tags) {
        List<NameMention> mentions = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!tags[i].equals(Token.OUTSIDE) || !s.token(i).isCapitalized()) {
                continue;
            }
            PhraseMatcher.Match<String> match = vocabulary.demonyms.longestAt(s, i);
            if (match == null || !allOutside(tags, match.start(), match.end())) {
                continue;
            }
            int begin = s.token(i).begin();
            int end = s.token(match.end() - 1).end();
            String written = text.substring(begin, end);
            String country = vocabulary.countryOfDemonym(written);
            if (country != null) {
                NameMention mention = new NameMention(s.index(), i, match.end(), begin, end, written, written,
                        DEMONYM, country);
                mention.modifier = CompoundModifier.endsSpan(s, i, match.end());
                mentions.add(mention);
                i = match.end() - 1;
            }
        }
        return mentions;
    }

    private static boolean allOutside(String[] tags, int from, int to) {
        return Arrays.stream(tags, from, to).allMatch(Token.OUTSIDE::equals);
    }

    /** "the town of X", "X province": words around the name that only a place has. */
    private boolean hasPlaceCue(Sentence s, int start, int end) {
        Token of = s.at(start - 1);
        Token noun = s.at(start - 2);
        if (of != null && noun != null && of.is("of") && noun.isLowercaseWord() && vocabulary.isPlaceNoun(noun)) {
            return true;
        }
        Token after = s.at(end);
        return after != null && after.isLowercaseWord() && vocabulary.isPlaceNoun(after);
    }

    /**
     * "the Houthis have ..." (a group) as opposed to "the Zionist regime" (an adjective) and "the Internet" or "the
     * Australian Open" (things): a plural name used as a noun after "the". Events written in the plural ("the
     * Olympics") still pass; they are rarer in news than groups.
     */
    private static boolean usedAsNoun(Sentence s, int start, int end) {
        Token before = s.at(start - 1);
        Token after = s.at(end);
        String last = s.token(end - 1).text();
        boolean plural = last.length() > 3 && last.endsWith("s") && !last.endsWith("ss");
        return plural && before != null && before.is("the")
                && (after == null || Grammar.isPunctuation(after) || Grammar.isFunctionWord(after));
    }

    /** "he", "He" and "his" are pronouns; "US" (all capitals) is a name. */
    private static boolean allPronouns(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Grammar.isPronoun(s.token(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLetter(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.token(k).isWord()) {
                return true;
            }
        }
        return false;
    }

    static String joined(Sentence s, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from && s.token(k).begin() > s.token(k - 1).end()) {
                b.append(' ');
            }
            b.append(s.token(k).text());
        }
        return b.toString();
    }

    private static String nameWithoutNickname(String text, Sentence s, int from, int to, boolean[] nickname) {
        StringBuilder b = new StringBuilder();
        int k = from;
        while (k < to) {
            if (nickname[k]) {
                k++;
                continue;
            }
            int segmentStart = k;
            while (k < to && !nickname[k]) {
                k++;
            }
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(text, s.token(segmentStart).begin(), s.token(k - 1).end());
        }
        return b.toString();
    }

    // ---- resolution across the document ----

    private void assignCanonicalNames(List<NameMention> mentions, Acronyms acronyms) {
        for (NameMention m : mentions) {
            Vocabulary.Alias alias = vocabulary.alias(m.name);
            if (m.isDemonym()) {
                m.canonical = vocabulary.singularDemonym(m.name);
            } else {
                m.canonical = alias != null ? alias.canonical() : m.name;
            }
        }
        for (NameMention m : mentions) {
            NameMention longForm = acronyms.longForm(m.name);
            if (longForm != null && longForm != m && vocabulary.alias(m.name) == null) {
                m.canonical = longForm.canonical; // "SNSC" -> "Supreme National Security Council"
                m.acronym = true;
            }
        }
        Map<String, String> withThe = new HashMap<>();
        for (NameMention m : mentions) {
            if (m.name.startsWith("The ") && m.canonical.equals(m.name)) {
                withThe.putIfAbsent(m.name.substring(4), m.canonical);
            }
        }
        for (NameMention m : mentions) {
            if (withThe.containsKey(m.canonical)) {
                m.canonical = withThe.get(m.canonical); // "Hague" at a sentence start -> "The Hague"
            }
        }
        List<NameMention> fullNames = mentions.stream()
                .filter(m -> m.nerClass.equals("PERSON") && words(m.name).length >= 2)
                .toList();
        for (NameMention m : mentions) {
            if (mayBeSurname(m)) {
                NameMention full = fullNameFor(m, fullNames);
                if (full == null && m.nerClass.equals("PERSON")) {
                    full = onlyFullNameStartingWith(m, fullNames);
                }
                if (full != null) {
                    m.canonical = full.canonical;
                }
            }
        }
        for (NameMention m : mentions) {
            if (isAllCaps(m.name)) {
                // "WASHINGTON —" datelines: the same name written normally elsewhere in the text.
                mentions.stream()
                        .filter(other -> !isAllCaps(other.name) && other.canonical.equalsIgnoreCase(m.canonical))
                        .findFirst()
                        .ifPresent(other -> m.canonical = other.canonical);
            }
        }
    }

    private static boolean isAllCaps(String name) {
        return name.length() > 4 && name.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /**
     * "Kim" for "Kim Jong Un" (family name first): only when exactly one full name in the document starts with the
     * word, so that "Ali" stays ambiguous between "Ali Shamkhani" and "Ali Khamenei".
     */
    private static NameMention onlyFullNameStartingWith(NameMention m, List<NameMention> fullNames) {
        String[] words = words(m.name);
        if (words.length != 1) {
            return null;
        }
        List<String> matches = fullNames.stream()
                .filter(f -> words(f.name)[0].equals(words[0]))
                .map(f -> f.canonical)
                .distinct()
                .toList();
        if (matches.size() != 1) {
            return null;
        }
        return fullNames.stream().filter(f -> f.canonical.equals(matches.get(0))).findFirst().orElse(null);
    }

    /**
     * A person's mention, or a one-word name of another class that CoreNLP may have mistyped; not a place that the
     * words around it say is one and the gazetteer lists ("officials in Washington" after "George Washington").
     */
    private boolean mayBeSurname(NameMention m) {
        if (m.isDemonym() || m.acronym || vocabulary.alias(m.name) != null) {
            return false;
        }
        if (!m.nerClass.equals("PERSON") && m.placeCue && vocabulary.places.kindOf(m.name) != null) {
            return false;
        }
        return m.nerClass.equals("PERSON") || (words(m.name).length == 1 && !vocabulary.isCountry(m.canonical));
    }

    /** The nearest earlier full name that ends with the mention's words, else the nearest later one. */
    private static NameMention fullNameFor(NameMention m, List<NameMention> fullNames) {
        String[] words = words(m.name);
        NameMention before = null;
        NameMention after = null;
        for (NameMention f : fullNames) {
            String[] fullWords = words(f.name);
            if (fullWords.length <= words.length || !endsWith(fullWords, words)) {
                continue;
            }
            if (f.begin < m.begin) {
                before = f;
            } else if (after == null) {
                after = f;
            }
        }
        return before != null ? before : after;
    }

    private static boolean endsWith(String[] full, String[] suffix) {
        int offset = full.length - suffix.length;
        for (int k = 0; k < suffix.length; k++) {
            if (!full[offset + k].equals(suffix[k])) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    static String[] words(String name) {
        return WHITE_SPACE.split(name);
    }

    /**
     * One type per entity, from the strongest evidence its mentions give:
     * <ol>
     *   <li>the alias file's type ("Daesh" is an organisation whatever CoreNLP said);</li>
     *   <li>a known country is a LOCATION ("Chad", "Jordan" tagged PERSON somewhere);</li>
     *   <li>a place cue ("the town of X", "X province") makes it a LOCATION unless a full person name is among its
     *       mentions;</li>
     *   <li>a full person name among its mentions makes it a PERSON ("Mujahid" tagged ORGANIZATION joins
     *       "Zabihullah Mujahid");</li>
     *   <li>else the most frequent type of its mentions, ties going to the first mention's.</li>
     * </ol>
     */
    private void assignTypes(List<NameMention> mentions) {
        Map<String, List<NameMention>> byCanonical = new LinkedHashMap<>();
        for (NameMention m : mentions) {
            byCanonical.computeIfAbsent(m.canonical, k -> new ArrayList<>()).add(m);
        }
        for (Map.Entry<String, List<NameMention>> e : byCanonical.entrySet()) {
            EntityType type = typeOf(e.getKey(), e.getValue());
            for (NameMention m : e.getValue()) {
                m.type = type;
            }
        }
    }

    private EntityType typeOf(String canonical, List<NameMention> group) {
        if (group.stream().allMatch(m -> m.modifier)) {
            return EntityType.MISC; // "U.S.-led": an adjective made of a name, not a mention of it
        }
        for (NameMention m : group) {
            Vocabulary.Alias alias = vocabulary.alias(m.name);
            if (alias != null && alias.type() != null) {
                return alias.type();
            }
        }
        if (group.stream().allMatch(NameMention::isDemonym)) {
            return EntityType.NORP;
        }
        if (vocabulary.isCountry(canonical)) {
            return EntityType.LOCATION;
        }
        boolean fullPersonName = group.stream()
                .anyMatch(m -> m.nerClass.equals("PERSON") && words(m.name).length >= 2);
        if (!fullPersonName && group.stream().anyMatch(m -> m.placeCue)) {
            return EntityType.LOCATION;
        }
        if (fullPersonName) {
            return EntityType.PERSON;
        }
        return majorityType(group);
    }

    private static EntityType majorityType(List<NameMention> group) {
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        for (NameMention m : group) {
            votes.merge(mappedType(m), 1, Integer::sum);
        }
        EntityType best = mappedType(group.get(0));
        for (Map.Entry<EntityType, Integer> e : votes.entrySet()) {
            if (e.getValue() > votes.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static EntityType mappedType(NameMention m) {
        return switch (m.nerClass) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.LOCATION;
            case DEMONYM -> EntityType.NORP;
            default -> m.usedAsNoun ? EntityType.NORP : EntityType.MISC;
        };
    }
}
