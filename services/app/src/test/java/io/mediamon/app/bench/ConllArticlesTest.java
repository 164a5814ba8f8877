package io.mediamon.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.schema.RawArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllArticlesTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);
  private static final Pattern SENTENCE_NUMBER = Pattern.compile("report (\\d+),");

  @TempDir
  Path dir;

  /** Sentence i: "The council met on report i , officials said ." (10 tokens), tagged O. */
  private Path conll(int sentences) throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      for (String token : List.of("The", "council", "met", "on", "report", Integer.toString(i), ",", "officials",
          "said", ".")) {
        text.append(token).append("\tO\n");
      }
      text.append('\n');
    }
    Path file = dir.resolve("news.conll");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void consecutiveSentencesAreGroupedIntoDistinctArticlesOfTheWantedLength() throws Exception {
    ConllArticles source = ConllArticles.read(conll(100));
    assertEquals(100, source.sentenceCount());

    List<RawArticle> articles = source.articles(4, 45, CLOCK);

    assertEquals(4, articles.size());
    Set<String> sentencesSeen = new HashSet<>();
    List<Integer> firstSentences = new ArrayList<>();
    for (RawArticle article : articles) {
      // 45 tokens need 5 sentences of 10; a paragraph break after every third.
      List<String> numbers = new ArrayList<>();
      Matcher m = SENTENCE_NUMBER.matcher(article.getBody());
      while (m.find()) {
        numbers.add(m.group(1));
      }
      assertEquals(5, numbers.size(), article.getBody());
      numbers.forEach(n -> assertTrue(sentencesSeen.add(n), "sentence " + n + " in two articles"));
      firstSentences.add(Integer.parseInt(numbers.get(0)));
      assertEquals(2, article.getBody().split("\n\n").length, article.getBody());
      assertTrue(article.getBody().startsWith("The council met on report " + numbers.get(0) + ", officials said."),
          article.getBody());
      assertEquals(ConllArticles.SOURCE, article.getSource());
    }
    assertEquals(List.of(0, 5, 10, 15), firstSentences, "consecutive sentences, in file order");
    assertEquals(4, articles.stream().map(RawArticle::getId).distinct().count());
  }

  @Test
  void tooFewSentencesIsAnErrorThatSaysHowManyArticlesFit() throws Exception {
    ConllArticles source = ConllArticles.read(conll(12));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> source.articles(3, 45, CLOCK));
    assertTrue(e.getMessage().contains("enough for 2 articles"), e.getMessage());
  }
}
