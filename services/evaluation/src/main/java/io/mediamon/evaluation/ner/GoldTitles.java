package io.mediamon.evaluation.ner;

import io.mediamon.extractor.nlp.TitleVocabulary;
import io.mediamon.schema.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * What to do with titles at the start of gold PERSON spans. GMB's person spans include them ("Mr. Smith",
 * "President Jones", "Prime Minister Doe"); mediamon keeps titles out of names on purpose (they become roles), and
 * CoreNLP mostly leaves them out too.
 * <ul>
 *   <li>STRIP removes leading words that are titles in mediamon's own title vocabulary (titles.txt), and drops a
 *       PERSON span that is nothing but titles ("Mr." or "Prime" tagged alone, which GMB's automatic tags contain):
 *       it names no one once titles are not names.</li>
 *   <li>KEEP scores the gold as annotated.</li>
 * </ul>
 * The choice applies to the gold, so it treats raw CoreNLP and mediamon alike.
 */
public enum GoldTitles {
    KEEP,
    STRIP;

    List<Span> apply(String text, List<Span> gold) {
        if (this == KEEP) {
            return gold;
        }
        List<Span> out = new ArrayList<>(gold.size());
        for (Span s : gold) {
            Span kept = s.type() == EntityType.PERSON ? withoutLeadingTitles(text, s) : s;
            if (kept != null) {
                out.add(kept);
            }
        }
        return out;
    }

    /** The span without its leading titles, or null when it is all titles. */
    private static Span withoutLeadingTitles(String text, Span s) {
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int i = s.begin();
        while (i < s.end()) {
            while (i < s.end() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.end() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(text.substring(start, i));
                starts.add(start);
            }
        }
        int titles = TitleVocabulary.leadingTitleWords(words);
        if (titles == words.size()) {
            return null;
        }
        return titles == 0 ? s : new Span(starts.get(titles), s.end(), s.type());
    }
}
