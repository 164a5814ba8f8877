package io.mediamon.evaluation.ner;

import io.mediamon.schema.EntityType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads CoNLL-style annotations: one token a line, the token in the first column and a BIO tag (B-per, I-per, O) in
 * the last (tab or space separated), a blank line between sentences, "-DOCSTART-" lines between documents.
 *
 * <p>The systems read text, not tokens, so the text is rebuilt: tokens joined by one space, sentences by a blank
 * line (which the sentence splitter honours, so the gold's sentence boundaries are kept). Consecutive sentences are
 * grouped into pseudo-documents of a fixed number of sentences, so that document-level work (a surname linked to
 * the full name, an acronym to its long form) can happen as it does in an article; GMB's sentences come in story
 * order but without story boundaries, so a pseudo-document may join the end of one story and the start of the next.
 * Predictions are mapped back to the tokens they overlap.
 *
 * <p>Tags, case-insensitively: per/person, org/organization, geo/loc/location, norp, and gpe (see
 * {@link TypeMapping#gmb}); others (tim, art, eve, nat, misc) are not scored.
 */
public final class ConllCorpus {

    private record Tagged(String token, String tag) {
    }

    private ConllCorpus() {
    }

    /**
     * Reads the file.
     *
     * @param sentencesPerDocument sentences per pseudo-document (at least 1)
     * @param limit                score only the first this many sentences; 0 for all
     */
    public static Dataset read(Path file, int sentencesPerDocument, int limit, GoldTitles titles) throws IOException {
        if (sentencesPerDocument < 1) {
            throw new IllegalArgumentException("sentences per document must be at least 1");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<List<List<Tagged>>> documents = parse(file, lines);
        Set<String> geoTexts = geoTexts(documents);

        List<EvalDocument> out = new ArrayList<>();
        int sentences = 0;
        int tokens = 0;
        reading:
        for (List<List<Tagged>> document : documents) {
            for (int from = 0; from < document.size(); from += sentencesPerDocument) {
                int to = Math.min(document.size(), from + sentencesPerDocument);
                List<List<Tagged>> group = document.subList(from, to);
                if (limit > 0 && sentences + group.size() > limit) {
                    group = group.subList(0, limit - sentences);
                }
                if (group.isEmpty()) {
                    break reading;
                }
                String id = "sentences " + (sentences + 1) + "-" + (sentences + group.size());
                EvalDocument doc = build(id, group, geoTexts, titles);
                out.add(doc);
                sentences += group.size();
                tokens += doc.tokenCount();
                if (limit > 0 && sentences >= limit) {
                    break reading;
                }
            }
        }
        String description = String.format(Locale.ROOT, "%,d sentences in %,d documents of up to %d, %,d tokens",
                sentences, out.size(), sentencesPerDocument, tokens);
        return new Dataset(file.toString(), out, description);
    }

    /** Documents (split at -DOCSTART-) of sentences of tagged tokens. */
    private static List<List<List<Tagged>>> parse(Path file, List<String> lines) {
        List<List<List<Tagged>>> documents = new ArrayList<>();
        List<List<Tagged>> document = new ArrayList<>();
        List<Tagged> sentence = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = n == 0 ? stripBom(lines.get(n)) : lines.get(n);
            if (line.isBlank() || line.startsWith("-DOCSTART-")) {
                if (!sentence.isEmpty()) {
                    document.add(sentence);
                    sentence = new ArrayList<>();
                }
                if (line.startsWith("-DOCSTART-") && !document.isEmpty()) {
                    documents.add(document);
                    document = new ArrayList<>();
                }
                continue;
            }
            String[] cells = line.strip().split(line.indexOf('\t') >= 0 ? "\t" : "\\s+");
            if (cells.length < 2) {
                throw new IllegalArgumentException(file + ":" + (n + 1) + ": expected a token and a tag: " + line);
            }
            sentence.add(new Tagged(cells[0].strip(), cells[cells.length - 1].strip()));
        }
        if (!sentence.isEmpty()) {
            document.add(sentence);
        }
        if (!document.isEmpty()) {
            documents.add(document);
        }
        return documents;
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    /** A span of tokens [start, end) in a sentence with its tag type (lowercase, without B-/I-). */
    private record Chunk(int start, int end, String tag) {
    }

    private static List<Chunk> chunks(List<Tagged> sentence) {
        List<Chunk> chunks = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= sentence.size(); i++) {
            String tag = i < sentence.size() ? sentence.get(i).tag() : "O";
            boolean inside = tag.length() > 2 && (tag.startsWith("I-") || tag.startsWith("B-"));
            String tagType = inside ? tag.substring(2).toLowerCase(Locale.ROOT) : null;
            boolean continues = inside && tag.startsWith("I-") && tagType.equals(type);
            if (type != null && !continues) {
                chunks.add(new Chunk(start, i, type));
                type = null;
            }
            if (inside && !continues) {
                // B-x, or an I-x that follows O or another type: a new span either way.
                start = i;
                type = tagType;
            }
        }
        return chunks;
    }

    private static String joined(List<Tagged> sentence, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(' ');
            }
            b.append(sentence.get(i).token());
        }
        return b.toString();
    }

    private static Set<String> geoTexts(List<List<List<Tagged>>> documents) {
        Set<String> geo = new HashSet<>();
        for (List<List<Tagged>> document : documents) {
            for (List<Tagged> sentence : document) {
                for (Chunk c : chunks(sentence)) {
                    if (c.tag().equals("geo")) {
                        geo.add(joined(sentence, c.start(), c.end()));
                    }
                }
            }
        }
        return geo;
    }

    private static EntityType type(String tag, String text, Set<String> geoTexts) {
        return switch (tag) {
            case "person" -> EntityType.PERSON;
            case "organization" -> EntityType.ORGANIZATION;
            case "loc", "location" -> EntityType.LOCATION;
            case "norp" -> EntityType.NORP;
            default -> TypeMapping.gmb(tag, text, geoTexts);
        };
    }

    private static EvalDocument build(String id, List<List<Tagged>> sentences, Set<String> geoTexts,
                                      GoldTitles titles) {
        StringBuilder text = new StringBuilder();
        List<Integer> begins = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        List<Span> gold = new ArrayList<>();
        for (List<Tagged> sentence : sentences) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            int first = begins.size();
            for (int i = 0; i < sentence.size(); i++) {
                if (i > 0) {
                    text.append(' ');
                }
                begins.add(text.length());
                text.append(sentence.get(i).token());
                ends.add(text.length());
            }
            for (Chunk c : chunks(sentence)) {
                EntityType type = type(c.tag(), joined(sentence, c.start(), c.end()), geoTexts);
                if (type != null) {
                    gold.add(new Span(begins.get(first + c.start()), ends.get(first + c.end() - 1), type));
                }
            }
        }
        String docText = text.toString();
        return EvalDocument.ofTokens(id, docText, titles.apply(docText, gold),
                begins.stream().mapToInt(Integer::intValue).toArray(),
                ends.stream().mapToInt(Integer::intValue).toArray());
    }
}
