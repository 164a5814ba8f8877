package io.mediamon.evaluation.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PolNeAR's attribution annotations (brat standoff, see ../shared/eval/polnear-dev/README.md): for each article of
 * {@code metadata.tsv}, its text and the attributions of its first listed annotator. {@code T} lines are spans
 * ({@code T3<TAB>Content 115 290<TAB>text}, discontinuous spans as {@code 1 5;9 12}); {@code E} lines tie an
 * attribution's Content, Cue and Source together.
 */
final class PolnearCorpus {
  record Document(String name, String text, List<GoldAttribution> attributions) {}

  private record Span(String type, List<int[]> ranges) {
    int begin() {
      return ranges.get(0)[0];
    }

    String text(String document) {
      StringBuilder text = new StringBuilder();
      for (int[] range : ranges) {
        if (!text.isEmpty()) {
          text.append(' ');
        }
        text.append(document, Math.max(0, range[0]), Math.min(document.length(), range[1]));
      }
      return text.toString();
    }
  }

  private PolnearCorpus() {}

  /** The span of one role, or of its pieces in text order as one span; null when the role is absent. */
  private static Span joined(Map<String, Span> spans, String ids) {
    if (ids == null) {
      return null;
    }
    List<int[]> ranges = new ArrayList<>();
    String type = null;
    for (String id : ids.split(" ")) {
      Span piece = spans.get(id);
      if (piece != null) {
        ranges.addAll(piece.ranges());
        type = piece.type();
      }
    }
    ranges.sort(Comparator.comparingInt(r -> r[0]));
    return ranges.isEmpty() ? null : new Span(type, ranges);
  }

  /** The articles that could be read, and why each other one could not (one line each, naming its file). */
  record Corpus(List<Document> documents, List<String> skipped) {}

  /**
   * Every article of {@code metadata.tsv} with its text and its first listed annotator's attributions (the next
   * listed annotator's when that file is missing). An article whose text or attributions are missing or malformed
   * is skipped with the reason, so that one bad file does not stop the evaluation of the others.
   */
  static Corpus read(Path dir) {
    Path metadata = dir.resolve("metadata.tsv");
    if (!Files.isRegularFile(metadata)) {
      throw new IllegalArgumentException(dir + " has no metadata.tsv (expected PolNeAR's layout: metadata.tsv, "
          + "text/, attributions/)");
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(metadata, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + metadata + ": " + e.getMessage(), e);
    }
    List<String> header = lines.isEmpty() ? List.of() : List.of(lines.get(0).split("\t", -1));
    int nameColumn = header.indexOf("filename");
    int annotatorsColumn = header.indexOf("annotators");
    if (nameColumn < 0 || annotatorsColumn < 0) {
      throw new IllegalArgumentException(metadata + ": the header must name the columns 'filename' and "
          + "'annotators'; it has " + header);
    }
    List<Document> documents = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length <= Math.max(nameColumn, annotatorsColumn)) {
        skipped.add(metadata.getFileName() + " line " + (i + 1) + ": fewer columns than the header");
        continue;
      }
      String name = cells[nameColumn];
      try {
        documents.add(document(dir, name, cells[annotatorsColumn]));
      } catch (IOException | RuntimeException e) {
        skipped.add(name + ": " + (e instanceof NoSuchFileException ? "no file " + e.getMessage()
            : e.getMessage()));
      }
    }
    return new Corpus(documents, skipped);
  }

  private static Document document(Path dir, String name, String annotators) throws IOException {
    String text = Files.readString(dir.resolve("text").resolve(name + ".txt"), StandardCharsets.UTF_8);
    Path ann = null;
    for (String annotator : annotators.split("[,;| ]+")) {
      Path candidate = dir.resolve("attributions").resolve(name + "_" + annotator.strip() + ".ann");
      if (!annotator.isBlank() && Files.isRegularFile(candidate)) {
        ann = candidate;
        break;
      }
    }
    if (ann == null) {
      throw new IllegalArgumentException("no attributions file of its annotators (" + annotators + ") in "
          + dir.resolve("attributions"));
    }
    try {
      return new Document(name, text, attributions(name, text, Files.readAllLines(ann, StandardCharsets.UTF_8)));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(ann.getFileName() + " is not brat standoff as PolNeAR writes it ("
          + e + ")", e);
    }
  }

  static List<GoldAttribution> attributions(String document, String text, List<String> ann) {
    Map<String, Span> spans = new HashMap<>();
    List<Map<String, String>> events = new ArrayList<>();
    for (String line : ann) {
      String[] cells = line.split("\t");
      if (cells.length >= 2 && cells[0].startsWith("T")) {
        String[] typeAndRanges = cells[1].split(" ", 2);
        List<int[]> ranges = new ArrayList<>();
        for (String range : typeAndRanges[1].split(";")) {
          String[] ends = range.trim().split(" ");
          ranges.add(new int[] {Integer.parseInt(ends[0]), Integer.parseInt(ends[1])});
        }
        spans.put(cells[0], new Span(typeAndRanges[0], ranges));
      } else if (cells.length >= 2 && cells[0].startsWith("E")) {
        Map<String, String> roles = new HashMap<>();
        for (String role : cells[1].trim().split(" ")) {
          String[] kv = role.split(":");
          if (kv.length == 2) {
            // A content in pieces ("Content:T3 Content2:T9", a quote split by its attribution) is one content: its
            // pieces' span ids are kept together and joined below.
            roles.merge(kv[0].replaceAll("\\d+$", ""), kv[1], (a, b) -> a + " " + b);
          }
        }
        events.add(roles);
      }
    }
    record Raw(Span content, Span source, Span cue) {}
    List<Raw> raws = new ArrayList<>();
    for (Map<String, String> roles : events) {
      Span content = joined(spans, roles.get("Content"));
      if (content != null) {
        raws.add(new Raw(content, joined(spans, roles.get("Source")), joined(spans, roles.get("Cue"))));
      }
    }
    raws.sort(Comparator.comparingInt(r -> r.content().begin()));
    // Named sources by offset, for the nearest-earlier referent of a pronoun.
    List<Span> named = raws.stream().map(Raw::source).filter(s -> s != null
        && SourceKind.of(s.text(text), text) == SourceKind.NAMED).sorted(Comparator.comparingInt(Span::begin)).toList();
    List<GoldAttribution> attributions = new ArrayList<>();
    for (Raw raw : raws) {
      String source = raw.source() == null ? null : raw.source().text(text);
      SourceKind kind = SourceKind.of(source, text);
      String referent = null;
      if (kind == SourceKind.PRONOUN) {
        int at = raw.source().begin();
        referent = SourceKind.RELATIVE.contains(source.strip().toLowerCase(java.util.Locale.ROOT))
            ? antecedentName(text, at) : null;
        if (referent == null) {
          referent = named.stream().filter(s -> s.begin() < at).reduce((a, b) -> b).map(s -> s.text(text))
              .orElse(null);
        }
      }
      attributions.add(new GoldAttribution(document, raw.content().text(text), raw.content().begin(), source,
          raw.source() == null ? -1 : raw.source().begin(), raw.cue() == null ? null : raw.cue().text(text),
          direct(text, raw.content()), kind, referent));
    }
    return attributions;
  }

  private static final java.util.regex.Pattern TRAILING_NAME = java.util.regex.Pattern.compile(
      "(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:of\\s+|the\\s+|for\\s+)*\\p{Lu}[\\p{L}.'’-]*)*)\\s*,?\\s*$");

  /**
   * A relative pronoun's antecedent when a name stands right before it ("Tim Kaine, who ..."), else null (the
   * nearest earlier named source is taken then, as for other pronouns).
   */
  static String antecedentName(String text, int pronounBegin) {
    String before = text.substring(Math.max(0, pronounBegin - 120), pronounBegin);
    java.util.regex.Matcher m = TRAILING_NAME.matcher(before);
    return m.find() ? m.group(1) : null;
  }

  /** Quoted when the content starts or ends with a quotation mark, or one stands right before or after it. */
  private static boolean direct(String text, Span content) {
    int begin = content.begin();
    int end = content.ranges().get(content.ranges().size() - 1)[1];
    String inside = content.text(text).strip();
    return isQuote(inside.isEmpty() ? ' ' : inside.charAt(0))
        || isQuote(inside.isEmpty() ? ' ' : inside.charAt(inside.length() - 1))
        || (begin > 0 && isQuote(text.charAt(begin - 1))) || (end < text.length() && isQuote(text.charAt(end)));
  }

  /** Double quotation marks and the opening single one (the closing single one is also the apostrophe). */
  private static boolean isQuote(char c) {
    return c == '"' || c == '“' || c == '”' || c == '‘';
  }
}
