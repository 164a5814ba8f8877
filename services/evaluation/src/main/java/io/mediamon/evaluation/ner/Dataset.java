package io.mediamon.evaluation.ner;

import java.util.List;

/**
 * Annotated documents read from one file or directory.
 *
 * @param name        what the documents were read from
 * @param documents   the documents to score
 * @param description what was read, for the report ("1,000 sentences in 100 documents, 21,512 tokens")
 */
public record Dataset(String name, List<EvalDocument> documents, String description) {

    public Dataset {
        documents = List.copyOf(documents);
    }
}
