package io.mediamon.extractor.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Parses the date formats pages put into meta tags and JSON-LD: ISO-8601 with or without offset (also "+0000"
 * without a colon and a space instead of "T"), a bare date, and RFC 1123. A time without a zone is taken as UTC.
 */
final class PublicationDates {

    /** Earlier dates in a news page's metadata are placeholders ("0001-01-01", "1970-01-01"). */
    private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

    private static final DateTimeFormatter OFFSET_WITHOUT_COLON = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .appendOffset("+HHMM", "Z")
            .toFormatter(Locale.ROOT);

    private static final List<DateTimeFormatter> WITH_OFFSET = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME, OFFSET_WITHOUT_COLON, DateTimeFormatter.RFC_1123_DATE_TIME);

    private PublicationDates() {
    }

    /** The instant the text names, or null if it is not a date in a known format (or an implausible one). */
    static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > 10 && v.charAt(10) == ' ' && Character.isDigit(v.charAt(0))) {
            v = v.substring(0, 10) + 'T' + v.substring(11).strip();
        }
        Instant instant = tryParse(v);
        return instant != null && !instant.isBefore(EARLIEST) ? instant : null;
    }

    private static Instant tryParse(String v) {
        for (DateTimeFormatter f : WITH_OFFSET) {
            try {
                return OffsetDateTime.parse(v, f).toInstant();
            } catch (DateTimeParseException notThisFormat) {
                // try the next format
            }
        }
        try {
            return LocalDateTime.parse(v, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notThisFormat) {
            // try a bare date
        }
        try {
            return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v, DateTimeFormatter.ISO_LOCAL_DATE)
                    .atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
