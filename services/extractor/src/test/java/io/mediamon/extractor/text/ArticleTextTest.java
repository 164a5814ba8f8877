package io.mediamon.extractor.text;

import io.mediamon.schema.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

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
        assertTrue(clean.text().length() <= ArticleText.DEFAULT_MAX_CHARS, "length " + clean.text().length());
        assertTrue(clean.text().length() > ArticleText.DEFAULT_MAX_CHARS - 5_000, "length " + clean.text().length());
        assertTrue(clean.text().endsWith("continue."), clean.text().substring(clean.text().length() - 30));
        assertTrue(clean.originalLength() >= 150_000);
    }

    @Test
    void textWithoutBoundariesIsCutHard() {
        String body = "x".repeat(ArticleText.DEFAULT_MAX_CHARS + 10);
        CleanText clean = ArticleText.clean(body, ContentType.TEXT);
        assertTrue(clean.truncated());
        assertEquals(ArticleText.DEFAULT_MAX_CHARS, clean.text().length());
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
    void capIsConfigurableAndCutsAtTheLastBoundaryBeforeIt() {
        // A boundary may lie up to a tenth of the cap before it: paragraph first, then sentence, then word.
        String sentence = "The envoy met officials in Doha on Tuesday. ";
        String body = sentence.repeat(21).strip() + "\n\n" + sentence.repeat(21).strip();
        CleanText paragraph = ArticleText.clean(body, ContentType.TEXT, null, 1_000);
        assertTrue(paragraph.truncated());
        assertEquals(body.length(), paragraph.originalLength());
        assertEquals(sentence.repeat(21).strip(), paragraph.text());

        CleanText sentences = ArticleText.clean(sentence.repeat(50), ContentType.TEXT, null, 1_000);
        assertEquals(sentence.repeat(22).strip(), sentences.text());

        CleanText word = ArticleText.clean("Delegations from both countries met again", ContentType.TEXT, null, 30);
        assertEquals("Delegations from both", word.text());
        assertTrue(word.truncated());
        assertThrows(IllegalArgumentException.class, () -> ArticleText.clean("text", ContentType.TEXT, null, 0));
    }

    @Test
    void utf8ReadAsWindows1252IsRepaired() {
        // The bytes of UTF-8 text decoded one byte per character, as a misconfigured fetcher does.
        String original = "Iran’s envoy said “talks will continue” — café owners in Zürich agreed.";
        String garbled = new String(original.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        assertTrue(garbled.contains("â€™"), garbled);
        assertEquals(original, ArticleText.clean(garbled, ContentType.TEXT).text());
        String latin1 = new String(original.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals(original, ArticleText.clean(latin1, ContentType.TEXT).text());
    }

    @Test
    void windows1252ReadAsLatin1IsRepaired() {
        String garbled = new String("Iran’s envoy said “no”.".getBytes(Charset.forName("windows-1252")),
                StandardCharsets.ISO_8859_1);
        assertEquals("Iran’s envoy said “no”.", ArticleText.clean(garbled, ContentType.TEXT).text());
    }

    @Test
    void genuineAccentsAreNotTakenForMojibake() {
        String text = "Le CAFÉ” de la place, São Paulo, Ærø and Øresund stay as they are.";
        assertEquals(text, ArticleText.clean(text, ContentType.TEXT).text());
    }

    @Test
    void latin1ReadAsUtf8KeepsItsWordsOrIsRefused() {
        // An English text loses only its quotes and dashes: processed, the damage left visible.
        String english = new String(("Iran’s envoy said the talks “went well” — and would continue next week in "
                + "Doha, where both delegations have offices.").getBytes(Charset.forName("windows-1252")),
                StandardCharsets.UTF_8);
        assertTrue(english.contains("\uFFFD"));
        assertEquals(english, ArticleText.clean(english, ContentType.TEXT).text());
        // A French text loses a letter in every other word: refused, with the reason.
        String french = new String(("Le général a été élu député à l'Assemblée, où il siège déjà près de la "
                + "fenêtre; ses élèves étaient très émus et ont réagi à chaud.").getBytes(StandardCharsets.ISO_8859_1),
                StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ArticleText.clean(french, ContentType.TEXT));
        assertTrue(e.getMessage().contains("U+FFFD") && e.getMessage().contains("character set"), e.getMessage());
    }

    @Test
    void splitsHeadlineFromBody() {
        ArticleText.HeadedText t = ArticleText.splitHeadline("Iran Launches Talks\r\n\r\nFirst paragraph.\n\nSecond.\n");
        assertEquals("Iran Launches Talks", t.headline());
        assertEquals("First paragraph.\n\nSecond.", t.body());
        assertNull(ArticleText.splitHeadline("Only one line").headline());
    }
}
