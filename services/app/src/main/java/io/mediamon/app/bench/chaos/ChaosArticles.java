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
  private static final String[] GIVEN_START = {"Ma", "Lu", "Ta", "Ke", "Ro", "Ni", "Sa", "Ve", "Jo", "Da", "Ea",
      "Fi", "Gu", "Ha", "Ili", "Zo", "Ama", "Bel", "Cor", "Del"};
  private static final String[] GIVEN_END = {"ren", "lia", "mon", "dra", "vin", "sha", "rik", "nel", "tor", "bel",
      "mira", "dan", "ria", "lo", "nuel", "tta", "vio", "ska", "rio", "lene"};
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
  private static final String[] VOCABULARY = {"budget", "harbour", "railway", "vaccines", "wages", "drought",
      "bridge", "elections", "tariffs", "fisheries", "refinery", "pensions", "schools", "floods", "copper", "wheat",
      "telecoms", "tourism", "hospitals", "courts", "police", "airport", "textiles", "coffee", "cocoa", "timber",
      "tunnel", "ferry", "reservoir", "pipeline", "subsidies", "rents", "housing", "museum", "stadium", "festival",
      "shipyard", "mines", "solar", "turbines", "batteries", "software", "banks", "bonds", "currency", "exports",
      "imports", "customs", "border", "visas", "migration", "census", "taxes", "loans", "debt", "inflation",
      "fuel", "diesel", "buses", "trams", "roads", "ports", "canals", "dams", "irrigation", "fertiliser", "cattle",
      "dairy", "sugar", "rice", "maize", "cotton", "steel", "cement", "glass", "paper", "printing", "newspapers",
      "radio", "television", "archives", "libraries", "universities", "laboratories", "clinics", "nurses", "doctors",
      "teachers", "students", "farmers", "miners", "sailors", "pilots", "engineers", "lawyers", "judges", "unions",
      "strikes", "protests", "petitions", "referendum", "charter", "treaty", "licences", "permits", "inspections",
      "audits", "contracts", "tenders", "auctions", "lotteries", "insurance", "satellites", "drones", "vaccination",
      "recycling", "emissions", "forests", "wildlife", "whales", "coral", "glaciers", "volcano", "earthquake"};
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
    Random names = new Random(story * 7_919L + 3);
    String first = person(2 * story, names);
    String second = person(2 * story + 1, names);
    // A town of its own (an invented name) in a real country: stories share no place, as two happenings of one kind
    // in one city would be told apart by the clustering only with luck, and this backfill is of distinct stories.
    String[] country = CITIES[Math.floorMod(story * 7 + 3, CITIES.length)];
    String[] city = {"Port " + surname(TOWNS + story), country[1]};
    String[] action = ACTIONS[Math.floorMod(story * 3 + 1, ACTIONS.length)];
    String outlet = OUTLETS[Math.floorMod(story + report, OUTLETS.length)];
    String day = DAYS[Math.floorMod(story, DAYS.length)];
    String org = surname(ORGANISATIONS + story) + " Group";
    // The story's own subject matter: words drawn for the story (the same in every report of it), so that two
    // stories share little beyond function words, and two reports of one story much; each report words it its own
    // way (which sentences, in which order), so that none is a near-copy of another.
    Random topic = new Random(story * 1_000_003L + 17);
    List<String> words = new ArrayList<>();
    while (words.size() < 12) {
      String word = VOCABULARY[topic.nextInt(VOCABULARY.length)];
      if (!words.contains(word)) {
        words.add(word);
      }
    }
    List<String> sentences = new ArrayList<>(List.of(
        first + ", who heads the " + org + ", said the " + words.get(0) + " and the " + words.get(1) + " came first.",
        "In " + city[0] + ", " + second + " spoke of " + words.get(2) + ", " + words.get(3) + " and " + words.get(4) + ".",
        "The " + words.get(5) + " of " + city[0] + " depends on " + words.get(6) + ", according to " + second + ".",
        "Critics in " + city[1] + " questioned the " + words.get(7) + " and the " + words.get(8) + ".",
        first + " promised " + words.get(9) + " for the " + words.get(10) + " by the end of the " + words.get(11) + ".",
        "The " + org + " declined to discuss " + words.get(3) + " or " + words.get(8) + "."));
    java.util.Collections.shuffle(sentences, random);
    StringBuilder body = new StringBuilder(first + " and " + second + " " + action[0] + " in " + city[0] + " on " + day
        + ", the " + outlet + " reported.");
    for (String sentence : sentences.subList(0, 3 + random.nextInt(3))) {
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

  /**
   * A full name with a surname no other person has (surnames alone name people in follow-ups) and a given name drawn
   * for the story from 400: the given names of two stories' people coincide rarely (given names are name words too,
   * and two stories sharing both would look like one).
   */
  private static String person(int index, Random names) {
    return GIVEN_START[names.nextInt(GIVEN_START.length)] + GIVEN_END[names.nextInt(GIVEN_END.length)] + " "
        + surname(index);
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
