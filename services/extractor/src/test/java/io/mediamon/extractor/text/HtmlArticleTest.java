package io.mediamon.extractor.text;

import io.mediamon.schema.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whole pages (written for these tests, in the layouts news sites and blogs use) reduced to their story. */
class HtmlArticleTest {

    private static CleanText page(String name, String url) {
        try (InputStream in = HtmlArticleTest.class.getResourceAsStream("/html/" + name)) {
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return ArticleText.clean(html, ContentType.HTML, url, ArticleText.DEFAULT_MAX_CHARS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertParagraphs(List<String> expectedStarts, String text) {
        String[] paragraphs = text.split("\n\n");
        assertEquals(expectedStarts.size(), paragraphs.length, text);
        for (int i = 0; i < paragraphs.length; i++) {
            assertTrue(paragraphs[i].startsWith(expectedStarts.get(i)), i + ": " + paragraphs[i]);
        }
    }

    private static void assertNoneOf(String text, String... chrome) {
        for (String c : chrome) {
            assertFalse(text.contains(c), "'" + c + "' in:\n" + text);
        }
    }

    @Test
    void newsSiteKeepsTheStoryAndDropsEverythingAroundIt() {
        CleanText page = page("news-site-jsonld.html", "https://www.harbourtribune.example/x");
        assertParagraphs(List.of("Flood waters began to recede", "The first relief convoys", "“We have distributed",
                "Governor Babajide Sanwo-Olu visited", "The national weather service warned",
                "Engineers blame the floods"), page.text());
        assertNoneOf(page.text(), "cookies", "Business", "Search", "Share on", "Email this", "Related:",
                "Why Lagos floods", "Advertisement", "Africa briefing", "inbox", "Sign up", "Climate",
                "More from World", "Monsoon", "Comments", "every single year", "volunteers", "©", "Privacy");
    }

    @Test
    void jsonLdWinsOverMetaTags() {
        PageMetadata meta = page("news-site-jsonld.html", "https://www.harbourtribune.example/x").metadata();
        assertEquals("Flood waters recede in Lagos as relief convoys arrive", meta.title());
        assertEquals("Adaeze Okafor, Tomás Ferreira", meta.byline());
        assertEquals(Instant.parse("2021-07-14T07:30:00Z"), meta.publishedAt());
        assertEquals("https://www.harbourtribune.example/world/africa/lagos-floods-relief-convoys",
                meta.canonicalUrl());
    }

    @Test
    void blogWithSidebarAndCommentsAsPlainDivs() {
        CleanText page = page("blog-meta-tags.html", "https://fieldnotes.example/?p=314");
        assertParagraphs(List.of("Thousands of protesters gathered", "Police used water cannon",
                "President Salome Zourabichvili", "On Thursday afternoon"), page.text());
        assertNoneOf(page.text(), "Donate", "Posted on", "Share this", "Telegram", "Most read", "Armenian border",
                "Blogroll", "thoughts on this post", "Excellent reporting", "autumn", "Powered by");
    }

    @Test
    void metaTagsWhenThereIsNoJsonLd() {
        PageMetadata meta = page("blog-meta-tags.html", "https://fieldnotes.example/?p=314").metadata();
        assertEquals("Georgian opposition rallies outside parliament for a third night", meta.title());
        assertEquals("Nino Beridze", meta.byline());
        assertEquals(Instant.parse("2023-03-09T17:15:00Z"), meta.publishedAt());
        // Relative canonical link, resolved against the page's address.
        assertEquals("https://fieldnotes.example/2023/03/09/tbilisi-rallies/", meta.canonicalUrl());
    }

    @Test
    void textDensityFindsTheStoryWithoutMeaningfulClassNames() {
        CleanText page = page("obfuscated-classes.html", null);
        assertParagraphs(List.of("Dockworkers at the port of Rotterdam", "The FNV union said",
                "Terminal operators estimated", "The Dutch economy ministry"), page.text());
        assertNoneOf(page.text(), "Log in", "Sponsored", "Invest in", "Popular now", "Energy prices",
                "Copyright", "Imprint");
        PageMetadata meta = page.metadata();
        // The broken second JSON-LD block is skipped; the first one still counts.
        assertEquals("Dockworkers end strike at Rotterdam after wage deal", meta.title());
        assertEquals("Pieter de Vries", meta.byline());
        assertEquals(Instant.parse("2022-10-03T00:00:00Z"), meta.publishedAt());
        assertEquals("https://news.example.eu/economy/rotterdam-strike-ends", meta.canonicalUrl());
    }

    @Test
    void pageWithoutParagraphsKeepsItsVisibleText() {
        CleanText page = ArticleText.clean("<html><body><nav><a href='/'>Home</a></nav>Ceasefire holds in the "
                + "south.<br>Both sides report no shelling overnight.</body></html>", ContentType.HTML);
        assertEquals("Ceasefire holds in the south.\nBoth sides report no shelling overnight.", page.text());
        assertEquals(PageMetadata.NONE, page.metadata());
    }
}
