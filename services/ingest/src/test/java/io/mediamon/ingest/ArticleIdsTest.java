package io.mediamon.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {
  @Test
  void canonicalUrlDropsWhatDoesNotIdentifyTheArticle() {
    assertEquals("https://news.example.org/world/story?id=7",
        ArticleIds.canonicalUrl("HTTPS://News.Example.ORG:443/world/story?utm_source=rss&id=7&fbclid=abc#comments"));
    assertEquals("http://example.org:8080/", ArticleIds.canonicalUrl("http://example.org:8080"));
  }

  @Test
  void sameArticleFromTwoFeedsHasOneId() {
    assertEquals(ArticleIds.fromUrl("https://example.org/a?utm_medium=feed"),
        ArticleIds.fromUrl("https://EXAMPLE.org/a#top"));
    assertNotEquals(ArticleIds.fromUrl("https://example.org/a"), ArticleIds.fromUrl("https://example.org/b"));
  }

  @Test
  void contentIdIgnoresWhitespaceAndCase() {
    assertEquals(ArticleIds.fromContent("Title", "Body  text\n"), ArticleIds.fromContent("title", "body text"));
  }

  @Test
  void invalidUrlIsRefusedWithTheUrlInTheMessage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArticleIds.canonicalUrl("not a url"));
    assertEquals(true, e.getMessage().contains("not a url"));
  }

  @Test
  void onlyHttpAndHttpsUrlsAreArticleUrls() {
    for (String url : new String[] {"javascript:alert(1)", "file:///etc/passwd", "file://host/etc/passwd",
        "gopher://example.org/1", "ftp://example.org/a"}) {
      org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> ArticleIds.canonicalUrl(url),
          url);
    }
    assertEquals("http://example.org/a", ArticleIds.canonicalUrl("HTTP://Example.org/a"));
  }
}
