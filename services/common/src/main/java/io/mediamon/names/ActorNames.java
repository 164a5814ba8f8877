package io.mediamon.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * When two names of a story's actors are one actor, so that a desk reads each actor once: outlets and paragraphs
 * write one person "Regina M. Benjamin", "Regina Benjamin" and "Benjamin", "Joseph Comeaux Jr." and "Joseph Comeaux
 * Jr", one company "SEACOM" and "Seacom". Names that differ in a word of their own ("Los Angeles Police Department",
 * "Los Angeles Fire Department") stay two actors, and a bare surname joins a full name only where the list leaves no
 * doubt which (a story may name two people of one family).
 */
public final class ActorNames {
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
  /** Types whose one-word name is a surname or a short name of the same actor ("Colts"). */
  private static final Set<String> SURNAME_TYPES = Set.of("PERSON", "ORGANIZATION");

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

  /**
   * A test of whether a name is one of these actors ({@link #same}), each of them split into words once: for matching
   * many names (every term of every watch) against one story's actors.
   */
  public static Predicate<String> oneOf(List<String> names) {
    List<List<String>> known = names.stream().map(ActorNames::words).toList();
    return name -> {
      List<String> words = words(name);
      return known.stream().anyMatch(k -> same(k, words));
    };
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

  /** {@link #top(Map, Map, int)} without types: forms of one name are folded, bare surnames are not. */
  public static List<String> top(Map<String, ? extends Number> votes, int limit) {
    return top(votes, Map.of(), limit);
  }

  /**
   * The {@code limit} actors with most votes, each written as its most-voted name and counted with the votes of all
   * its names. Names are taken most-voted first (ties in name order), each joining the first actor it is the same as,
   * so that the same votes always give the same list. Then a one-word name of a person or organisation ("Obama",
   * "Colts") joins the one actor with a longer name of the same type ending with that word ("Barack Obama",
   * "Indianapolis Colts"), written so; when two such actors are listed ("Vincent Gigante", "Louis Gigante") or the
   * types are not known, it stays apart. Places and nationalities never join so ("Sudan" is not "South Sudan").
   *
   * @param types the entity type of each name, where known (PERSON, ORGANIZATION, ...)
   */
  public static List<String> top(Map<String, ? extends Number> votes, Map<String, String> types, int limit) {
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
      actor.add(name.getKey(), words, name.getValue().doubleValue());
    }
    for (Actor surname : List.copyOf(actors)) {
      String type = types.get(surname.name);
      String word = surname.oneWord();
      if (word == null || type == null || !SURNAME_TYPES.contains(type)) {
        continue;
      }
      List<Actor> full = actors.stream().filter(a -> a != surname && a.hasFullName(word, type, types)).toList();
      if (full.size() == 1) {
        full.get(0).addAll(surname);
        actors.remove(surname);
      }
    }
    // A stable sort: actors of equal votes stay in the order of their best names.
    actors.sort(Comparator.comparingDouble(a -> -a.votes));
    return actors.stream().limit(limit).map(a -> a.name).toList();
  }

  /**
   * Whether {@code fullName} is a name of two words or more ending with the one word {@code name}: "Barack Obama" for
   * "Obama", as a story's actors may write one actor once its full name is known.
   */
  public static boolean isFullNameOf(String fullName, String name) {
    List<String> full = words(fullName);
    List<String> one = words(name);
    return full.size() >= 2 && one.size() == 1 && full.get(full.size() - 1).equals(one.get(0));
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

  /** One actor: its most-voted name, each of its names with its words, and their votes together. */
  private static final class Actor {
    private final String name;
    private final List<String> names = new ArrayList<>();
    private final List<List<String>> words = new ArrayList<>();
    private double votes;

    Actor(String name) {
      this.name = name;
    }

    void add(String name, List<String> nameWords, double votes) {
      names.add(name);
      words.add(nameWords);
      this.votes += votes;
    }

    void addAll(Actor other) {
      names.addAll(other.names);
      words.addAll(other.words);
      votes += other.votes;
    }

    boolean isCalled(List<String> nameWords) {
      return words.stream().anyMatch(n -> same(n, nameWords));
    }

    /** The one word all its names are, or null. */
    String oneWord() {
      List<String> first = words.get(0);
      return first.size() == 1 && words.stream().allMatch(first::equals) ? first.get(0) : null;
    }

    /** Whether one of its names of this type has two words or more, the last of them this one. */
    boolean hasFullName(String word, String type, Map<String, String> types) {
      for (int i = 0; i < names.size(); i++) {
        List<String> w = words.get(i);
        if (w.size() >= 2 && w.get(w.size() - 1).equals(word) && type.equals(types.get(names.get(i)))) {
          return true;
        }
      }
      return false;
    }
  }
}
