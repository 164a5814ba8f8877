package io.mediamon.evaluation.ner;

import io.mediamon.schema.EntityType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Scores one system over documents, per type and over all scored types (micro-averaged: the counts of all types
 * added up). See {@link Tally} for strict and lenient matching. Spans are compared as sets: a duplicate prediction
 * or gold span counts once. Not thread-safe: add documents from one thread.
 */
public final class Scoreboard {

    /**
     * A span the system got wrong in strict terms: a miss (gold not predicted) or a false alarm.
     *
     * @param offset    where the span starts (character offset into the document's text)
     * @param otherType the type of a span with the same extent on the other side (a type error), or null
     * @param context   the text around the span, on one line
     */
    public record Error(String documentId, boolean miss, EntityType type, String text, String otherType, int offset,
                        String context) {
    }

    private static final int CONTEXT = 50;

    private final Map<EntityType, Tally> byType = new EnumMap<>(EntityType.class);

    public Scoreboard() {
        TypeMapping.SCORED.forEach(t -> byType.put(t, new Tally()));
    }

    /**
     * Adds one document's predictions (character spans into its text; types outside {@link TypeMapping#SCORED} are
     * ignored) and reports each strict error to the consumer.
     */
    public void add(EvalDocument doc, List<Span> predictedCharacters, Consumer<Error> errors) {
        Set<Span> gold = scored(doc.comparable(doc.gold()));
        Set<Span> predicted = scored(doc.comparable(predictedCharacters));
        for (EntityType type : TypeMapping.SCORED) {
            List<Span> g = ofType(gold, type);
            List<Span> p = ofType(predicted, type);
            long strict = p.stream().filter(gold::contains).count();
            long lenientCorrect = p.stream().filter(s -> g.stream().anyMatch(s::overlaps)).count();
            long lenientFound = g.stream().filter(s -> p.stream().anyMatch(s::overlaps)).count();
            byType.get(type).add(g.size(), p.size(), strict, lenientCorrect, lenientFound);
        }
        for (Span s : gold) {
            if (!predicted.contains(s)) {
                errors.accept(error(doc, true, s, sameExtent(predicted, s)));
            }
        }
        for (Span s : predicted) {
            if (!gold.contains(s)) {
                errors.accept(error(doc, false, s, sameExtent(gold, s)));
            }
        }
    }

    private static Error error(EvalDocument doc, boolean miss, Span comparable, String otherType) {
        int begin = doc.characterBegin(comparable);
        int end = doc.characterEnd(comparable);
        String text = doc.text();
        String context = text.substring(Math.max(0, begin - CONTEXT), Math.min(text.length(), end + CONTEXT))
                .replaceAll("\\s+", " ");
        return new Error(doc.id(), miss, comparable.type(), text.substring(begin, end), otherType, begin, context);
    }

    /** The counts of one type. */
    public Tally tally(EntityType type) {
        Tally t = byType.get(type);
        if (t == null) {
            throw new IllegalArgumentException(type + " is not scored");
        }
        return t;
    }

    /** The counts of all scored types together. */
    public Tally all() {
        Tally all = new Tally();
        byType.values().forEach(all::add);
        return all;
    }

    private static Set<Span> scored(List<Span> spans) {
        Set<Span> out = new LinkedHashSet<>();
        for (Span s : spans) {
            if (TypeMapping.SCORED.contains(s.type())) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<Span> ofType(Set<Span> spans, EntityType type) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (s.type() == type) {
                out.add(s);
            }
        }
        return out;
    }

    /** The type of a span with the same extent but another type, or null: a type error rather than a span error. */
    private static String sameExtent(Set<Span> spans, Span s) {
        for (Span other : spans) {
            if (other.begin() == s.begin() && other.end() == s.end() && other.type() != s.type()) {
                return other.type().name();
            }
        }
        return null;
    }
}
