package io.mediamon.extractor.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the vocabulary files under mediamon/nlp/ on the class path: one entry a line, tab-separated, # comments. */
final class ResourceFile {

    private static final String DIRECTORY = "/mediamon/nlp/";

    private ResourceFile() {
    }

    /** The non-empty, non-comment lines of the file, each split at tabs. */
    static List<String[]> rows(String name) {
        String path = DIRECTORY + name;
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = ResourceFile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    String[] cells = trimmed.split("\t");
                    for (int i = 0; i < cells.length; i++) {
                        cells[i] = cells[i].strip();
                    }
                    rows.add(cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return rows;
    }

    /** The first cell of every row. */
    static List<String> lines(String name) {
        return rows(name).stream().map(r -> r[0]).toList();
    }
}
