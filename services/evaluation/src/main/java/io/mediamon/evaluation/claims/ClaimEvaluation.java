package io.mediamon.evaluation.claims;

import io.mediamon.extractor.nlp.ArticleAnalyzer;
import io.mediamon.schema.Claim;
import io.mediamon.schema.ContentType;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.RawArticle;
import java.io.PrintWriter;
import io.mediamon.evaluation.AnnotatedSet;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * {@code mediamon eval claims}: the extractor's claims against PolNeAR's attributions (../shared/eval/polnear-dev,
 * scored as its README says): detection precision, recall and F1, split direct and indirect; speaker precision and
 * recall, split by how the gold source is written (named, pronoun, description). Each article is analyzed by the
 * extractor's own analyzer (title unknown: the text alone), as the pipeline would.
 */
public final class ClaimEvaluation {
  private final ArticleAnalyzer analyzer;
  private final int threads;

  public ClaimEvaluation(ArticleAnalyzer analyzer, int threads) {
    this.analyzer = analyzer;
    this.threads = threads;
  }

  /** One gold attribution's outcome, or one system claim no gold attribution matched (gold null). */
  public record Outcome(String document, GoldAttribution gold, Claim claim, boolean speakerRight) {}

  /** Counts over a set of outcomes. */
  public record Scores(int gold, int system, int matched, int goldDirect, int matchedDirect, int systemQuoted,
      int matchedQuoted, int withSpeaker, int rightSpeaker, int goldWithSource,
      Map<SourceKind, int[]> byKind) {

    double precision() {
      return ratio(matched, system);
    }

    double recall() {
      return ratio(matched, gold);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double speakerPrecision() {
      return ratio(rightSpeaker, withSpeaker);
    }

    double speakerRecall() {
      return ratio(rightSpeaker, goldWithSource);
    }
  }

  /** What makes a directory a PolNeAR part, and the development part's name in the eval directory. */
  public static final AnnotatedSet LAYOUT = new AnnotatedSet("polnear-dev",
      List.of("metadata.tsv", "text", "attributions"));

  /**
   * Scores every article of the PolNeAR part in {@code data} (a directory {@link #LAYOUT} located) that can be read;
   * each one that cannot is handed to {@code skipped} with the reason, and the others are scored.
   */
  public List<Outcome> run(Path data, Consumer<String> skipped) throws Exception {
    PolnearCorpus.Corpus corpus = PolnearCorpus.read(data);
    corpus.skipped().forEach(skipped);
    List<PolnearCorpus.Document> documents = corpus.documents();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Outcome>>> futures = new ArrayList<>();
      for (PolnearCorpus.Document document : documents) {
        futures.add(pool.submit(() -> score(document)));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<List<Outcome>> f : futures) {
        outcomes.addAll(f.get());
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  List<Outcome> score(PolnearCorpus.Document document) {
    RawArticle raw = RawArticle.newBuilder().setId(document.name()).setUrl(null).setSource("polnear").setTitle(null)
        .setBody(document.text()).setContentType(ContentType.TEXT).setPublishedAt(null)
        .setFetchedAt(Instant.parse("2016-11-01T00:00:00Z")).build();
    EnrichedArticle article = analyzer.analyze(raw);
    List<Claim> claims = article.getClaims();
    List<GoldAttribution> gold = document.attributions();
    List<ClaimMatching.Pair> pairs = ClaimMatching.match(gold.stream().map(GoldAttribution::content).toList(),
        claims.stream().map(Claim::getContent).toList());
    List<Outcome> outcomes = new ArrayList<>();
    boolean[] claimMatched = new boolean[claims.size()];
    Map<Integer, Integer> systemOf = new java.util.HashMap<>();
    pairs.forEach(p -> {
      systemOf.put(p.gold(), p.system());
      claimMatched[p.system()] = true;
    });
    for (int i = 0; i < gold.size(); i++) {
      Integer j = systemOf.get(i);
      Claim claim = j == null ? null : claims.get(j);
      boolean right = claim != null && SpeakerJudge.right(claim, gold.get(i), article.getEntities());
      outcomes.add(new Outcome(document.name(), gold.get(i), claim, right));
    }
    for (int j = 0; j < claims.size(); j++) {
      if (!claimMatched[j]) {
        outcomes.add(new Outcome(document.name(), null, claims.get(j), false));
      }
    }
    return outcomes;
  }

  public static Scores scores(List<Outcome> outcomes) {
    int gold = 0;
    int system = 0;
    int matched = 0;
    int goldDirect = 0;
    int matchedDirect = 0;
    int systemQuoted = 0;
    int matchedQuoted = 0;
    int withSpeaker = 0;
    int right = 0;
    int withSource = 0;
    // per kind: gold, matched, matched with a speaker, right
    Map<SourceKind, int[]> byKind = new EnumMap<>(SourceKind.class);
    for (SourceKind k : SourceKind.values()) {
      byKind.put(k, new int[4]);
    }
    for (Outcome o : outcomes) {
      if (o.claim() != null) {
        system++;
        if (o.claim().getQuoted()) {
          systemQuoted++;
        }
      }
      if (o.gold() == null) {
        continue;
      }
      gold++;
      int[] k = byKind.get(o.gold().kind());
      k[0]++;
      if (o.gold().direct()) {
        goldDirect++;
      }
      boolean hasExpected = o.gold().kind() != SourceKind.NONE
          && !(o.gold().kind() == SourceKind.PRONOUN && o.gold().referent() == null);
      if (hasExpected) {
        withSource++;
      }
      if (o.claim() == null) {
        continue;
      }
      matched++;
      k[1]++;
      if (o.gold().direct()) {
        matchedDirect++;
      }
      if (o.claim().getQuoted()) {
        matchedQuoted++;
      }
      if (SpeakerJudge.hasSpeaker(o.claim())) {
        withSpeaker++;
        k[2]++;
        if (o.speakerRight()) {
          right++;
          k[3]++;
        }
      }
    }
    return new Scores(gold, system, matched, goldDirect, matchedDirect, systemQuoted, matchedQuoted, withSpeaker,
        right, withSource, byKind);
  }

  public static void report(Path data, List<Outcome> outcomes, PrintWriter out) {
    Scores s = scores(outcomes);
    long documents = outcomes.stream().map(Outcome::document).distinct().count();
    out.printf(Locale.ROOT, "%s: %d articles, %d gold attributions (first annotator), %d system claims%n%n",
        data, documents, s.gold(), s.system());
    out.println("| | gold | system | matched | precision | recall | F1 |");
    out.println("| --- | --- | --- | --- | --- | --- | --- |");
    out.printf(Locale.ROOT, "| detection | %d | %d | %d | %.3f | %.3f | %.3f |%n", s.gold(), s.system(), s.matched(),
        s.precision(), s.recall(), s.f1());
    out.printf(Locale.ROOT, "| direct (gold quoted / system quoted) | %d | %d | %d / %d | %.3f | %.3f | |%n",
        s.goldDirect(), s.systemQuoted(), s.matchedDirect(), s.matchedQuoted(), ratio(s.matchedQuoted(),
            s.systemQuoted()), ratio(s.matchedDirect(), s.goldDirect()));
    int goldIndirect = s.gold() - s.goldDirect();
    out.printf(Locale.ROOT, "| indirect (gold / system) | %d | %d | %d / %d | %.3f | %.3f | |%n", goldIndirect,
        s.system() - s.systemQuoted(), s.matched() - s.matchedDirect(), s.matched() - s.matchedQuoted(),
        ratio(s.matched() - s.matchedQuoted(), s.system() - s.systemQuoted()),
        ratio(s.matched() - s.matchedDirect(), goldIndirect));
    out.println();
    out.printf(Locale.ROOT, "Speaker: precision %.3f (%d right of %d matched claims with a speaker), recall %.3f "
        + "(of %d gold attributions with a source)%n%n", s.speakerPrecision(), s.rightSpeaker(), s.withSpeaker(),
        s.speakerRecall(), s.goldWithSource());
    out.println("| gold source | attributions | matched | with a speaker | right speaker | speaker precision | "
        + "speaker recall |");
    out.println("| --- | --- | --- | --- | --- | --- | --- |");
    for (SourceKind kind : SourceKind.values()) {
      int[] k = s.byKind().get(kind);
      out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %.3f | %s |%n", kind.name().toLowerCase(Locale.ROOT),
          k[0], k[1], k[2], k[3], ratio(k[3], k[2]), kind == SourceKind.NONE ? "" : String.format(Locale.ROOT,
              "%.3f", ratio(k[3], k[0])));
    }
    out.println();
    out.print("System claims by kind (matched / all):");
    for (io.mediamon.schema.ClaimKind kind : io.mediamon.schema.ClaimKind.values()) {
      long all = outcomes.stream().filter(o -> o.claim() != null && o.claim().getKind() == kind).count();
      long matched = outcomes.stream().filter(o -> o.claim() != null && o.gold() != null
          && o.claim().getKind() == kind).count();
      out.printf(Locale.ROOT, " %s %d / %d;", kind.name().toLowerCase(Locale.ROOT), matched, all);
    }
    out.println();
    long unresolved = outcomes.stream().filter(o -> o.gold() != null && o.gold().kind() == SourceKind.PRONOUN
        && o.gold().referent() == null).count();
    out.printf(Locale.ROOT, "%nPronoun sources without an earlier named source to refer to (left out of speaker "
        + "recall): %d%n", unresolved);
  }

  /**
   * One line per outcome (TSV): document, offset, MATCH|MISS|FALSE, direct, source kind, gold source, expected,
   * speaker, speaker as written, how it is written, right, cue, gold content, claim content.
   */
  public static void details(List<Outcome> outcomes, PrintWriter out) {
    out.println("document\toffset\toutcome\tdirect\tsource_kind\tgold_source\texpected\tspeaker\tspeaker_text\tspeaker_kind"
        + "\tright\tcue\tgold_content\tclaim_content");
    for (Outcome o : outcomes) {
      GoldAttribution g = o.gold();
      Claim c = o.claim();
      out.println(String.join("\t", o.document(), String.valueOf(g != null ? g.contentBegin() : c.getBegin()),
          g == null ? "FALSE" : c == null ? "MISS" : "MATCH", g == null ? "" : String.valueOf(g.direct()),
          g == null ? "" : g.kind().name(), g == null ? "" : clean(g.source()), g == null ? "" : clean(g.expectedName()),
          c == null ? "" : clean(c.getSpeaker()), c == null ? "" : clean(c.getSpeakerText()),
          c == null || c.getSpeakerKind() == null ? "" : c.getSpeakerKind().name(),
          String.valueOf(o.speakerRight()), c == null ? clean(g.cue()) : clean(c.getCue()),
          g == null ? "" : clean(g.content()), c == null ? "" : clean(c.getContent())));
    }
  }

  private static String clean(String s) {
    return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
  }

  static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
