package io.mediamon.extractor.nlp;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a time expression as {@link TimeExpressions} finds it to the day it names, relative to the article's
 * date (its publication date, or the fetch date when it has none):
 * <ul>
 *   <li>"Jan. 17, 2017", "17 December 2018": that day;</li>
 *   <li>"Dec. 17" (no year): that day in the article's year, or in the year before if it would lie after the
 *   article (news reports what happened);</li>
 *   <li>"Wednesday", "Wednesday night": the latest Wednesday on or before the article's date;</li>
 *   <li>"yesterday", "today", "tonight", "this morning", "last night", "tomorrow": the day before, of or after;</li>
 *   <li>"two months ago", "3 days ago", "a week ago": that far before the article's date;</li>
 *   <li>"last week", "last month", "last year", "next week": one week, month or year before or after it.</li>
 * </ul>
 * Anything that does not name one day is not resolved: "January", "in 2017", "earlier this year", "a few days
 * ago", "days after the Abu Dhabi meeting" (relative to another event, not to the article).
 */
final class RelativeDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7),
            Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));
    private static final Map<String, Integer> COUNTS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12));

    private static final String MONTH = "(jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug"
            + "|august|sep|sept|september|oct|october|nov|november|dec|december)\\.?";
    private static final Pattern MONTH_DAY = Pattern.compile(MONTH + " (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)? " + MONTH + "(?:,? (\\d{4}))?");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|night))?");
    private static final Pattern AGO = Pattern.compile("(a|an|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|\\d+) (hour|day|week|month|year)s? ago");
    private static final Pattern LAST_OR_NEXT = Pattern.compile("(last|next) (week|month|year)");
    private static final Pattern SAME_DAY = Pattern.compile("today|tonight|this (?:morning|afternoon|evening)");
    private static final Pattern DAY_BEFORE = Pattern.compile("yesterday|last night");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private RelativeDates() {
    }

    /** Whether the lower-case word names a month or a weekday, which any sentence capitalises. */
    static boolean isMonthOrWeekday(String word) {
        return MONTHS.containsKey(word) || WEEKDAY.matcher(word).matches();
    }

    /** The day the expression names, or null when it names none (or an impossible one, "Feb. 30"). */
    static LocalDate resolve(String expression, LocalDate reference) {
        if (expression == null || reference == null) {
            return null;
        }
        String e = SPACES.matcher(expression.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        try {
            return resolveNormalized(e, reference);
        } catch (DateTimeException impossibleDate) {
            return null; // "Feb. 30", "Feb. 29" outside a leap year: no such day
        }
    }

    private static LocalDate resolveNormalized(String e, LocalDate reference) {
        Matcher m;
        if ((m = MONTH_DAY.matcher(e)).matches()) {
            return dayOfMonth(m.group(3), MONTHS.get(m.group(1)), Integer.parseInt(m.group(2)), reference);
        }
        if ((m = DAY_MONTH.matcher(e)).matches()) {
            return dayOfMonth(m.group(3), MONTHS.get(m.group(2)), Integer.parseInt(m.group(1)), reference);
        }
        if ((m = WEEKDAY.matcher(e)).matches()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            return reference.with(TemporalAdjusters.previousOrSame(day));
        }
        if (SAME_DAY.matcher(e).matches()) {
            return reference;
        }
        if (DAY_BEFORE.matcher(e).matches()) {
            return reference.minusDays(1);
        }
        if (e.equals("tomorrow")) {
            return reference.plusDays(1);
        }
        if ((m = AGO.matcher(e)).matches()) {
            String count = m.group(1);
            int n = COUNTS.containsKey(count) ? COUNTS.get(count) : Integer.parseInt(count);
            return switch (m.group(2)) {
                case "hour" -> reference; // the article's day: its time of day is not known here
                case "day" -> reference.minusDays(n);
                case "week" -> reference.minusWeeks(n);
                case "month" -> reference.minusMonths(n);
                default -> reference.minusYears(n);
            };
        }
        if ((m = LAST_OR_NEXT.matcher(e)).matches()) {
            int sign = m.group(1).equals("last") ? -1 : 1;
            return switch (m.group(2)) {
                case "week" -> reference.plusWeeks(sign);
                case "month" -> reference.plusMonths(sign);
                default -> reference.plusYears(sign);
            };
        }
        return null;
    }

    /** A day of a month; without a year, the latest such day on or before the reference. */
    private static LocalDate dayOfMonth(String year, int month, int day, LocalDate reference) {
        if (year != null) {
            return LocalDate.of(Integer.parseInt(year), month, day);
        }
        LocalDate date = LocalDate.of(reference.getYear(), month, day);
        return date.isAfter(reference) ? LocalDate.of(reference.getYear() - 1, month, day) : date;
    }
}
