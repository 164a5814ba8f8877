package io.mediamon.evaluation.ner;

import io.mediamon.schema.EntityType;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the annotation schemes' types and the systems' types meet. Only the four types below are scored; a gold span
 * or prediction of any other type is left out on both sides (it is neither a miss nor a false alarm).
 *
 * <table>
 *   <caption>Type mapping</caption>
 *   <tr><th>scored as</th><th>GMB (CoNLL)</th><th>re3d</th><th>raw CoreNLP</th><th>mediamon</th></tr>
 *   <tr><td>PERSON</td><td>per</td><td>Person</td><td>PERSON</td><td>PERSON</td></tr>
 *   <tr><td>ORGANIZATION</td><td>org</td><td>Organisation</td><td>ORGANIZATION</td><td>ORGANIZATION</td></tr>
 *   <tr><td>LOCATION</td><td>geo; gpe when a place (see below)</td><td>Location</td><td>LOCATION</td>
 *       <td>LOCATION</td></tr>
 *   <tr><td>NORP</td><td>gpe when not a place</td><td>Nationality</td><td>(none)</td><td>NORP</td></tr>
 *   <tr><td>not scored</td><td>tim, art, eve, nat</td><td>Temporal, Weapon, Vehicle, Money, Quantity, ...</td>
 *       <td>MISC</td><td>MISC</td></tr>
 * </table>
 *
 * <p>GMB's gpe covers both countries used as actors ("Iran said") and nationality adjectives ("Iranian troops").
 * A gpe span is scored as LOCATION when the same text is annotated geo somewhere in the same file (the annotators
 * themselves call it a place) or is the English name of a country in the JDK's ISO 3166 list (some countries are
 * only ever annotated gpe), else as NORP. The rule uses the gold file and the JDK, not mediamon's lexicons, so that
 * extending the demonym list cannot change the gold.
 *
 * <p>CoreNLP has no nationality class: its MISC covers nationalities, events, works and more, so raw CoreNLP is
 * scored without MISC, which is how the evaluation data's README measured it.
 */
public final class TypeMapping {

    /** The types scored, in report order. */
    public static final List<EntityType> SCORED = List.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.LOCATION, EntityType.NORP);

    /** English names of the ISO 3166 countries, as the JDK knows them ("Jordan", "Niger", "United States"). */
    private static final Set<String> COUNTRY_NAMES = Arrays.stream(Locale.getISOCountries())
            .map(code -> new Locale("", code).getDisplayCountry(Locale.ENGLISH))
            .collect(Collectors.toUnmodifiableSet());

    private TypeMapping() {
    }

    /**
     * A GMB tag's type (without B-/I-), or null when not scored.
     *
     * @param spanText  the span's tokens joined by spaces
     * @param geoTexts  every span text the file annotates geo
     */
    public static EntityType gmb(String tag, String spanText, Set<String> geoTexts) {
        return switch (tag) {
            case "per" -> EntityType.PERSON;
            case "org" -> EntityType.ORGANIZATION;
            case "geo" -> EntityType.LOCATION;
            case "gpe" -> geoTexts.contains(spanText) || COUNTRY_NAMES.contains(spanText)
                    ? EntityType.LOCATION : EntityType.NORP;
            default -> null;
        };
    }

    /** A re3d entity type's type, or null when not scored. */
    public static EntityType re3d(String type) {
        return switch (type) {
            case "Person" -> EntityType.PERSON;
            case "Organisation" -> EntityType.ORGANIZATION;
            case "Location" -> EntityType.LOCATION;
            case "Nationality" -> EntityType.NORP;
            default -> null;
        };
    }

    /** A CoreNLP class's type, or null when not scored (MISC). */
    public static EntityType coreNlp(String label) {
        return switch (label) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.LOCATION;
            default -> null;
        };
    }

    /** A mediamon entity type, or null when not scored (MISC). */
    public static EntityType mediamon(EntityType type) {
        return SCORED.contains(type) ? type : null;
    }
}
