package io.mediamon.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * When two names of a story's actors are one actor, so that a desk reads each actor once: outlets and paragraphs
 * write one person "Regina M. Benjamin" and "Regina Benjamin", "Joseph Comeaux Jr." and "Joseph Comeaux Jr", one
 * company "SEACOM" and "Seacom". Deliberately narrow: a bare surname ("Benjamin") is not folded into a full name, as a
 * story may name two people of one family, and names that differ in a word of their own ("Los Angeles Police
 * Department", "Los Angeles Fire Department") stay two actors.
 */
public final class ActorNames {
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  private ActorNames() {}

  /**
   * Whether the two names are one actor: the same words whatever their case and punctuation, a generational suffix
   * aside; or two names of two words or more that begin and end alike, the shorter's words all in the longer in their
   * order (middle names, initials and nicknames added), unless the longer adds an initial to a middle part the
   * shorter has already (a father and son).
   */
  public static boolean same(String a, String b) {
    return same(words(a), words(b));
  }

  private static boolean same(List<String> wordsA, List<String> wordsB) {
    if (wordsA.equals(wordsB)) {
      return !wordsA.isEmpty();
    }
    List<String> shorter = wordsA.size() <= wordsB.size() ? wordsA : wordsB;
    List<String> longer = shorter == wordsA ? wordsB : wordsA;
    if (shorter.size() < 2 || !shorter.get(0).equals(longer.get(0))
        || !shorter.get(shorter.size() - 1).equals(longer.get(longer.size() - 1))) {
      return false;
    }
    int at = 0;
    boolean addsAnInitial = false;
    for (String word : shorter) {
      while (at < longer.size() && !longer.get(at).equals(word)) {
        addsAnInitial |= longer.get(at).length() == 1;
        at++;
      }
      if (at == longer.size()) {
        return false;
      }
      at++;
    }
    // An initial added to a name that has a middle part already names someone else: "George H. W. Bush" is not
    // "George W. Bush", though "George Bush" may be either.
    return !(addsAnInitial && shorter.size() > 2);
  }

  /**
   * The {@code limit} actors with most votes, each written as its most-voted name and counted with the votes of all
   * its names. Names are taken most-voted first (ties in name order), each joining the first actor it is the same as,
   * so that the same votes always give the same list.
   */
  public static List<String> top(Map<String, ? extends Number> votes, int limit) {
    List<Map.Entry<String, ? extends Number>> names = new ArrayList<>(votes.entrySet());
    names.sort(Comparator.<Map.Entry<String, ? extends Number>>comparingDouble(e -> -e.getValue().doubleValue())
        .thenComparing(Map.Entry::getKey));
    List<Actor> actors = new ArrayList<>();
    for (Map.Entry<String, ? extends Number> name : names) {
      // Each name is split into words once: this runs for every article a story takes in.
      List<String> words = words(name.getKey());
      Actor actor = actors.stream().filter(a -> a.isCalled(words)).findFirst().orElse(null);
      if (actor == null) {
        actor = new Actor(name.getKey());
        actors.add(actor);
      }
      actor.add(words, name.getValue().doubleValue());
    }
    // A stable sort: actors of equal votes stay in the order of their best names.
    actors.sort(Comparator.comparingDouble(a -> -a.votes));
    return actors.stream().limit(limit).map(a -> a.name).toList();
  }

  /** Lower-case words, punctuation and a trailing generational suffix dropped. */
  private static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+")) {
      String word = w.replaceAll("^['-]+|['-]+$", "");
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    while (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    return words;
  }

  /** One actor: its most-voted name, the words of each of its names, and their votes together. */
  private static final class Actor {
    private final String name;
    private final List<List<String>> names = new ArrayList<>();
    private double votes;

    Actor(String name) {
      this.name = name;
    }

    void add(List<String> words, double votes) {
      names.add(words);
      this.votes += votes;
    }

    boolean isCalled(List<String> words) {
      return names.stream().anyMatch(n -> same(n, words));
    }
  }
}
