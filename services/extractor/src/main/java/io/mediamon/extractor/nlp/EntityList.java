package io.mediamon.extractor.nlp;

import io.mediamon.schema.Entity;
import io.mediamon.schema.EntityType;
import io.mediamon.schema.Mention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups resolved name mentions into the document's entities, one per canonical name, in order of appearance, with
 * roles, country (for nationalities), first offset and salience.
 *
 * <h2>Salience</h2>
 * How central an entity is to the article, from how often and where it is mentioned:
 * <ul>
 *   <li>each mention counts {@value #BODY_WEIGHT}, or {@value #LEAD_WEIGHT} in the lead (the first
 *       {@value #LEAD_SENTENCES} sentences of the text), because news writing puts the main actors first;</li>
 *   <li>an entity the headline names (one of its surface forms or its canonical name, as a whole word) gets
 *       {@value #HEADLINE_WEIGHT} more: the headline is the editor's own statement of what the story is about;</li>
 *   <li>salience = score / the highest score in the article, so the article's main entity has 1.0 and the
 *       others a share of it in (0, 1].</li>
 * </ul>
 * It ranks entities within one article; it is not comparable across articles of different length.
 */
final class EntityList {

    static final int LEAD_SENTENCES = 3;
    static final double BODY_WEIGHT = 1.0;
    static final double LEAD_WEIGHT = 2.0;
    static final double HEADLINE_WEIGHT = 3.0;

    private EntityList() {
    }

    /** The entities of the mentions; headline may be null. */
    static List<Entity> of(List<NameMention> mentions, String headline) {
        Map<String, List<NameMention>> byCanonical = new LinkedHashMap<>();
        for (NameMention m : mentions) {
            byCanonical.computeIfAbsent(m.canonical, k -> new ArrayList<>()).add(m);
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        byCanonical.forEach((canonical, group) -> scores.put(canonical, score(canonical, group, headline)));
        double max = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(1.0);

        List<Entity> entities = new ArrayList<>();
        for (Map.Entry<String, List<NameMention>> e : byCanonical.entrySet()) {
            List<NameMention> group = e.getValue();
            List<Mention> avroMentions = new ArrayList<>();
            for (NameMention m : group) {
                avroMentions.add(new Mention(m.text, m.begin, m.endChar));
            }
            EntityType type = group.get(0).type;
            entities.add(Entity.newBuilder()
                    .setText(fullestForm(e.getKey(), group))
                    .setType(type)
                    .setCanonical(e.getKey())
                    .setMentions(avroMentions)
                    .setRoles(roles(group))
                    .setCountry(type == EntityType.NORP ? country(group) : null)
                    .setFirstOffset(group.get(0).begin)
                    .setSalience(Math.round(scores.get(e.getKey()) / max * 1000) / 1000.0)
                    .build());
        }
        return entities;
    }

    private static double score(String canonical, List<NameMention> group, String headline) {
        double score = 0;
        for (NameMention m : group) {
            score += m.sentence < LEAD_SENTENCES ? LEAD_WEIGHT : BODY_WEIGHT;
        }
        if (headline != null && inHeadline(canonical, group, headline)) {
            score += HEADLINE_WEIGHT;
        }
        return score;
    }

    private static boolean inHeadline(String canonical, List<NameMention> group, String headline) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(canonical);
        group.forEach(m -> forms.add(m.name));
        for (String form : forms) {
            if (containsWord(headline, form)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text holds the phrase as whole words: "US" is not in "USE", "Iran" not in "Iranian". A plain search
     * instead of a pattern compiled per name and article.
     */
    static boolean containsWord(String text, String phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            if ((at == 0 || !isLetterOrNumber(text.codePointBefore(at)))
                    && (end == text.length() || !isLetterOrNumber(text.codePointAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLetterOrNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Every role seen with the entity, as first written ("Gen.", "Secretary", "spokesman"), once each. */
    private static List<String> roles(List<NameMention> group) {
        Map<String, String> roles = new LinkedHashMap<>();
        for (NameMention m : group) {
            m.roleForms().forEach(roles::putIfAbsent);
        }
        return List.copyOf(roles.values());
    }

    private static String country(List<NameMention> group) {
        return group.stream().map(m -> m.demonymCountry).filter(c -> c != null).findFirst().orElse(null);
    }

    /**
     * The longest written form that contains the canonical name ("Austin “Scott” Miller"), so that an alias such as
     * "Islamic Republic" does not become the text of "Iran"; the longest form of all when none contains it.
     */
    private static String fullestForm(String canonical, List<NameMention> group) {
        String fullest = null;
        for (NameMention m : group) {
            if (m.name.contains(canonical) && (fullest == null || m.text.length() > fullest.length())) {
                fullest = m.text;
            }
        }
        if (fullest == null) {
            for (NameMention m : group) {
                if (fullest == null || m.text.length() > fullest.length()) {
                    fullest = m.text;
                }
            }
        }
        return fullest;
    }
}
