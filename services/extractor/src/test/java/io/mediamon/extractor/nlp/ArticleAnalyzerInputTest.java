package io.mediamon.extractor.nlp;

import io.mediamon.schema.ContentType;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.RawArticle;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the analyzer does with input that is not a clean English article: each case is processed, truncated
 * (truncated=true) or refused with an IllegalArgumentException whose message says why (the stream dead-letters it).
 */
class ArticleAnalyzerInputTest {

    private static final String STORY = "Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in "
            + "Beijing on Tuesday. “Our positions on Ukraine are close,” Lavrov said after the talks.\n\n";

    private static EnrichedArticle analyze(RawArticle raw) {
        return TestArticles.analyzer().analyze(raw);
    }

    private static IllegalArgumentException refused(RawArticle raw) {
        return assertThrows(IllegalArgumentException.class, () -> analyze(raw));
    }

    @Test
    void emptyIsRefused() {
        assertTrue(refused(TestArticles.text("")).getMessage().contains("empty"));
        assertTrue(refused(TestArticles.text("\n \u200B\t\u00A0")).getMessage().contains("empty"));
        assertTrue(refused(TestArticles.html("<html><head><title>x</title></head><body></body></html>"))
                .getMessage().contains("empty"));
    }

    @Test
    void binaryIsRefused() {
        // A JPEG's first bytes read as Latin-1 text, as a fetcher that stored an image as a string produces.
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0};
        String body = new String(jpeg, StandardCharsets.ISO_8859_1) + "x".repeat(200);
        assertTrue(refused(TestArticles.text(body)).getMessage().contains("binary"));
        StringBuilder controls = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            controls.append((char) (i % 2 == 0 ? 0x02 : 'a'));
        }
        assertTrue(refused(TestArticles.text(controls.toString())).getMessage().contains("binary"));
    }

    @Test
    void mostlyUndecodableTextIsRefused() {
        String lost = "Le g\uFFFDn\uFFFDral a \uFFFDt\uFFFD \uFFFDlu d\uFFFDput\uFFFD \uFFFD l'Assembl\uFFFDe.";
        IllegalArgumentException e = refused(TestArticles.text(lost));
        assertTrue(e.getMessage().contains("U+FFFD"), e.getMessage());
    }

    @Test
    void mojibakeIsRepairedAndAnalyzed() {
        String garbled = new String(STORY.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        EnrichedArticle out = analyze(TestArticles.text(garbled));
        assertEquals(STORY.strip(), out.getCleanText());
        assertTrue(out.getClaims().stream().anyMatch(c -> c.getQuoted() && "Sergei Lavrov".equals(c.getSpeaker())
                && c.getContent().equals("Our positions on Ukraine are close")), out.getClaims().toString());
    }

    @Test
    void englishWithAFewUndecodableCharactersIsProcessed() {
        // A Windows-1252 body decoded as UTF-8: the curly quotes are lost, the words are not.
        String damaged = new String(STORY.getBytes(Charset.forName("windows-1252")), StandardCharsets.UTF_8);
        EnrichedArticle out = analyze(TestArticles.text(damaged));
        assertEquals("en", out.getLanguage());
        assertTrue(out.getCleanText().contains("\uFFFD"));
        assertTrue(out.getEventMentions().stream().anyMatch(m -> m.getAction().equals("CONSULT")
                && m.getActors().contains("Sergei Lavrov")), out.getEventMentions().toString());
    }

    @Test
    void controlCharactersAreRemoved() {
        EnrichedArticle out = analyze(TestArticles.text(STORY.replace("Beijing", "Bei\u0007jing")
                .replace("Tuesday.", "Tuesday.\u001B\u0008")));
        assertEquals(STORY.strip(), out.getCleanText());
    }

    @Test
    void articlesNotInEnglishAreMarkedAndNotAnalyzed() {
        String[][] cases = {
                {"de", "Der iranische Sicherheitsrat hat nach eigenen Angaben Gespräche mit den Taliban geführt. Die "
                        + "Regierung in Kabul sei darüber informiert worden, sagte Ali Schamchani am Mittwoch."},
                {"ru", "Секретарь Совета безопасности Ирана Али Шамхани заявил, что Тегеран провёл переговоры с "
                        + "движением «Талибан», а правительство Афганистана было об этом проинформировано."},
                {"ar", "قال أمين المجلس الأعلى للأمن القومي الإيراني علي شمخاني إن طهران أجرت محادثات مع حركة "
                        + "طالبان، وإن الحكومة الأفغانية أُبلغت بذلك."},
        };
        for (String[] c : cases) {
            EnrichedArticle out = analyze(TestArticles.text(c[1]));
            assertEquals(c[0], out.getLanguage());
            assertTrue(out.getEntities().isEmpty() && out.getClaims().isEmpty() && out.getEventMentions().isEmpty(),
                    c[0]);
            assertEquals(16, out.getFingerprint().length());
        }
    }

    @Test
    void lengthCapIsConfigurable() {
        ArticleAnalyzer capped = new ArticleAnalyzer(TestArticles.tagger(), 300);
        EnrichedArticle out = capped.analyze(TestArticles.sample());
        EnrichedArticle full = analyze(TestArticles.sample());
        assertTrue(out.getTruncated());
        assertFalse(full.getTruncated());
        assertEquals(full.getCleanText().length(), out.getOriginalLength());
        assertEquals(full.getCleanText().length(), full.getOriginalLength());
        assertTrue(out.getCleanText().length() <= 300);
        assertTrue(full.getCleanText().startsWith(out.getCleanText()));
        // No boundary in the last tenth of the cap: cut at a space, not inside a word.
        assertTrue(Character.isWhitespace(full.getCleanText().charAt(out.getCleanText().length())), out.getCleanText());
        assertThrows(IllegalArgumentException.class, () -> new ArticleAnalyzer(TestArticles.tagger(), 0));
    }

    @Test
    void fiveMegabyteArticleIsTruncatedWithinSeconds() {
        StringBuilder body = new StringBuilder();
        while (body.length() < 5_000_000) {
            body.append(STORY);
        }
        RawArticle text = TestArticles.text(body.toString());
        RawArticle html = TestArticles.html("<html><body><article><p>" + body.toString().replace("\n\n", "</p><p>")
                + "</p></article></body></html>");
        for (RawArticle raw : new RawArticle[]{text, html}) {
            // Generous bound for a loaded build machine; about 2-3 s measured (see the README).
            EnrichedArticle out = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> analyze(raw));
            assertTrue(out.getTruncated());
            assertTrue(out.getOriginalLength() > 4_900_000, "original " + out.getOriginalLength());
            assertTrue(out.getCleanText().length() <= 100_000);
            assertTrue(out.getCleanText().endsWith("after the talks."), "cut at a paragraph end");
            assertFalse(out.getEventMentions().isEmpty());
        }
    }

    @Test
    void htmlMetadataFillsWhatTheRawArticleLacks() {
        String page = "<html><head><title>Talks | Example</title>"
                + "<meta property='og:title' content='Lavrov and Wang Yi meet in Beijing'>"
                + "<meta name='author' content='Li Wei'>"
                + "<meta property='article:published_time' content='2023-04-04T09:30:00Z'>"
                + "<link rel='canonical' href='https://news.example/world/lavrov-wang'></head><body><article><p>"
                + STORY + "</p></article></body></html>";
        RawArticle bare = TestArticles.html(page);
        bare.setTitle(null);
        bare.setPublishedAt(null);
        bare.setFetchedAt(Instant.parse("2023-04-04T12:00:00Z"));
        EnrichedArticle out = analyze(bare);
        assertEquals("Lavrov and Wang Yi meet in Beijing", out.getTitle());
        assertEquals("Li Wei", out.getByline());
        assertEquals(Instant.parse("2023-04-04T09:30:00Z"), out.getPublishedAt());
        assertEquals("https://news.example/world/lavrov-wang", out.getCanonicalUrl());
        // The stated publication date (a Tuesday) dates the events.
        assertEquals(LocalDate.of(2023, 4, 4), out.getEventMentions().get(0).getDate());

        // What the raw article already has wins.
        RawArticle given = TestArticles.html(page);
        given.setTitle("Given title");
        EnrichedArticle kept = analyze(given);
        assertEquals("Given title", kept.getTitle());
        assertEquals(given.getPublishedAt(), kept.getPublishedAt());
        // A stated date after the fetch is not believed; the fetch time then dates the events.
        RawArticle early = TestArticles.html(page);
        early.setPublishedAt(null);
        early.setFetchedAt(Instant.parse("2020-01-01T00:00:00Z"));
        assertNull(analyze(early).getPublishedAt());

        EnrichedArticle plain = analyze(TestArticles.text(STORY));
        assertNull(plain.getByline());
        assertNull(plain.getCanonicalUrl());
        assertEquals(ContentType.TEXT, TestArticles.text(STORY).getContentType());
    }
}
