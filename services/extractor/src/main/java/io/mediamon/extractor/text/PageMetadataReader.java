package io.mediamon.extractor.text;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads {@link PageMetadata} from a parsed page: the schema.org article object in JSON-LD first (sites write it
 * for search engines and keep it accurate), then the Open Graph / article: / twitter: / Dublin Core meta tags and
 * link rel=canonical, then the title element and the first h1.
 */
final class PageMetadataReader {

    private static final String[] TITLE_META = {"meta[property=og:title]", "meta[name=twitter:title]",
            "meta[property=twitter:title]", "meta[name=dc.title]"};
    private static final String[] AUTHOR_META = {"meta[name=author]", "meta[property=article:author]",
            "meta[name=article:author]", "meta[name=dc.creator]", "meta[name=byl]", "meta[property=author]",
            "meta[name=parsely-author]", "meta[name=sailthru.author]"};
    private static final String[] DATE_META = {"meta[property=article:published_time]",
            "meta[name=article:published_time]", "meta[itemprop=datePublished]", "meta[property=og:published_time]",
            "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=dc.date.issued]",
            "meta[name=dcterms.issued]", "meta[name=dc.date]", "meta[name=date]", "meta[name=parsely-pub-date]",
            "meta[name=sailthru.date]"};
    private static final Pattern BY = Pattern.compile("^(?i)by\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MAX_BYLINE_CHARS = 300;

    private PageMetadataReader() {
    }

    static PageMetadata read(Document doc) {
        Optional<JsonNode> article = JsonLd.article(doc);
        String title = first(
                article.map(a -> clean(JsonLd.text(a, "headline"))).orElse(null),
                article.map(a -> clean(JsonLd.text(a, "name"))).orElse(null),
                meta(doc, TITLE_META, PageMetadataReader::clean),
                clean(doc.title()),
                doc.selectFirst("h1") == null ? null : clean(doc.selectFirst("h1").text()));
        String byline = first(
                article.map(a -> byline(JsonLd.authors(a))).orElse(null),
                metaByline(doc));
        Instant published = article.map(a -> PublicationDates.parse(JsonLd.text(a, "datePublished"))).orElse(null);
        if (published == null) {
            published = meta(doc, DATE_META, PublicationDates::parse);
        }
        if (published == null) {
            Element time = doc.selectFirst("time[itemprop=datePublished][datetime], time[pubdate][datetime]");
            published = time == null ? null : PublicationDates.parse(time.attr("datetime"));
        }
        String canonical = first(
                article.map(a -> absoluteUrl(doc, JsonLd.url(a))).orElse(null),
                linkCanonical(doc),
                meta(doc, new String[]{"meta[property=og:url]", "meta[name=og:url]"}, u -> absoluteUrl(doc, u)));
        return new PageMetadata(title, byline, published, canonical);
    }

    /** The first meta tag of the list whose content converts to a non-null value. */
    private static <T> T meta(Document doc, String[] selectors, Function<String, T> convert) {
        for (String selector : selectors) {
            for (Element meta : doc.select(selector)) {
                T value = convert.apply(meta.attr("content"));
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    private static String metaByline(Document doc) {
        for (String selector : AUTHOR_META) {
            List<String> names = new ArrayList<>();
            for (Element meta : doc.select(selector)) {
                names.add(meta.attr("content"));
            }
            String byline = byline(names);
            if (byline != null) {
                return byline;
            }
        }
        return null;
    }

    /** Names joined by ", " without repeats; URLs (profile links in article:author) are not names. */
    private static String byline(List<String> names) {
        Set<String> kept = new LinkedHashSet<>();
        for (String name : names) {
            String n = clean(name);
            if (n == null || n.contains("://") || n.startsWith("www.")) {
                continue;
            }
            n = BY.matcher(n).replaceFirst("");
            if (!n.isEmpty()) {
                kept.add(n);
            }
        }
        String joined = String.join(", ", kept);
        return joined.isEmpty() || joined.length() > MAX_BYLINE_CHARS ? null : joined;
    }

    private static String linkCanonical(Document doc) {
        for (Element link : doc.select("link[rel=canonical][href]")) {
            String url = absoluteUrl(doc, link.attr("href"));
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    /** The URL made absolute against the page's address; null unless it is an http(s) URL. */
    private static String absoluteUrl(Document doc, String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        try {
            URI uri = new URI(u);
            if (!uri.isAbsolute()) {
                if (doc.location().isEmpty()) {
                    return null;
                }
                uri = new URI(doc.location()).resolve(uri);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            // Not a URL: the page states no usable canonical address.
            return null;
        }
    }

    /** Visible text of a value that may carry entities or markup, whitespace collapsed; null if blank. */
    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String v = value.indexOf('<') >= 0 || value.indexOf('&') >= 0 ? Jsoup.parse(value).text() : value;
        v = SPACES.matcher(v).replaceAll(" ").strip();
        return v.isEmpty() ? null : v;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
