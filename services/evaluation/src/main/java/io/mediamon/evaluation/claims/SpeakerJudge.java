package io.mediamon.evaluation.claims;

import io.mediamon.schema.Claim;
import io.mediamon.schema.Entity;
import io.mediamon.schema.SpeakerKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a system speaker names the gold source. The source is read without the owners of possessives ("Clinton's
 * communications director" is not Clinton, "a spokesman for the ministry" keeps "ministry"); the speaker is right when
 * its whole name is there, or its last word for a name of several words (a surname: "Clinton" for "Hillary
 * Clinton"), or every capitalised word of the source is in the speaker's name ("the Post" for "New York Post"). A
 * description with no capitalised word is named by a speaker whose name holds its head, the description's last word
 * ("the commission" by "Commission on Presidential Debates"); other descriptions ("the former president") cannot be
 * checked without the coreference PolNeAR does not annotate, and count as not named, unless the speaker is an entity
 * the text gives that role ("the president" by Barack Obama, whom the article calls President) or the system kept
 * the speaker as a description with the same head ("experts" by "several experts", "a source" by "a source close to
 * the campaign").
 */
final class SpeakerJudge {
  private static final Pattern POSSESSIVE = Pattern.compile("[\\p{L}\\p{N}.\\- ]+?['’]s?\\s+(?=\\p{L})");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** Words after which a description's head has been read: "a source [familiar with ...]", "officials [at ...]". */
  private static final Set<String> POST_MODIFIERS = Set.of("for", "of", "at", "in", "with", "from", "on", "to", "by",
      "who", "that", "which", "close", "familiar", "inside", "within", "near", "under", "working", "involved");

  private SpeakerJudge() {}

  /**
   * Whether a system claim names the gold source: its speaker, or, when the system resolved no one, its speaker kept
   * as a description.
   */
  static boolean right(Claim claim, GoldAttribution gold, List<Entity> entities) {
    String expected = gold.expectedName();
    boolean description = gold.kind() == SourceKind.DESCRIPTION;
    if (claim.getSpeaker() != null) {
      return right(claim.getSpeaker(), expected)
          || (description && namedByRole(claim.getSpeaker(), expected, entities));
    }
    // A description kept as written names a source with the same head, even one PolNeAR's capitals make look like a
    // name ("The Republican presidential nominee"); a pronoun's source is its referent, which a description is not.
    if (claim.getSpeakerKind() == SpeakerKind.NAME) {
      return right(claim.getSpeakerText(), expected); // a name no entity stands for: "WALLACE", "The Daily Beast"
    }
    return gold.kind() != SourceKind.PRONOUN && claim.getSpeakerKind() == SpeakerKind.DESCRIPTION
        && sameDescription(claim.getSpeakerText(), expected);
  }

  /**
   * Whether the system names a speaker at all: an entity, a name no entity stands for, or a description that can
   * speak.
   */
  static boolean hasSpeaker(Claim claim) {
    return claim.getSpeaker() != null || (claim.getSpeakerText() != null
        && (claim.getSpeakerKind() == SpeakerKind.DESCRIPTION || claim.getSpeakerKind() == SpeakerKind.NAME));
  }

  /** "the president" by the entity the article calls President: a description resolved to the one it names. */
  static boolean namedByRole(String speaker, String expected, List<Entity> entities) {
    String head = head(expected);
    return head != null && entities.stream().filter(e -> e.getCanonical().equals(speaker))
        .flatMap(e -> e.getRoles().stream()).anyMatch(role -> words(role, false).contains(head));
  }

  /** Two descriptions with one head word ("several experts", "experts"), the gold one naming no one. */
  static boolean sameDescription(String description, String expected) {
    if (description == null || expected == null) {
      return false;
    }
    String a = head(description);
    return a != null && a.equals(head(expected));
  }

  /** A description's head noun: its last word before a post-modifier, without a plural s. */
  static String head(String description) {
    String head = null;
    for (String w : words(withoutOwners(description), false)) {
      if (head != null && POST_MODIFIERS.contains(w)) {
        break;
      }
      head = w;
    }
    if (head != null && head.length() > 3 && head.endsWith("s") && !head.endsWith("ss")) {
      head = head.substring(0, head.length() - 1);
    }
    return head;
  }

  static boolean right(String speaker, String expected) {
    if (speaker == null || expected == null) {
      return false;
    }
    String source = withoutOwners(expected);
    List<String> sourceWords = words(source, false);
    List<String> speakerWords = words(speaker, false);
    if (speakerWords.isEmpty() || sourceWords.isEmpty()) {
      return false;
    }
    String sourceText = " " + String.join(" ", sourceWords) + " ";
    if (sourceText.contains(" " + String.join(" ", speakerWords) + " ")) {
      return true;
    }
    if (speakerWords.size() > 1 && sourceWords.contains(speakerWords.get(speakerWords.size() - 1))) {
      return true;
    }
    List<String> capitalised = words(source, true);
    if (capitalised.isEmpty()) {
      return speakerWords.contains(sourceWords.get(sourceWords.size() - 1));
    }
    return speakerWords.containsAll(capitalised) || abbreviates(source, speaker);
  }

  /** "the IMF" or "the I.R.S." for "International Monetary Fund", "Internal Revenue Service": the initials. */
  static boolean abbreviates(String source, String speaker) {
    StringBuilder initials = new StringBuilder();
    for (String w : speaker.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
        initials.appendCodePoint(w.codePointAt(0));
      }
    }
    if (initials.length() < 2) {
      return false;
    }
    for (String w : source.split("\\s+")) {
      String letters = w.replaceAll("[.’'s]+$", "").replace(".", "");
      if (letters.length() >= 2 && letters.chars().allMatch(Character::isUpperCase)
          && letters.contentEquals(initials)) {
        return true;
      }
    }
    return false;
  }

  /** "Clinton's communications director" → "communications director": an owner is not the one speaking. */
  static String withoutOwners(String source) {
    return POSSESSIVE.matcher(source).replaceAll("");
  }

  private static List<String> words(String text, boolean capitalisedOnly) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    boolean first = true;
    while (m.find()) {
      String w = m.group();
      boolean capital = Character.isUpperCase(w.codePointAt(0));
      if (!capitalisedOnly || (capital && !(first && List.of("The", "A", "An").contains(w)))) {
        words.add(w.toLowerCase(Locale.ROOT));
      }
      first = false;
    }
    return words;
  }
}
