package io.mediamon.extractor.text;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The schema.org article object (NewsArticle, Article, BlogPosting, ...) of a page's JSON-LD blocks, where news
 * sites state headline, authors, publication date and URL for search engines.
 */
final class JsonLd {

    private static final Logger LOG = LoggerFactory.getLogger(JsonLd.class);

    /** schema.org types of a written article; any "...NewsArticle" subtype counts too. */
    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "BlogPosting",
            "LiveBlogPosting", "Report", "SocialMediaPosting");

    /** Pages' JSON-LD is hand-written often enough: trailing commas and raw newlines in strings are common. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    private JsonLd() {
    }

    /** The first article object in the page's JSON-LD, looking inside arrays and @graph; empty if none. */
    static Optional<JsonNode> article(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String json = script.data().strip();
            if (json.isEmpty()) {
                continue;
            }
            JsonNode root;
            try {
                root = MAPPER.readTree(json);
            } catch (JacksonException e) {
                // One broken block must not hide the others or the meta tags: the page is still read.
                LOG.debug("ignoring unreadable JSON-LD block: {}", e.getOriginalMessage());
                continue;
            }
            Optional<JsonNode> found = findArticle(root, 0);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> findArticle(JsonNode node, int depth) {
        if (node == null || depth > 6) {
            return Optional.empty();
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                Optional<JsonNode> found = findArticle(item, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (!node.isObject()) {
            return Optional.empty();
        }
        if (isArticle(node.get("@type"))) {
            return Optional.of(node);
        }
        return findArticle(node.get("@graph"), depth + 1);
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.asText("");
        // "https://schema.org/NewsArticle" and "schema:NewsArticle" are written too.
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(':')) + 1);
        return ARTICLE_TYPES.contains(name) || name.endsWith("NewsArticle");
    }

    /** A text field; null when missing or not text. */
    static String text(JsonNode article, String field) {
        JsonNode value = article.get(field);
        if (value != null && value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        return value != null && value.isValueNode() ? value.asText() : null;
    }

    /** Author names: "author" may be a string, a Person/Organization object with a name, or a list of these. */
    static List<String> authors(JsonNode article) {
        List<String> names = new ArrayList<>();
        JsonNode author = article.get("author");
        if (author == null) {
            author = article.get("creator");
        }
        collectNames(author, names);
        return names;
    }

    private static void collectNames(JsonNode node, List<String> names) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> collectNames(item, names));
        } else if (node.isTextual()) {
            names.add(node.asText());
        } else if (node.isObject() && node.hasNonNull("name")) {
            collectNames(node.get("name"), names);
        }
    }

    /** The page's own URL: mainEntityOfPage (an id or a WebPage object), else url. */
    static String url(JsonNode article) {
        JsonNode page = article.get("mainEntityOfPage");
        if (page != null && page.isTextual()) {
            return page.asText();
        }
        if (page != null && page.isObject()) {
            String id = page.hasNonNull("@id") ? page.get("@id").asText() : text(page, "url");
            if (id != null) {
                return id;
            }
        }
        return text(article, "url");
    }
}
