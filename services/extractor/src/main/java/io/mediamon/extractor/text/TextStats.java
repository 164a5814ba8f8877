package io.mediamon.extractor.text;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Text and link-text lengths of every element of a page, computed in one pass: asking each element for its text
 * would walk its subtree again for every ancestor, quadratic on the deep pages some sites serve.
 */
final class TextStats {

    private final Map<Element, int[]> lengths = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats of(Element root) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(stats.new Counter(), root);
        return stats;
    }

    /** Characters of visible text (runs of white space count once). */
    int textLength(Element e) {
        int[] l = lengths.get(e);
        return l == null ? 0 : l[0];
    }

    /** Share of the element's text inside links, 0..1. */
    double linkDensity(Element e) {
        int[] l = lengths.get(e);
        return l == null || l[0] == 0 ? 0 : Math.min(1.0, (double) l[1] / l[0]);
    }

    private final class Counter implements NodeVisitor {
        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                lengths.put(e, new int[2]);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            Element parent = node.parent() instanceof Element p ? p : null;
            int[] into = parent == null ? null : lengths.get(parent);
            if (node instanceof TextNode t) {
                if (into != null) {
                    into[0] += collapsedLength(t.getWholeText());
                }
            } else if (node instanceof Element e) {
                int[] own = lengths.get(e);
                if (e.normalName().equals("a")) {
                    own[1] = own[0];
                }
                if (into != null) {
                    into[0] += own[0];
                    into[1] += own[1];
                }
            }
        }
    }

    private static int collapsedLength(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (!ws || !space) {
                n++;
            }
            space = ws;
        }
        return n;
    }
}
