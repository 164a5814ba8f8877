package io.mediamon.extractor.text;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PageMetadataReaderTest {

    private static PageMetadata read(String head) {
        return PageMetadataReader.read(Jsoup.parse("<html><head>" + head + "</head><body><p>Text.</p></body></html>",
                "https://site.example/news/1"));
    }

    @Test
    void authorUrlsAreNotNamesAndRepeatsAreDropped() {
        PageMetadata meta = read("<meta property='article:author' content='https://social.example/jdoe'>"
                + "<meta name='author' content='Jane Doe'><meta name='author' content='Jane Doe'>"
                + "<meta name='author' content='Omar Haddad'>");
        assertEquals("Jane Doe, Omar Haddad", meta.byline());
    }

    @Test
    void jsonLdAuthorAsTextAndTypeAsList() {
        PageMetadata meta = read("<script type='application/ld+json'>[{\"@type\":[\"NewsArticle\",\"Thing\"],"
                + "\"headline\":\"Rates &amp; markets\",\"author\":{\"@type\":\"Organization\",\"name\":\"Wire Desk\"},"
                + "\"datePublished\":\"2020-02-03T04:05:06.789Z\",\"url\":\"/markets/rates\"}]</script>"
                + "<meta property='og:title' content='Other title'>");
        assertEquals("Rates & markets", meta.title());
        assertEquals("Wire Desk", meta.byline());
        assertEquals(Instant.parse("2020-02-03T04:05:06.789Z"), meta.publishedAt());
        assertEquals("https://site.example/markets/rates", meta.canonicalUrl());
    }

    @Test
    void dateFormatsSeenInMetaTags() {
        assertEquals(Instant.parse("2019-05-01T10:00:00Z"),
                read("<meta name='pubdate' content='2019-05-01 12:00:00+02:00'>").publishedAt());
        assertEquals(Instant.parse("2019-05-01T12:00:00Z"),
                read("<meta name='date' content='2019-05-01T12:00:00'>").publishedAt());
        assertEquals(Instant.parse("2019-05-01T12:00:00Z"),
                read("<meta name='dc.date' content='Wed, 1 May 2019 12:00:00 GMT'>").publishedAt());
        assertNull(read("<meta name='date' content='yesterday'>").publishedAt());
        assertNull(read("<meta name='date' content='0001-01-01T00:00:00Z'>").publishedAt());
    }

    @Test
    void canonicalMustBeAnHttpUrl() {
        assertNull(read("<link rel='canonical' href='javascript:void(0)'>").canonicalUrl());
        assertEquals("https://site.example/a", read("<link rel='canonical' href='https://site.example/a'>"
                + "<meta property='og:url' content='https://site.example/b'>").canonicalUrl());
        assertEquals("https://site.example/b", read("<meta property='og:url' content='https://site.example/b'>")
                .canonicalUrl());
    }

    @Test
    void titleFallsBackToTheTitleElement() {
        assertEquals("Plain page", read("<title> Plain   page </title>").title());
        assertNull(read("").title());
    }

    @Test
    void aPublicationDateAfterTheFetchIsNotBelieved() {
        PageMetadata meta = new PageMetadata(null, null, Instant.parse("2030-01-01T00:00:00Z"), null);
        assertNull(meta.publishedAtNotAfter(Instant.parse("2024-01-01T00:00:00Z")));
        assertEquals(meta.publishedAt(), meta.publishedAtNotAfter(Instant.parse("2030-01-01T10:00:00Z")));
    }
}
