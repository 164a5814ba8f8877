package io.mediamon.spikes;

import java.util.Locale;

/** The line a desk reads: "Taliban: 45 articles from 19 outlets in the last hour, 3 an hour is usual". */
final class SpikeSentence {
  private final long windowMinutes;

  SpikeSentence(long windowMinutes) {
    this.windowMinutes = windowMinutes;
  }

  String first(String subject, WindowCount count, double baseline) {
    return subject + ": " + counts(count) + " in " + lastWindow() + ", " + usual(baseline);
  }

  String escalation(String subject, WindowCount count, int alerted, double baseline) {
    return subject + ": " + counts(count) + " in " + lastWindow() + ", up from " + alerted + " at its last alert; "
        + usual(baseline);
  }

  private static String counts(WindowCount count) {
    return plural(count.articles(), "article") + " from " + plural(count.outletCount(), "outlet")
        + (count.outletCount() >= WindowCount.MAX_OUTLETS ? " or more" : "");
  }

  private String lastWindow() {
    return windowMinutes == 60 ? "the last hour" : "the last " + windowMinutes + " minutes";
  }

  private String usual(double baseline) {
    return number(baseline) + (windowMinutes == 60 ? " an hour" : " per " + windowMinutes + " minutes")
        + " is usual";
  }

  /** Whole numbers as such, small fractions with one decimal (0.4 an hour), the rest rounded. */
  private static String number(double value) {
    if (value == Math.rint(value) || value >= 10) {
      return Long.toString(Math.round(value));
    }
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
