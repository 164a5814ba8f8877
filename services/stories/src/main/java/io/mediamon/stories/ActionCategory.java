package io.mediamon.stories;

import java.util.Locale;
import java.util.Set;

/**
 * What the correlator needs to know about action categories: which ones describe the same kind of real-world
 * event (a meeting reported as "talks" in one article is "negotiations" in another) and how to name them.
 */
public final class ActionCategory {
  /** Diplomatic contact: reported interchangeably as meeting, talks, negotiation or agreement. */
  private static final Set<String> DIPLOMACY = Set.of("CONSULT", "NEGOTIATE", "AGREE");

  private ActionCategory() {}

  public static String family(String action) {
    String upper = action.toUpperCase(Locale.ROOT);
    return DIPLOMACY.contains(upper) ? "DIPLOMACY" : upper;
  }

  public static boolean compatible(String a, String b) {
    return family(a).equals(family(b));
  }

  /** The noun a headline uses for the action: "Iran–Taliban talks". */
  public static String noun(String action) {
    return switch (action.toUpperCase(Locale.ROOT)) {
      case "CONSULT" -> "talks";
      case "NEGOTIATE" -> "negotiations";
      case "AGREE" -> "agreement";
      case "REQUEST" -> "appeal";
      case "ACCUSE" -> "accusations";
      case "THREATEN" -> "threats";
      case "ASSAULT" -> "attack";
      case "PROTEST" -> "protest";
      case "SANCTION" -> "sanctions";
      case "AID" -> "aid";
      case "ARREST" -> "arrests";
      case "MOBILIZE" -> "mobilization";
      default -> action.toLowerCase(Locale.ROOT);
    };
  }
}
