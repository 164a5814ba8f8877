package io.mediamon.extractor.nlp;

import io.mediamon.extractor.text.ArticleText;
import io.mediamon.schema.ContentType;
import io.mediamon.schema.RawArticle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One analyzer per test JVM (loading CoreNLP takes seconds and hundreds of MB), and the articles the tests use.
 */
public final class TestArticles {

    private static final Path SAMPLE = Path.of("samples", "corpus", "iran-taliban-talks.txt");

    private TestArticles() {
    }

    private static final class Holder {
        static final NerTagger TAGGER = NerTagger.load();
        static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(TAGGER);
    }

    public static ArticleAnalyzer analyzer() {
        return Holder.ANALYZER;
    }

    /** The loaded tagger, for tests that need an analyzer with other settings. */
    static NerTagger tagger() {
        return Holder.TAGGER;
    }

    static RawArticle text(String body) {
        return article("test-1", null, body, ContentType.TEXT);
    }

    static RawArticle html(String body) {
        return article("test-html", null, body, ContentType.HTML);
    }

    /** The sample article: first line headline, the rest body, as the ingest service would store a text file. */
    static RawArticle sample() {
        ArticleText.HeadedText file = ArticleText.splitHeadline(read(findSample()));
        return article("iran-taliban-talks", file.headline(), file.body(), ContentType.TEXT);
    }

    private static RawArticle article(String id, String title, String body, ContentType type) {
        return RawArticle.newBuilder()
                .setId(id)
                .setUrl("https://example.org/" + id)
                .setSource("test-feed")
                .setTitle(title)
                .setBody(body)
                .setContentType(type)
                .setPublishedAt(Instant.parse("2018-12-27T10:00:00Z"))
                .setFetchedAt(Instant.parse("2018-12-27T11:00:00Z"))
                .build();
    }

    /** The tests run in the module directory; the corpus is at the repository root. */
    private static Path findSample() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(SAMPLE))) {
                return dir.resolve(SAMPLE);
            }
        }
        throw new IllegalStateException("sample article " + SAMPLE + " not found above " + Path.of("").toAbsolutePath());
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
