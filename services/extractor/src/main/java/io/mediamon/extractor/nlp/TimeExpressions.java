package io.mediamon.extractor.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?(?!\\d)"),
            Pattern.compile("\\b" + DAY + "\\s+" + MONTH + "(?:,?\\s+" + YEAR + ")?"),
            Pattern.compile("\\b" + MONTH + ",?\\s+" + YEAR + "\\b"),
            Pattern.compile("\\b" + MONTH_NOT_MAY + "(?![\\p{L}])"),
            Pattern.compile("\\b" + WEEKDAY + "(?:\\s+(?:morning|afternoon|evening|night))?\\b"),
            Pattern.compile("(?i)\\b" + COUNT + "\\s+" + UNIT + "\\s+(?:ago|earlier|later)\\b"),
            // "days after the Abu Dhabi meeting": the anchor up to the next punctuation is part of the expression.
            Pattern.compile("(?i)\\b(?:" + COUNT + "\\s+)?" + UNIT + "\\s+(?:after|before)\\s+[^,.;:()—–\"“”]{1,40}?"
                    + "(?=[,.;:()—–\"“”]|$)"),
            Pattern.compile("(?i)\\b(?:earlier|later|last|next|this|late|early)\\s+(?:this\\s+|last\\s+|next\\s+)?"
                    + PERIOD + "\\b"),
            Pattern.compile("(?i)\\b(?:yesterday|today|tonight|tomorrow)\\b"),
            Pattern.compile("(?<=\\b(?:in|In|since|Since|by|until|during) )" + YEAR + "\\b"));

    private TimeExpressions() {
    }

    /** The time expressions in text[from, to), longest first where they overlap, in text order. */
    static List<Span> find(String text, int from, int to) {
        String region = text.substring(from, to);
        List<Span> found = new ArrayList<>();
        for (Pattern pattern : PATTERNS) {
            Matcher m = pattern.matcher(region);
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
