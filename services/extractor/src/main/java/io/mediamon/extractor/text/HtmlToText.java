package io.mediamon.extractor.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Set;

/** The visible article text of an HTML page, with block elements turned into paragraphs. */
final class HtmlToText {

    /** Page chrome and non-text content: never part of the story. */
    private static final String REMOVED = "script, style, noscript, template, nav, footer, aside, form, iframe, svg, "
            + "canvas, button, select, object, embed";

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "h1", "h2",
            "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "figure",
            "figcaption", "hr", "address", "caption", "center");

    private static final Set<String> CELLS = Set.of("td", "th");

    private HtmlToText() {
    }

    static String convert(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(REMOVED).remove();
        StringBuilder out = new StringBuilder(html.length() / 2);
        NodeTraversor.traverse(new Collector(out), doc.body());
        return out.toString();
    }

    private record Collector(StringBuilder out) implements NodeVisitor {
        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                // HTML collapses runs of whitespace into one space when rendering.
                out.append(text.getWholeText().replaceAll("\\s+", " "));
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
