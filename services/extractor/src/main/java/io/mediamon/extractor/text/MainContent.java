package io.mediamon.extractor.text;

import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the block of a page that holds the story, by scoring paragraphs rather than by knowing any site's layout
 * (the approach of Arc90's Readability): every paragraph of real prose (long, with commas, few links) gives points
 * to its parent and grandparent; the best-scored container, with those of its siblings that score well too, is the
 * article. Navigation, comments, share bars, "related" lists and newsletter boxes have short, link-heavy
 * paragraphs and score low; generic class and id names (the HTML conventions "comment", "share", "sidebar", ...)
 * only tilt the score, they never select anything by themselves.
 */
final class MainContent {

    /** Never story text: code, media, forms, and the HTML5 elements for page chrome. */
    private static final String NEVER_CONTENT = "script, style, noscript, template, iframe, svg, canvas, button, "
            + "select, input, textarea, form, object, embed, video, audio, map, nav, footer, aside, dialog, menu, "
            + "[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [role=dialog], [role=search], [itemprop=author], [rel=author]";

    /** Class and id words of page parts that are not the story (comment threads, share bars, teasers, ads). */
    private static final Pattern CHROME_HINT = Pattern.compile("(?i)(?:^|[^a-z])(comments?|disqus|respond|"
            + "share|sharing|social|related|recommended|recirc|more-stories|read-more|newsletter|subscribe|signup|"
            + "promo|sponsor(?:ed)?|advert\\w*|ads?|ad-\\w+|banner|sidebar|widget|breadcrumbs?|menu|nav\\w*|"
            + "footer|masthead|popup|modal|cookie\\w*|consent|paywall|outbrain|taboola|tags|pagination|byline|"
            + "author-\\w+|dateline|timestamp)(?:$|[^a-z])");
    /** Class and id words of the story container. */
    private static final Pattern CONTENT_HINT = Pattern.compile("(?i)(?:^|[^a-z])(article\\w*|story\\w*|"
            + "entry\\w*|post-?(?:body|content|text)|content|main|body|text|blog)(?:$|[^a-z])");

    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "blockquote", "td");
    private static final Set<String> BLOCK_CHILDREN = Set.of("p", "div", "section", "article", "main", "table",
            "ul", "ol", "dl", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "header", "form");
    private static final Set<String> DROP_IF_LINK_HEAVY = Set.of("div", "section", "ul", "ol", "dl", "table",
            "p", "li", "header", "span", "h2", "h3", "h4", "h5", "h6");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。؟][\"”’)]?$");

    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final double MAX_LINK_DENSITY = 0.5;
    private static final int HINT_WEIGHT = 25;

    /** Scores of containers, in document order of their first paragraph, so that ties always go the same way. */
    private final Map<Element, Double> scores = new LinkedHashMap<>();
    private final TextStats stats;

    private MainContent(TextStats stats) {
        this.stats = stats;
    }

    /**
     * The elements that make up the story, in document order; the body when the page has no paragraph of
     * prose. The document is modified: chrome is removed from it.
     */
    static List<Element> of(Element body) {
        body.select(NEVER_CONTENT).remove();
        return new MainContent(TextStats.of(body)).select(body);
    }

    private List<Element> select(Element body) {
        for (Element e : body.getAllElements()) {
            if (isParagraph(e)) {
                scoreParagraph(e);
            }
        }
        Element top = null;
        double best = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double score = finalScore(e.getKey(), e.getValue());
            if (score > best) {
                top = e.getKey();
                best = score;
            }
        }
        if (top == null) {
            clean(body);
            return List.of(body);
        }
        List<Element> content = withGoodSiblings(top, best);
        content.forEach(this::clean);
        return content;
    }

    /** p, pre, blockquote, td, and a div or section that holds text directly rather than other blocks. */
    private boolean isParagraph(Element e) {
        String tag = e.normalName();
        if (PARAGRAPHS.contains(tag)) {
            return true;
        }
        if (!tag.equals("div") && !tag.equals("section")) {
            return false;
        }
        for (Element child : e.children()) {
            if (BLOCK_CHILDREN.contains(child.normalName())) {
                return false;
            }
        }
        return stats.textLength(e) >= MIN_PARAGRAPH_CHARS;
    }

    private void scoreParagraph(Element p) {
        if (stats.textLength(p) < MIN_PARAGRAPH_CHARS) {
            return;
        }
        String text = p.text();
        // Prose has commas and length; a teaser or a menu item has neither.
        double points = 1 + count(text, ',') + count(text, '\uFF0C') + count(text, '\u060C')
                + Math.min(3, text.length() / 100);
        Element parent = p.parent();
        int level = 1;
        while (parent != null && level <= 3 && !parent.normalName().equals("html")) {
            scores.putIfAbsent(parent, initialScore(parent));
            scores.merge(parent, points / (level == 1 ? 1 : level == 2 ? 2 : level * 3), Double::sum);
            parent = parent.parent();
            level++;
        }
    }

    private static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "article", "main" -> 10;
            case "div", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th", "header" -> -5;
            default -> 0;
        };
        return score + hintWeight(e);
    }

    private static double hintWeight(Element e) {
        String hints = e.className() + " " + e.id();
        double weight = 0;
        if (CHROME_HINT.matcher(hints).find()) {
            weight -= HINT_WEIGHT;
        }
        if (CONTENT_HINT.matcher(hints).find()) {
            weight += HINT_WEIGHT;
        }
        return weight;
    }

    /** A container of link lists scores low however much text it has. */
    private double finalScore(Element e, double score) {
        return score * (1 - stats.linkDensity(e));
    }

    /**
     * The top container and those siblings that belong to the story too: stories are often split over several
     * containers (around an inline ad or image). A sibling joins when it scores close to the top one, or is a
     * paragraph of prose with few links.
     */
    private List<Element> withGoodSiblings(Element top, double topScore) {
        Element parent = top.parent();
        if (parent == null || parent.normalName().equals("html")) {
            return new ArrayList<>(List.of(top));
        }
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> content = new ArrayList<>();
        for (Element sibling : parent.children()) {
            Double score = scores.get(sibling);
            if (sibling == top || (score != null && finalScore(sibling, score) >= threshold)) {
                content.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                double links = stats.linkDensity(sibling);
                String text = sibling.text();
                boolean prose = text.length() > 80 && links < 0.25;
                boolean sentence = !text.isEmpty() && links == 0 && SENTENCE_END.matcher(text).find();
                if (prose || sentence) {
                    content.add(sibling);
                }
            }
        }
        return content;
    }

    /**
     * Removes, inside the story, what is not part of it: blocks named like page chrome that hold little prose,
     * and link lists ("Related:", "Read more", tag lists) whose text is mostly links.
     */
    private void clean(Element content) {
        Deque<Element> pending = new ArrayDeque<>(content.children());
        while (!pending.isEmpty()) {
            Element e = pending.pop();
            if (isChrome(e)) {
                e.remove();
            } else {
                pending.addAll(e.children());
            }
        }
    }

    private boolean isChrome(Element e) {
        if (!DROP_IF_LINK_HEAVY.contains(e.normalName()) || stats.textLength(e) == 0) {
            return false;
        }
        double links = stats.linkDensity(e);
        return links > MAX_LINK_DENSITY || (hintWeight(e) < 0 && (links > 0.2 || proseParagraphs(e) < 2));
    }

    private int proseParagraphs(Element e) {
        int n = 0;
        for (Element p : e.getElementsByTag("p")) {
            if (stats.textLength(p) >= 80) {
                n++;
            }
        }
        return n;
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
