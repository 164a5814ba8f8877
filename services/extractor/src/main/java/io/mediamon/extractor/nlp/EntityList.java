package io.mediamon.extractor.nlp;

import io.mediamon.schema.Entity;
import io.mediamon.schema.Mention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups resolved name mentions into the document's entities, one per canonical name, in order of appearance. */
final class EntityList {

    private EntityList() {
    }

    static List<Entity> of(List<NameMention> mentions) {
        Map<String, List<NameMention>> byCanonical = new LinkedHashMap<>();
        for (NameMention m : mentions) {
            byCanonical.computeIfAbsent(m.canonical, k -> new ArrayList<>()).add(m);
        }
        List<Entity> entities = new ArrayList<>();
        for (Map.Entry<String, List<NameMention>> e : byCanonical.entrySet()) {
            List<NameMention> group = e.getValue();
            List<Mention> avroMentions = new ArrayList<>();
            for (NameMention m : group) {
                avroMentions.add(new Mention(m.text, m.begin, m.endChar));
            }
            entities.add(Entity.newBuilder()
                    .setText(fullestForm(e.getKey(), group))
                    .setType(group.get(0).type)
                    .setCanonical(e.getKey())
                    .setMentions(avroMentions)
                    .build());
        }
        return entities;
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
