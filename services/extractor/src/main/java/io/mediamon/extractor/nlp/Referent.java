package io.mediamon.extractor.nlp;

import io.mediamon.schema.EntityType;

/**
 * Who a phrase stands for: a canonical name and its type (a nationality word stands for its country).
 *
 * @param name    canonical name
 * @param type    entity type of the name
 * @param mention the name mention the phrase contains, or null when it was resolved from a pronoun or description
 */
record Referent(String name, EntityType type, NameMention mention) {

    static Referent of(NameMention m) {
        return new Referent(m.participantName(), m.participantType(), m);
    }
}
