package io.mediamon.app.bench.chaos;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A backfill of distinct stories for the fault suite: each story is two named people doing one thing in one city,
 * reported by one to four outlets in their own words; no two stories share both people. Generated from a seed, so
 * the disturbed run and its undisturbed reference see the same articles, and written as JSON-lines files for a drop
 * directory.
 */
public final class ChaosArticles {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] FIRST = {"Anna", "Bruno", "Clara", "Daniel", "Elena", "Farid", "Grace", "Hugo",
      "Ingrid", "Jonas", "Karin", "Luis", "Marta", "Nikolai", "Olga", "Pedro", "Rosa", "Samuel", "Teresa", "Viktor",
      "Wanda", "Yusuf", "Zofia", "Amir", "Beatriz", "Carlos", "Dina", "Emil", "Fatima", "Gustav"};
  /** Names are built from a prefix and a suffix (see {@link #surname}). */
  private static final String[] PREFIX = {"Al", "Bren", "Cast", "Dvor", "Erik", "Font", "Gall", "Hadd", "Ivan", "Jans",
      "Kowal", "Lind", "Mor", "Nak", "Ok", "Petr", "Quint", "Ross", "Schn", "Tan", "Var", "Web", "Yil", "Zimm"};
  private static final String[] SUFFIX = {"berg", "ley", "ford", "ani", "sson", "ova", "ez", "mann", "ski", "ton",
      "ard", "ello", "hurst", "ura", "afor", "wick", "dale", "enko", "ström", "ada", "oni", "by", "etti", "ham"};
  private static final String[][] CITIES = {{"Lisbon", "Portugal"}, {"Nairobi", "Kenya"}, {"Oslo", "Norway"},
      {"Lima", "Peru"}, {"Hanoi", "Vietnam"}, {"Dakar", "Senegal"}, {"Warsaw", "Poland"}, {"Quito", "Ecuador"},
      {"Manila", "the Philippines"}, {"Accra", "Ghana"}, {"Riga", "Latvia"}, {"Amman", "Jordan"},
      {"Santiago", "Chile"}, {"Tbilisi", "Georgia"}, {"Lusaka", "Zambia"}, {"Dublin", "Ireland"}};
  /** past tense, noun */
  private static final String[][] ACTIONS = {{"met", "talks"}, {"signed a trade agreement", "agreement"},
      {"were arrested", "arrests"}, {"opened a new factory", "opening"}, {"resigned from the board", "resignations"},
      {"announced a merger", "merger"}, {"testified before a court", "hearing"}, {"launched a campaign", "campaign"}};
  private static final String[] OUTLETS = {"Daily Ledger", "Morning Post", "City Wire", "Evening Standard Online",
      "Global Dispatch", "Harbor Times"};
  /** Where organisations' and towns' names start among the surnames, above any person's (two per story). */
  private static final int ORGANISATIONS = 120_000;
  private static final int TOWNS = 200_000;
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

  private ChaosArticles() {}

  /**
   * Writes {@code count} articles as JSON-lines files of {@code perFile} articles each into {@code dir}, and returns
   * the files in the order they should be dropped.
   */
  public static List<Path> write(Path dir, int count, int perFile, long seed, Instant now) {
    List<ObjectNode> articles = generate(count, 4, seed, now.minus(Duration.ofHours(6)));
    try {
      Files.createDirectories(dir);
      List<Path> files = new ArrayList<>();
      for (int from = 0; from < articles.size(); from += perFile) {
        StringBuilder lines = new StringBuilder();
        for (ObjectNode a : articles.subList(from, Math.min(articles.size(), from + perFile))) {
          lines.append(JSON.writeValueAsString(a)).append('\n');
        }
        Path file = dir.resolve(String.format("backfill-%05d.jsonl", files.size()));
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        files.add(file);
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the chaos backfill into " + dir, e);
    }
  }

  /**
   * {@code count} articles as JSON objects of the push and file format: stories of one to {@code maxReports} reports
   * each, published a second apart from {@code from}.
   */
  public static List<ObjectNode> generate(int count, int maxReports, long seed, Instant from) {
    Random random = new Random(seed);
    List<ObjectNode> articles = new ArrayList<>();
    for (int story = 0; articles.size() < count; story++) {
      int reports = Math.min(1 + random.nextInt(maxReports), count - articles.size());
      for (int report = 0; report < reports; report++) {
        articles.add(article(story, report, random, from.plusSeconds(articles.size())));
      }
    }
    return articles;
  }

  private static ObjectNode article(int story, int report, Random random, Instant published) {
    String first = person(2 * story);
    String second = person(2 * story + 1);
    // A town of its own (an invented name) in a real country: stories share no place, as two happenings of one kind
    // in one city would be told apart by the clustering only with luck, and this backfill is of distinct stories.
    String[] country = CITIES[Math.floorMod(story * 7 + 3, CITIES.length)];
    String[] city = {"Port " + surname(TOWNS + story), country[1]};
    String[] action = ACTIONS[Math.floorMod(story * 3 + 1, ACTIONS.length)];
    String outlet = OUTLETS[Math.floorMod(story + report, OUTLETS.length)];
    String day = DAYS[Math.floorMod(story, DAYS.length)];
    String org = surname(ORGANISATIONS + story) + " Group";
    List<String> sentences = new ArrayList<>(List.of(
        first + ", who heads the " + org + ", said the " + action[1] + " had been planned for weeks.",
        "Officials in " + city[0] + " confirmed that " + second + " arrived on " + day + " morning.",
        second + " told reporters that more " + action[1] + " were likely before the end of the year.",
        "The " + action[1] + " drew attention across " + city[1] + ", where both are well known.",
        "A statement from the " + org + " gave no further details."));
    java.util.Collections.shuffle(sentences, random);
    StringBuilder body = new StringBuilder(first + " and " + second + " " + action[0] + " in " + city[0] + " on " + day
        + ", the " + outlet + " reported.");
    for (String sentence : sentences.subList(0, 2 + random.nextInt(3))) {
      body.append(' ').append(sentence);
    }
    ObjectNode article = JSON.createObjectNode();
    article.put("url", "https://" + outlet.toLowerCase().replace(' ', '-') + ".example/story-" + story + "-" + report);
    article.put("title", first + " and " + second + " " + action[0] + " in " + city[0]);
    article.put("body", body.toString());
    article.put("source", outlet);
    article.put("publishedAt", published.toString());
    return article;
  }

  /** A full name with a surname no other person has (surnames alone name people in follow-ups). */
  private static String person(int index) {
    return FIRST[Math.floorMod(index, FIRST.length)] + " " + surname(index);
  }

  /** A distinct name for every index below 576 x 577: one or, from 576 on, two joined syllable pairs. */
  private static String surname(int index) {
    int singles = PREFIX.length * SUFFIX.length;
    String first = single(index % singles);
    return index < singles ? first : first + "-" + single(index / singles - 1);
  }

  private static String single(int index) {
    return PREFIX[index % PREFIX.length] + SUFFIX[(index / PREFIX.length) % SUFFIX.length];
  }
}
