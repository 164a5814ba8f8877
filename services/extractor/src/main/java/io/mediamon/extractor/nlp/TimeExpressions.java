package io.mediamon.extractor.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds dates, weekdays and relative time expressions ("Dec. 17", "Wednesday", "two months ago") as written. */
final class TimeExpressions {

    /** A time expression: character range in the clean text and the text as written. */
    record Span(int begin, int end, String text) {
    }

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String MONTH_NOT_MAY = MONTH.replace("|May|", "|");
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:1[89]|20)\\d{2}";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String COUNT = "(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|several|a few|a couple of|\\d+)";
    private static final String UNIT = "(?:hours?|days?|weeks?|months?|years?|decades?)";
    private static final String PERIOD = "(?:week|month|year|weekend|morning|afternoon|evening|night|spring|summer"
            + "|autumn|fall|winter)";

    /** Capitalised month names and abbreviations start with one of these. */
    private static final List<String> MONTH_STARTS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
            "Sep", "Oct", "Nov", "Dec");
    private static final List<String> UNIT_WORDS = List.of("hour", "day", "week", "month", "year", "decade");

    private static final List<Rule> RULES = List.of(
            Rule.cased("\\b" + MONTH + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?(?!\\d)", MONTH_STARTS),
            Rule.cased("\\b" + DAY + "\\s+" + MONTH + "(?:,?\\s+" + YEAR + ")?", MONTH_STARTS),
            Rule.cased("\\b" + MONTH + ",?\\s+" + YEAR + "\\b", MONTH_STARTS),
            Rule.cased("\\b" + MONTH_NOT_MAY + "(?![\\p{L}])", MONTH_STARTS),
            // "in early May", "since May": the month alone after a word that introduces a time, never the modal
            // "may" (a capitalised "May" after "this" or "by" in a title-case headline may still be the modal).
            Rule.cased("(?<=\\b(?:[Ii]n|[Ee]arly|[Ll]ate|[Mm]id-|[Ss]ince|[Uu]ntil|[Tt]hrough|[Ll]ast|[Nn]ext|[Tt]his"
                    + "|[Dd]uring|[Bb]y|[Bb]efore|[Aa]fter) )May\\b(?!\\s+(?:[Bb]e|[Hh]ave|[Nn]ot)\\b)(?![\\p{L}-])",
                    List.of("May")),
            Rule.cased("\\b" + WEEKDAY + "(?:\\s+(?:morning|afternoon|evening|night))?\\b", List.of("day")),
            Rule.anyCase("\\b" + COUNT + "\\s+" + UNIT + "\\s+(?:ago|earlier|later)\\b", UNIT_WORDS),
            // "days after the Abu Dhabi meeting": the anchor up to the next punctuation is part of the expression.
            Rule.anyCase("\\b(?:" + COUNT + "\\s+)?" + UNIT + "\\s+(?:after|before)\\s+[^,.;:()—–\"“”]{1,40}?"
                    + "(?=[,.;:()—–\"“”]|$)", UNIT_WORDS),
            Rule.anyCase("\\b(?:earlier|later|last|next|this|late|early)\\s+(?:this\\s+|last\\s+|next\\s+)?"
                    + PERIOD + "\\b", List.of("week", "month", "year", "morning", "noon", "evening", "night", "spring",
                    "summer", "autumn", "fall", "winter")),
            Rule.anyCase("\\b(?:yesterday|today|tonight|tomorrow)\\b", List.of("yesterday", "today", "tonight",
                    "tomorrow")),
            Rule.cased("(?<=\\b(?:in|In|since|Since|by|until|during) )" + YEAR + "\\b", List.of("18", "19", "20")));

    /**
     * A pattern and words of which the text must hold one for the pattern to match at all. The patterns try a long
     * alternation at every word boundary; most sentences name no date, and a substring search over the sentence
     * once rules a pattern out for a fraction of the cost (they were some 3 % of the analyzer's CPU).
     *
     * @param inLowerCase whether the cues are looked for in the lower-cased text (for the case-insensitive patterns)
     */
    private record Rule(Pattern pattern, List<String> cues, boolean inLowerCase) {
        static Rule cased(String regex, List<String> cues) {
            return new Rule(Pattern.compile(regex), cues, false);
        }

        static Rule anyCase(String regex, List<String> cues) {
            return new Rule(Pattern.compile("(?i)" + regex), cues, true);
        }

        boolean mayMatch(String text, String lowerCase) {
            String haystack = inLowerCase ? lowerCase : text;
            for (String cue : cues) {
                if (haystack.contains(cue)) {
                    return true;
                }
            }
            return false;
        }
    }

    private TimeExpressions() {
    }

    /** The time expressions in text[from, to), longest first where they overlap, in text order. */
    static List<Span> find(String text, int from, int to) {
        String region = text.substring(from, to);
        String lowerCase = region.toLowerCase(Locale.ROOT);
        List<Span> found = new ArrayList<>();
        for (Rule rule : RULES) {
            if (!rule.mayMatch(region, lowerCase)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(region);
            while (m.find()) {
                found.add(new Span(from + m.start(), from + m.end(), m.group()));
            }
        }
        found.sort(Comparator.comparingInt((Span s) -> s.end() - s.begin()).reversed());
        List<Span> kept = new ArrayList<>();
        for (Span s : found) {
            if (kept.stream().noneMatch(k -> k.begin() < s.end() && s.begin() < k.end())) {
                kept.add(s);
            }
        }
        kept.sort(Comparator.comparingInt(Span::begin));
        return kept;
    }
}
