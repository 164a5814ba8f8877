package io.mediamon.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mediamon.extractor.nlp.ArticleAnalyzer;
import io.mediamon.ingest.ArticleFileReader;
import io.mediamon.ingest.IngestProblem;
import io.mediamon.json.AvroJson;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.Entity;
import io.mediamon.schema.Mention;
import io.mediamon.schema.RawArticle;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extraction without Kafka: one JSON object per article on stdout, in input order (a .json array or .jsonl file
 * gives one object per article in it). Unreadable files and articles that cannot be analyzed are reported on stderr
 * and make the exit code 2; the other files and articles are still processed.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Print the entities, claims and event mentions of article files as JSON lines (no Kafka).")
final class ExtractCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ExtractCommand.class);

  @Mixin
  ConfigOptions options;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = ".txt, .html, .json or .jsonl article files.")
  List<Path> files;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    MediamonConfig config = options.load();
    ArticleFileReader reader = ArticleFileReader.fromSettings(
          config.get(Setting.INGEST_SOURCE), Clock.systemUTC(), config);
    List<IngestProblem> problems = new ArrayList<>();
    ArticleAnalyzer analyzer = null;
    PrintWriter out = spec.commandLine().getOut();
    for (Path file : files) {
      List<RawArticle> articles = new ArrayList<>();
      reader.read(file, articles, problems);
      if (articles.isEmpty()) {
        continue; // unreadable or empty: its problem is already noted, and no analyzer is needed for it
      }
      if (analyzer == null) {
        analyzer = Analyzers.analyzer(config).join();
      }
      analyzeEach(file, articles, analyzer::analyze, a -> out.println(AvroJson.write(toJson(file, a))), problems);
      out.flush();
    }
    problems.forEach(p -> spec.commandLine().getErr().println("mediamon: " + p));
    return problems.isEmpty() ? 0 : 2;
  }

  /**
   * Analyzes one file's articles in order. An article the analyzer refuses (no text, not a language it reads) or
   * fails on is reported as a problem of its file and the next one is analyzed: one bad article must not cost the
   * rest of a batch. A failure is also logged with its stack trace, since it is a defect to report.
   */
  static void analyzeEach(Path file, List<RawArticle> articles, Function<RawArticle, EnrichedArticle> analyze,
      Consumer<EnrichedArticle> print, List<IngestProblem> problems) {
    for (RawArticle article : articles) {
      EnrichedArticle analyzed;
      try {
        analyzed = analyze.apply(article);
      } catch (IllegalArgumentException e) {
        problems.add(new IngestProblem(file, 0, e.getMessage()));
        continue;
      } catch (RuntimeException e) {
        LOG.warn("Analysis of article {} in {} failed", article.getId(), file, e);
        problems.add(new IngestProblem(file, 0,
            "analysis of article " + article.getId() + " failed (" + e + "); the other articles go on"));
        continue;
      }
      print.accept(analyzed);
    }
  }

  private static ObjectNode toJson(Path file, EnrichedArticle article) {
    ObjectNode node = AvroJson.mapper().createObjectNode();
    node.put("file", file.toString());
    node.put("id", article.getId());
    node.put("title", article.getTitle());
    node.put("byline", article.getByline());
    node.put("canonicalUrl", article.getCanonicalUrl());
    node.put("publishedAt", article.getPublishedAt() == null ? null : article.getPublishedAt().toString());
    node.put("language", article.getLanguage());
    node.put("truncated", article.getTruncated());
    node.put("originalLength", article.getOriginalLength());
    node.put("fingerprint", article.getFingerprint());
    ArrayNode entities = node.putArray("entities");
    for (Entity entity : article.getEntities()) {
      ObjectNode e = entities.addObject();
      e.put("text", entity.getText());
      e.put("type", entity.getType().name());
      e.put("canonical", entity.getCanonical());
      ArrayNode forms = e.putArray("surfaceForms");
      new LinkedHashSet<>(entity.getMentions().stream().map(Mention::getText).toList()).forEach(forms::add);
      e.put("count", entity.getMentions().size());
      e.put("firstOffset", entity.getFirstOffset());
      e.put("salience", entity.getSalience());
      e.set("roles", AvroJson.mapper().valueToTree(entity.getRoles()));
      e.put("country", entity.getCountry());
    }
    ArrayNode claims = node.putArray("claims");
    article.getClaims().forEach(c -> claims.add(AvroJson.toJson(c)));
    ArrayNode mentions = node.putArray("eventMentions");
    article.getEventMentions().forEach(m -> mentions.add(AvroJson.toJson(m)));
    return node;
  }
}
