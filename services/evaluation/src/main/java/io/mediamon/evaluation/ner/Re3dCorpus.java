package io.mediamon.evaluation.ner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediamon.schema.EntityType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads re3d-style annotations from a directory: documents.json (one JSON object a line: "_id", "text") and
 * entities.json (one a line: "documentId", "begin", "end", "type", "value"), either file possibly starting with a
 * UTF-8 byte order mark. Offsets are Java string indices into "text"; every entity's "value" must equal the text
 * at its offsets, so that offsets counted differently fail loudly instead of scoring wrong. Annotations may nest
 * ("The United States" as Organisation around "United States" as Location): each is a gold span of its own.
 * Types map as in {@link TypeMapping#re3d}; others are not scored.
 */
public final class Re3dCorpus {

    public static final String DOCUMENTS = "documents.json";
    public static final String ENTITIES = "entities.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Re3dCorpus() {
    }

    /** Whether the directory holds re3d files. */
    public static boolean isCorpus(Path dir) {
        return Files.isRegularFile(dir.resolve(DOCUMENTS)) && Files.isRegularFile(dir.resolve(ENTITIES));
    }

    /**
     * Reads the directory.
     *
     * @param limit score only the first this many documents (in file order); 0 for all
     */
    public static Dataset read(Path dir, int limit, GoldTitles titles) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (JsonNode doc : jsonLines(dir.resolve(DOCUMENTS))) {
            texts.put(required(doc, "_id").asText(), required(doc, "text").asText());
        }
        Map<String, List<Span>> gold = new LinkedHashMap<>();
        texts.keySet().forEach(id -> gold.put(id, new ArrayList<>()));
        for (JsonNode e : jsonLines(dir.resolve(ENTITIES))) {
            String documentId = required(e, "documentId").asText();
            String text = texts.get(documentId);
            if (text == null) {
                throw new IllegalArgumentException(ENTITIES + ": entity of unknown document " + documentId);
            }
            int begin = required(e, "begin").asInt();
            int end = required(e, "end").asInt();
            String value = required(e, "value").asText();
            if (begin < 0 || end > text.length() || end <= begin || !text.substring(begin, end).equals(value)) {
                throw new IllegalArgumentException(ENTITIES + ": \"" + value + "\" at [" + begin + ", " + end
                        + ") does not match the text of document " + documentId);
            }
            EntityType type = TypeMapping.re3d(required(e, "type").asText());
            if (type != null) {
                gold.get(documentId).add(new Span(begin, end, type));
            }
        }
        List<EvalDocument> documents = new ArrayList<>();
        int characters = 0;
        for (Map.Entry<String, String> doc : texts.entrySet()) {
            if (limit > 0 && documents.size() >= limit) {
                break;
            }
            documents.add(EvalDocument.ofCharacters(doc.getKey(), doc.getValue(),
                    titles.apply(doc.getValue(), gold.get(doc.getKey()))));
            characters += doc.getValue().length();
        }
        String description = String.format(Locale.ROOT, "%,d documents, %,d characters", documents.size(), characters);
        return new Dataset(dir.toString(), documents, description);
    }

    private static List<JsonNode> jsonLines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (n == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (!line.isBlank()) {
                try {
                    nodes.add(JSON.readTree(line));
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException(file + ":" + (n + 1) + ": not JSON: " + e.getOriginalMessage(),
                            e);
                }
            }
        }
        return nodes;
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing \"" + field + "\" in " + node);
        }
        return value;
    }
}
