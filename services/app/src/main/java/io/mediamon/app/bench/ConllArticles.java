package io.mediamon.app.bench;

import io.mediamon.ingest.ArticleIds;
import io.mediamon.schema.ContentType;
import io.mediamon.schema.RawArticle;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * News articles rebuilt from a CoNLL file of news sentences ({@code token<TAB>tag} lines, a blank line between
 * sentences, sentences in document order, as in the GMB/VOA evaluation data): consecutive sentences are
 * detokenized and grouped until an article holds the wanted number of CoNLL tokens. Articles never share a
 * sentence, so every one is distinct (a near-duplicate stage would not see copies), and their length is that
 * of a typical wire story.
 */
final class ConllArticles {
  static final String SOURCE = "conll-bench";
  private static final int SENTENCES_PER_PARAGRAPH = 3;
  private static final int TITLE_TOKENS = 12;

  private final List<List<String>> sentences;

  private ConllArticles(List<List<String>> sentences) {
    this.sentences = sentences;
  }

  static ConllArticles read(Path file) throws IOException {
    List<List<String>> sentences = new ArrayList<>();
    List<String> sentence = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String token = line.split("\t", 2)[0].strip();
        if (line.isBlank()) {
          if (!sentence.isEmpty()) {
            sentences.add(sentence);
            sentence = new ArrayList<>();
          }
        } else if (!token.isEmpty() && !isOnlySpace(token)) {
          sentence.add(token);
        }
      }
    }
    if (!sentence.isEmpty()) {
      sentences.add(sentence);
    }
    return new ConllArticles(sentences);
  }

  int sentenceCount() {
    return sentences.size();
  }

  /**
   * The first {@code count} articles of at least {@code tokensPerArticle} CoNLL tokens each (the last sentence
   * may take an article slightly past it).
   *
   * @throws IllegalArgumentException when the file has too few sentences for that many articles
   */
  List<RawArticle> articles(int count, int tokensPerArticle, Clock clock) {
    List<RawArticle> articles = new ArrayList<>(count);
    Set<String> ids = new HashSet<>();
    int next = 0;
    while (articles.size() < count) {
      List<List<String>> group = new ArrayList<>();
      int tokens = 0;
      while (tokens < tokensPerArticle && next < sentences.size()) {
        group.add(sentences.get(next++));
        tokens += group.get(group.size() - 1).size();
      }
      if (tokens < tokensPerArticle) {
        throw new IllegalArgumentException("the CoNLL file has " + sentences.size() + " sentences, enough for "
            + articles.size() + " articles of " + tokensPerArticle + " tokens, not " + count);
      }
      RawArticle article = article(group, clock);
      // Repeated sentences in the source must not make two equal articles: their ids would collide too.
      if (ids.add(article.getId())) {
        articles.add(article);
      }
    }
    return articles;
  }

  private static RawArticle article(List<List<String>> group, Clock clock) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < group.size(); i++) {
      if (i > 0) {
        body.append(i % SENTENCES_PER_PARAGRAPH == 0 ? "\n\n" : " ");
      }
      body.append(Detokenizer.join(group.get(i)));
    }
    List<String> first = group.get(0);
    String title = Detokenizer.join(first.subList(0, Math.min(TITLE_TOKENS, first.size())));
    return RawArticle.newBuilder()
        .setId(ArticleIds.fromContent(title, body.toString()))
        .setUrl(null)
        .setSource(SOURCE)
        .setTitle(title)
        .setBody(body.toString())
        .setContentType(ContentType.TEXT)
        .setPublishedAt(null)
        .setFetchedAt(clock.instant())
        .build();
  }

  private static boolean isOnlySpace(String token) {
    return token.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
  }
}
