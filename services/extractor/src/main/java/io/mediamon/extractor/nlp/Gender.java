package io.mediamon.extractor.nlp;

import io.mediamon.schema.EntityType;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The grammatical gender of a person as the text makes it clear: by a title or role word written with the name
 * ("Mrs", "spokeswoman", see gendered-words.tsv) or by a given name used for one gender only (given-names.tsv).
 * Otherwise unknown: nothing is inferred from surnames or context.
 */
enum Gender {
    MALE, FEMALE, UNKNOWN;

    private static final Map<String, Gender> GIVEN_NAMES = load("given-names.tsv");
    private static final Map<String, Gender> ROLE_WORDS = load("gendered-words.tsv");

    /** The gender a pronoun refers to: MALE for "he", FEMALE for "she", UNKNOWN otherwise. */
    static Gender ofPronoun(Token pronoun) {
        return switch (pronoun.lower()) {
            case "he" -> MALE;
            case "she" -> FEMALE;
            default -> UNKNOWN;
        };
    }

    /** The gender of a person mention; UNKNOWN for other types and for names and roles that do not tell. */
    static Gender of(NameMention m) {
        if (m.type != EntityType.PERSON) {
            return UNKNOWN;
        }
        for (String role : m.roles) {
            Gender g = ROLE_WORDS.get(role.toLowerCase(Locale.ROOT));
            if (g != null) {
                return g;
            }
        }
        String name = m.canonical == null ? m.name : m.canonical;
        int space = name.indexOf(' ');
        if (space < 0) {
            return UNKNOWN; // a single word is a surname as often as a given name
        }
        return GIVEN_NAMES.getOrDefault(name.substring(0, space).toLowerCase(Locale.ROOT), UNKNOWN);
    }

    /** Whether a pronoun of this gender can refer to a person of the other: unknown fits everything. */
    boolean fits(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }

    private static Map<String, Gender> load(String file) {
        Map<String, Gender> map = new HashMap<>();
        for (String[] row : ResourceFile.rows(file)) {
            Gender g = switch (row[1]) {
                case "M" -> MALE;
                case "F" -> FEMALE;
                default -> throw new IllegalStateException(file + ": gender must be M or F, got " + row[1]);
            };
            map.put(row[0].toLowerCase(Locale.ROOT), g);
        }
        return Map.copyOf(map);
    }
}
