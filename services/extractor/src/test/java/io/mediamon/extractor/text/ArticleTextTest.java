package io.mediamon.extractor.text;

import io.mediamon.schema.ContentType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleTextTest {

    @Test
    void htmlKeepsTheArticleAndDropsPageChrome() {
        String html = """
                <html><head><title>Site</title><style>body { color: red }</style>
                <script>window.analytics = "tracking";</script></head>
                <body>
                  <nav><a href="/">Home</a> | <a href="/world">World</a></nav>
                  <article>
                    <h1>Talks &amp; tensions</h1>
                    <p>Iran is conducting its own   talks
                       with the Taliban.</p>
                    <p>The envoy met officials in <b>Qatar</b>.<br>Nothing was agreed.</p>
                    <aside>Read more: celebrity news</aside>
                  </article>
                  <footer>© 2018 Example Media</footer>
                  <noscript>Enable JavaScript</noscript>
                </body></html>""";
        String text = ArticleText.clean(html, ContentType.HTML).text();
        assertEquals("Talks & tensions\n\nIran is conducting its own talks with the Taliban.\n\n"
                + "The envoy met officials in Qatar.\nNothing was agreed.", text);
    }

    @Test
    void plainTextKeepsParagraphsAndNormalizesWhitespace() {
        String body = "  First\u00A0paragraph,\tline one\r\nline two.\r\n\r\n\r\n\r\nSecond\u200B para\u00ADgraph.  ";
        assertEquals("First paragraph, line one\nline two.\n\nSecond paragraph.",
                ArticleText.clean(body, ContentType.TEXT).text());
    }

    @Test
    void shortTextIsNotTruncated() {
        CleanText clean = ArticleText.clean("A short story about talks.", ContentType.TEXT);
        assertFalse(clean.truncated());
        assertEquals(26, clean.originalLength());
    }

    @Test
    void longTextIsCutAtAParagraphBoundary() {
        StringBuilder body = new StringBuilder();
        while (body.length() < 150_000) {
            body.append("The delegations met again in Geneva on Tuesday and agreed to continue. ".repeat(10))
                    .append("\n\n");
        }
        CleanText clean = ArticleText.clean(body.toString(), ContentType.TEXT);
        assertTrue(clean.truncated());
        assertTrue(clean.text().length() <= ArticleText.MAX_CHARS, "length " + clean.text().length());
        assertTrue(clean.text().length() > ArticleText.MAX_CHARS - 5_000, "length " + clean.text().length());
        assertTrue(clean.text().endsWith("continue."), clean.text().substring(clean.text().length() - 30));
        assertTrue(clean.originalLength() >= 150_000);
    }

    @Test
    void textWithoutBoundariesIsCutHard() {
        String body = "x".repeat(ArticleText.MAX_CHARS + 10);
        CleanText clean = ArticleText.clean(body, ContentType.TEXT);
        assertTrue(clean.truncated());
        assertEquals(ArticleText.MAX_CHARS, clean.text().length());
    }

    @Test
    void emptyBodiesAreRefused() {
        for (String body : new String[]{"", "   \n\n\t", "— … ---"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ArticleText.clean(body, ContentType.TEXT));
            assertTrue(e.getMessage().contains("empty after cleaning"), e.getMessage());
        }
        IllegalArgumentException html = assertThrows(IllegalArgumentException.class,
                () -> ArticleText.clean("<html><body><script>var x;</script><footer>(c)</footer></body></html>",
                        ContentType.HTML));
        assertTrue(html.getMessage().contains("empty after cleaning"), html.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> ArticleText.clean(null, ContentType.TEXT));
        assertTrue(missing.getMessage().contains("missing"), missing.getMessage());
    }

    @Test
    void binaryBodiesAreRefused() {
        IllegalArgumentException nul = assertThrows(IllegalArgumentException.class,
                () -> ArticleText.clean("GIF89a\u0000\u0001", ContentType.TEXT));
        assertTrue(nul.getMessage().contains("binary"), nul.getMessage());
        StringBuilder garbage = new StringBuilder("JFIF");
        for (int i = 0; i < 200; i++) {
            garbage.append((char) (i % 3 == 0 ? 0x01 : i % 3 == 1 ? 0xFFFD : 'a'));
        }
        IllegalArgumentException decoded = assertThrows(IllegalArgumentException.class,
                () -> ArticleText.clean(garbage.toString(), ContentType.HTML));
        assertTrue(decoded.getMessage().contains("binary"), decoded.getMessage());
    }

    @Test
    void aFewStrayControlCharactersAreCleanedNotRefused() {
        // Old feeds carry the odd BEL or form-feed; only a high share of them means binary data.
        String body = "Talks resumed\u0007 on Monday. " + "They went on all week. ".repeat(20) + "\u001B";
        assertFalse(ArticleText.clean(body, ContentType.TEXT).text().contains("\u0007"));
    }

    @Test
    void splitsHeadlineFromBody() {
        ArticleText.HeadedText t = ArticleText.splitHeadline("Iran Launches Talks\r\n\r\nFirst paragraph.\n\nSecond.\n");
        assertEquals("Iran Launches Talks", t.headline());
        assertEquals("First paragraph.\n\nSecond.", t.body());
        assertNull(ArticleText.splitHeadline("Only one line").headline());
    }
}
