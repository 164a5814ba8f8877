package io.mediamon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.ingest.IngestProblem;
import io.mediamon.schema.ContentType;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.RawArticle;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** One file's articles through `extract`: a refusal or a failure of one article costs only that article. */
class ExtractCommandTest {
  private static final Path FILE = Path.of("batch.jsonl");

  @Test
  void anArticleTheAnalyzerFailsOnIsReportedAndTheNextOnesAreStillAnalyzed() {
    Function<RawArticle, EnrichedArticle> analyze = article -> switch (article.getId().toString()) {
      case "refused" -> throw new IllegalArgumentException("article refused has no text");
      case "broken" -> throw new IllegalStateException("begin after end");
      default -> analyzed(article);
    };
    List<String> printed = new ArrayList<>();
    List<IngestProblem> problems = new ArrayList<>();

    ExtractCommand.analyzeEach(FILE, List.of(raw("first"), raw("refused"), raw("broken"), raw("last")), analyze,
        a -> printed.add(a.getId().toString()), problems);

    assertEquals(List.of("first", "last"), printed);
    assertEquals(2, problems.size(), problems.toString());
    assertEquals("batch.jsonl: article refused has no text", problems.get(0).toString());
    String failure = problems.get(1).toString();
    assertTrue(failure.startsWith("batch.jsonl: analysis of article broken failed"), failure);
    assertTrue(failure.contains("IllegalStateException: begin after end"), failure);
  }

  private static RawArticle raw(String id) {
    return RawArticle.newBuilder().setId(id).setUrl("https://example.org/" + id).setSource("test").setTitle(id)
        .setBody("Text of " + id + ".").setContentType(ContentType.TEXT).setPublishedAt(null)
        .setFetchedAt(Instant.parse("2026-12-05T04:00:00Z")).build();
  }

  private static EnrichedArticle analyzed(RawArticle raw) {
    return EnrichedArticle.newBuilder().setId(raw.getId()).setUrl(raw.getUrl()).setSource(raw.getSource())
        .setTitle(raw.getTitle()).setPublishedAt(null).setFetchedAt(raw.getFetchedAt()).setCleanText(raw.getBody())
        .setLanguage("en").setEntities(List.of()).setClaims(List.of()).setEventMentions(List.of())
        .setFingerprint("0000000000000000").build();
  }
}
