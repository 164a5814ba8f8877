package io.mediamon.extractor.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * An HTML page's story as text, block elements turned into paragraphs, and what the page says about itself.
 * The page's metadata is read before anything is removed; the story is the block {@link MainContent} finds.
 */
final class HtmlToText {

    /** The story text of a page and the page's metadata. */
    record Page(String text, PageMetadata metadata) {
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "h1", "h2",
            "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "figure",
            "figcaption", "hr", "address", "caption", "center", "details", "summary");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private HtmlToText() {
    }

    /**
     * @param html    the page
     * @param pageUrl the page's address, to resolve a relative canonical link; may be null
     */
    static Page convert(String html, String pageUrl) {
        Document doc = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
        PageMetadata metadata = PageMetadataReader.read(doc);
        StringBuilder out = new StringBuilder(Math.min(html.length(), 1 << 20) / 2);
        for (Element block : MainContent.of(doc.body())) {
            out.append("\n\n");
            NodeTraversor.traverse(new Collector(out), block);
        }
        return new Page(out.toString(), metadata);
    }

    private record Collector(StringBuilder out) implements NodeVisitor {
        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                // HTML collapses runs of whitespace into one space when rendering.
                out.append(WHITESPACE.matcher(text.getWholeText()).replaceAll(" "));
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    out.append('\n');
                } else if (BLOCKS.contains(tag)) {
                    out.append("\n\n");
                } else if (CELLS.contains(tag)) {
                    out.append(' ');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                out.append("\n\n");
            }
        }
    }
}
