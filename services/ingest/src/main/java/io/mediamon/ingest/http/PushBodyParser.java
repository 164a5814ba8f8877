package io.mediamon.ingest.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediamon.ingest.ArticleFileReader;
import io.mediamon.schema.RawArticle;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a request body into articles: one JSON object, a JSON array of objects, or NDJSON (one object per line).
 * All or nothing: the first bad item stops the parse with a message naming its line (NDJSON) or index (array).
 */
final class PushBodyParser {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ArticleFileReader reader;

  PushBodyParser(ArticleFileReader reader) {
    this.reader = reader;
  }

  /** A body that is not acceptable; the message is what the client reads. */
  static final class InvalidBodyException extends Exception {
    InvalidBodyException(String message) {
      super(message);
    }
  }

  List<RawArticle> parse(byte[] body) throws InvalidBodyException {
    List<JsonNode> values = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    try (JsonParser parser = JSON.createParser(body)) {
      // Several top-level values separated by whitespace: NDJSON, or one value spread over several lines.
      while (parser.nextToken() != null) {
        lines.add(parser.currentTokenLocation().getLineNr());
        values.add(JSON.readTree(parser));
      }
    } catch (JsonProcessingException e) {
      String at = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new InvalidBodyException("invalid JSON" + at + ": " + e.getOriginalMessage().split("\n")[0]);
    } catch (IOException e) {
      throw new InvalidBodyException("unreadable body: " + e.getMessage());
    }
    if (values.isEmpty()) {
      throw new InvalidBodyException("empty body: send a JSON article, a JSON array of articles or NDJSON");
    }
    List<RawArticle> articles = new ArrayList<>();
    if (values.size() == 1 && values.get(0).isArray()) {
      JsonNode array = values.get(0);
      if (array.isEmpty()) {
        throw new InvalidBodyException("empty array: no articles");
      }
      for (int i = 0; i < array.size(); i++) {
        articles.add(article(array.get(i), "item at index " + i));
      }
    } else {
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i).isArray()) {
          throw new InvalidBodyException("line " + lines.get(i) + ": a JSON array is only accepted as the whole body");
        }
        articles.add(article(values.get(i), values.size() == 1 ? "article" : "line " + lines.get(i)));
      }
    }
    return articles;
  }

  private RawArticle article(JsonNode node, String where) throws InvalidBodyException {
    try {
      return reader.fromJson(node);
    } catch (IllegalArgumentException e) {
      throw new InvalidBodyException(where + ": " + e.getMessage());
    }
  }
}
