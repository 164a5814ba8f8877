package io.mediamon.extractor.dedup.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Makes edited copies of a document. Substituted words and byline names are drawn from the corpus itself, so no
 * word list is needed and the replacements are real news vocabulary.
 */
public final class CopyEditor {
  private final Random random;
  private final List<String> words;
  private final List<String> names;

  /**
   * @param corpus where replacement words and byline names come from
   * @param random reproducible choices
   */
  public CopyEditor(List<EvalDocument> corpus, Random random) {
    this.random = random;
    TreeSet<String> all = new TreeSet<>();
    TreeSet<String> capitalized = new TreeSet<>();
    for (EvalDocument doc : corpus) {
      for (List<String> paragraph : doc.paragraphs()) {
        for (String sentence : paragraph) {
          for (String word : sentence.split("\\s+")) {
            if (word.matches("\\p{L}{3,}")) {
              all.add(word.toLowerCase(java.util.Locale.ROOT));
              if (Character.isUpperCase(word.charAt(0)) && word.substring(1).chars().allMatch(Character::isLowerCase)) {
                capitalized.add(word);
              }
            }
          }
        }
      }
    }
    if (all.isEmpty() || capitalized.size() < 3) {
      throw new IllegalArgumentException("the corpus has too few words to draw replacements from");
    }
    this.words = List.copyOf(all);
    this.names = List.copyOf(capitalized);
  }

  /** A copy of the document with the given edit, under a new id. */
  public EvalDocument copy(EvalDocument original, CopyEdit edit) {
    String headline = original.headline();
    List<List<String>> paragraphs = new ArrayList<>();
    original.paragraphs().forEach(p -> paragraphs.add(new ArrayList<>(p)));
    switch (edit) {
      case NEW_HEADLINE -> headline = newHeadline(paragraphs);
      case BYLINE -> headline = withByline(headline);
      case TRIMMED_END -> trimEnd(paragraphs);
      case WORD_SUBSTITUTIONS -> substitute(paragraphs, 3);
      case REORDERED_PARAGRAPHS -> reorder(paragraphs);
      case ALL_OF_THE_ABOVE, HEAVY_REWRITE -> {
        trimEnd(paragraphs);
        substitute(paragraphs, edit == CopyEdit.HEAVY_REWRITE ? 10 : 3);
        reorder(paragraphs);
        headline = withByline(newHeadline(paragraphs));
      }
      default -> throw new IllegalArgumentException("unknown edit " + edit);
    }
    return new EvalDocument(original.id() + "~" + edit.name().toLowerCase(java.util.Locale.ROOT),
        original.collection(), original.position(), headline, paragraphs);
  }

  private String newHeadline(List<List<String>> paragraphs) {
    List<String> sentences = paragraphs.stream().flatMap(List::stream).toList();
    String sentence = sentences.get(random.nextInt(sentences.size()));
    int length = sentence.split("\\s+").length;
    return Headlines.fromWords(sentence, random.nextInt(Math.max(1, length - 6)), 6 + random.nextInt(4));
  }

  /** The byline goes on its own line between headline and body, as pages print it. */
  private String withByline(String headline) {
    return headline + "\n\nBy " + name() + " " + name() + ", " + name() + " News";
  }

  private String name() {
    return names.get(random.nextInt(names.size()));
  }

  private static void trimEnd(List<List<String>> paragraphs) {
    if (paragraphs.size() >= 2) {
      paragraphs.remove(paragraphs.size() - 1);
    } else if (paragraphs.get(0).size() >= 2) {
      paragraphs.get(0).remove(paragraphs.get(0).size() - 1);
    }
  }

  private void substitute(List<List<String>> paragraphs, int count) {
    for (int n = 0; n < count; n++) {
      List<String> paragraph = paragraphs.get(random.nextInt(paragraphs.size()));
      int s = random.nextInt(paragraph.size());
      String[] tokens = paragraph.get(s).split(" ");
      List<Integer> replaceable = new ArrayList<>();
      for (int i = 0; i < tokens.length; i++) {
        if (tokens[i].matches("\\p{L}{3,}")) {
          replaceable.add(i);
        }
      }
      if (replaceable.isEmpty()) {
        continue;
      }
      int at = replaceable.get(random.nextInt(replaceable.size()));
      tokens[at] = words.get(random.nextInt(words.size()));
      paragraph.set(s, String.join(" ", tokens));
    }
  }

  private void reorder(List<List<String>> paragraphs) {
    if (paragraphs.size() >= 2) {
      int i = random.nextInt(paragraphs.size());
      int j = (i + 1 + random.nextInt(paragraphs.size() - 1)) % paragraphs.size();
      Collections.swap(paragraphs, i, j);
    }
  }
}
