package io.mediamon.app.bench;

import io.mediamon.app.UserError;
import io.mediamon.ingest.ArticleFileReader;
import io.mediamon.ingest.ArticleIds;
import io.mediamon.ingest.IngestProblem;
import io.mediamon.schema.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The articles a bench measures, and further ones, never measured, that warm up the Kafka path first (the
 * in-process warm-up uses all of them: the analyzer keeps no memory of earlier articles).
 *
 * @param description where the articles come from, for the report
 */
public record BenchCorpus(String description, List<RawArticle> warmup, List<RawArticle> articles) {
  private static final Logger LOG = LoggerFactory.getLogger(BenchCorpus.class);

  public BenchCorpus {
    warmup = List.copyOf(warmup);
    articles = List.copyOf(articles);
  }

  /**
   * The measured articles, then {@code copies} rounds of syndicated copies of them: each copy is another outlet's
   * reprint (its own id and source, a line of its own above the same story), so it costs the analyzer what the
   * original did and the duplicate stage finds it as a near copy, reading and comparing candidates as it does for
   * wire stories. A run then lasts long enough that the latency it pays once (end to end, two exactly-once commits
   * before the first article is out) does not pass for a lower rate, with articles that Kafka has not seen.
   */
  public BenchCorpus withSyndicatedCopies(int copies) {
    if (copies < 0) {
      throw new IllegalArgumentException("copies must be at least 0, got " + copies);
    }
    if (copies == 0) {
      return this;
    }
    List<RawArticle> all = new ArrayList<>(articles);
    for (int round = 1; round <= copies; round++) {
      for (RawArticle original : articles) {
        String body = "Syndicated copy " + round + " of a wire story.\n\n" + original.getBody();
        all.add(RawArticle.newBuilder()
            .setId(ArticleIds.fromContent(original.getTitle(), body))
            .setUrl(null)
            .setSource(original.getSource() + "-copy-" + round)
            .setTitle(original.getTitle())
            .setBody(body)
            .setContentType(original.getContentType())
            .setPublishedAt(original.getPublishedAt())
            .setFetchedAt(original.getFetchedAt())
            .build());
      }
    }
    return new BenchCorpus(description + ", each followed by " + copies + " syndicated cop" + (copies == 1 ? "y" : "ies")
        + " (" + all.size() + " articles)", warmup, all);
  }

  /**
   * Distinct articles of about {@code tokensPerArticle} tokens from a CoNLL file of news sentences; the warm-up
   * articles are further distinct ones, so that Kafka sees no measured article before it is measured.
   */
  public static BenchCorpus fromConll(Path conll, int count, int warmup, int tokensPerArticle, Clock clock) {
    if (!Files.isRegularFile(conll)) {
      throw new UserError("no CoNLL file at " + conll + " (give --eval-dir DIR holding gmb-voa/dev.conll, "
          + "or --corpus DIR of article files)");
    }
    try {
      List<RawArticle> all = ConllArticles.read(conll).articles(warmup + count, tokensPerArticle, clock);
      return new BenchCorpus(count + " articles of ~" + tokensPerArticle + " CoNLL tokens from " + conll,
          all.subList(count, all.size()), all.subList(0, count));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + conll, e);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage() + " (lower --articles, --warmup or --tokens-per-article)");
    }
  }

  /**
   * The article files under {@code dir} (recursively, in name order, as ingest reads them). The first
   * {@code warmup} articles (at most half of them) warm up, the next ones are measured, at most {@code limit}
   * when it is given: no measured article is one the warm-up already sent through Kafka.
   */
  public static BenchCorpus fromDirectory(Path dir, Integer limit, int warmup, Clock clock) {
    if (!Files.isDirectory(dir) && !Files.isRegularFile(dir)) {
      throw new UserError("corpus " + dir + " does not exist");
    }
    ArticleFileReader reader = new ArticleFileReader("files", clock);
    List<RawArticle> articles = new ArrayList<>();
    List<IngestProblem> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).filter(ArticleFileReader::isSupported).sorted().toList()) {
        reader.read(file, articles, problems);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    problems.forEach(p -> LOG.warn("Not in the bench corpus: {}", p));
    if (articles.isEmpty()) {
      throw new UserError("no readable article under " + dir);
    }
    int warm = Math.min(warmup, articles.size() / 2);
    List<RawArticle> rest = articles.subList(warm, articles.size());
    List<RawArticle> measured = limit == null ? rest : rest.subList(0, Math.min(limit, rest.size()));
    return new BenchCorpus(measured.size() + " articles from " + dir, articles.subList(0, warm), measured);
  }
}
