package io.mediamon.extractor.dedup.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Real news text from the annotated evaluation data (not part of the repository): the re3d U.S. State Department
 * documents as they are, and the GMB/VOA sentences grouped, in their order, into articles of 6 to 16 sentences in
 * paragraphs of 1 to 3 sentences (a last remainder of fewer than 6 sentences is left out). The GMB file has no document boundaries, so a grouped article may span the end of
 * one VOA story and the start of the next, and neighbouring articles often report the same story.
 */
public final class EvalCorpus {
  public static final String RE3D_DOCUMENTS = "re3d-us-state-department/documents.json";
  public static final String GMB_SENTENCES = "gmb-voa/dev.conll";

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n|\\n");
  /** A sentence ends at . ! or ? followed by space and a capital letter or an opening quote. */
  private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\\p{Lu}\"“‘(])");
  private static final Pattern NO_SPACE_BEFORE = Pattern.compile(" (?=[.,;:!?%)\\]}]|'s\\b|n't\\b|'re\\b|'ve\\b|'ll\\b|'d\\b|'m\\b)");
  private static final Pattern NO_SPACE_AFTER = Pattern.compile("(?<=[($\\[{]) ");

  private EvalCorpus() {}

  /**
   * Reads both collections from the evaluation directory.
   *
   * @param seed the grouping of GMB sentences into articles and paragraphs is random but reproducible
   * @throws IOException when a file is missing or unreadable
   */
  public static List<EvalDocument> read(Path evalDir, long seed) throws IOException {
    List<EvalDocument> documents = new ArrayList<>(re3d(evalDir.resolve(RE3D_DOCUMENTS)));
    documents.addAll(gmb(evalDir.resolve(GMB_SENTENCES), new Random(seed)));
    return documents;
  }

  static List<EvalDocument> re3d(Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<EvalDocument> documents = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        line = line.replace("\uFEFF", "").strip();
        if (line.isEmpty()) {
          continue;
        }
        JsonNode doc = mapper.readTree(line);
        List<List<String>> paragraphs = new ArrayList<>();
        for (String paragraph : PARAGRAPH_BREAK.split(doc.path("text").asText())) {
          List<String> sentences = Arrays.stream(SENTENCE_BREAK.split(paragraph.strip()))
              .map(String::strip).filter(s -> !s.isEmpty()).toList();
          if (!sentences.isEmpty()) {
            paragraphs.add(sentences);
          }
        }
        if (!paragraphs.isEmpty()) {
          documents.add(new EvalDocument("re3d-" + doc.path("_id").asText(), "re3d", documents.size(),
              doc.path("title").asText(), paragraphs));
        }
      }
    }
    if (documents.isEmpty()) {
      throw new IOException(file + " holds no documents");
    }
    return documents;
  }

  static List<EvalDocument> gmb(Path file, Random random) throws IOException {
    List<String> sentences = sentences(file);
    List<EvalDocument> documents = new ArrayList<>();
    int next = 0;
    while (sentences.size() - next >= 6) {
      int size = Math.min(6 + random.nextInt(11), sentences.size() - next);
      List<String> mine = sentences.subList(next, next + size);
      next += size;
      List<List<String>> paragraphs = new ArrayList<>();
      int at = 0;
      while (at < mine.size()) {
        int length = Math.min(1 + random.nextInt(3), mine.size() - at);
        paragraphs.add(mine.subList(at, at + length));
        at += length;
      }
      // GMB has no headlines; the lead sentence's opening words stand in, as on many news pages.
      documents.add(new EvalDocument("gmb-" + documents.size(), "gmb", documents.size(),
          Headlines.fromWords(mine.get(0), 0, 8), paragraphs));
    }
    if (documents.isEmpty()) {
      throw new IOException(file + " holds fewer than 6 sentences");
    }
    return documents;
  }

  /** The sentences of a CoNLL file (token TAB tag per line, blank line between sentences), detokenized. */
  static List<String> sentences(Path file) throws IOException {
    List<String> sentences = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          flush(tokens, sentences);
        } else {
          int tab = line.indexOf('\t');
          tokens.add(tab < 0 ? line.strip() : line.substring(0, tab));
        }
      }
    }
    flush(tokens, sentences);
    return sentences;
  }

  private static void flush(List<String> tokens, List<String> sentences) {
    if (!tokens.isEmpty()) {
      sentences.add(detokenize(String.join(" ", tokens)));
      tokens.clear();
    }
  }

  static String detokenize(String spaced) {
    return NO_SPACE_AFTER.matcher(NO_SPACE_BEFORE.matcher(spaced).replaceAll("")).replaceAll("");
  }
}
