package io.mediamon.extractor.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versions of the entity layer's resource files, from the "# version: N" line each starts with, so that an
 * evaluation report says which vocabulary produced it.
 */
public final class EntityVocabulary {

    /** The resource files (under mediamon/nlp/) the entity layer reads. */
    public static final List<String> FILES = List.of("aliases.tsv", "demonyms.tsv", "titles.txt", "place-nouns.txt",
            "places.tsv");

    private static final Pattern VERSION = Pattern.compile("^#\\s*version:\\s*(\\S+)\\s*$");

    private EntityVocabulary() {
    }

    /** File name to version, in {@link #FILES} order. */
    public static Map<String, String> versions() {
        Map<String, String> versions = new LinkedHashMap<>();
        FILES.forEach(f -> versions.put(f, version(f)));
        return versions;
    }

    /** The version a resource file declares on its first line; an error if it declares none. */
    static String version(String file) {
        String path = "/mediamon/nlp/" + file;
        try (InputStream in = EntityVocabulary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            String first = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            Matcher m = VERSION.matcher(first == null ? "" : first);
            if (!m.matches()) {
                throw new IllegalStateException(path + " does not start with a '# version: N' line");
            }
            return m.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
