package io.mediamon.stories.aggregate;

import io.mediamon.names.ActorNames;
import io.mediamon.serde.TrustedSchemaPackages;
import io.mediamon.schema.ArticleFeatures;
import io.mediamon.schema.ArticleRef;
import io.mediamon.schema.Event;
import io.mediamon.schema.FeatureClaim;
import io.mediamon.schema.FeatureEntity;
import io.mediamon.schema.FeatureMention;
import io.mediamon.schema.Story;
import io.mediamon.schema.StoryClaim;
import io.mediamon.schema.StoryOrigin;
import io.mediamon.schema.StoryTally;
import io.mediamon.stories.ActionCategory;
import io.mediamon.stories.features.NameVariants;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a story record takes in one more article: counts, outlets, representative articles, claims, and the votes
 * from which its who/what/where/when is read (actors, type, place, date, title). Pure and deterministic; every list
 * and vote map is bounded, so no record grows with coverage.
 */
public final class StoryAggregation {
  static {
    // Story.newBuilder(story) copies the origin enum by class name, which Avro checks against trusted packages
    TrustedSchemaPackages.ensureTrusted();
  }

  public static final int MAX_SOURCES = 50;
  public static final int MAX_TOP_ARTICLES = 5;
  public static final int MAX_CLAIM_SPEAKERS = 10;
  public static final int MAX_ACTORS = 10;
  /** Entries kept per vote map. */
  static final int MAX_VOTES = 20;
  /** Salience from which an entity counts as an actor or place of the article. */
  static final double PROMINENT = 0.5;
  /** Entity types that act in a story (places are voted separately). */
  private static final Set<String> ACTOR_TYPES = Set.of("PERSON", "ORGANIZATION", "NORP");
  /** Weight of an analyst's first actor, less {@link #ANALYST_STEP} for each next: they stay first, in their order. */
  private static final double ANALYST_ACTOR = 1e9;
  private static final double ANALYST_STEP = 1e6;

  private StoryAggregation() {}

  /** A story before any article, for a discovered story (related to the story its first article was closest to). */
  public static Story discovered(String storyId, ArticleFeatures first, Instant at) {
    return empty(storyId, StoryOrigin.DISCOVERED, first.getTitle() != null ? first.getTitle() : "(untitled)",
        first.getReportedAt(), at).setHeadline(first.getTitle()).setRelatedStoryId(first.getRelatedStoryId())
        .build();
  }

  /** The coverage of a followed event before any article: the analyst's title, type, actors and place. */
  public static Story followed(Event event, ArticleFeatures first, Instant at) {
    Map<String, Double> actors = new HashMap<>();
    for (String actor : event.getActors()) {
      actors.put(actor, ANALYST_ACTOR - ANALYST_STEP * actors.size());
    }
    Story.Builder story = empty(event.getEventId(), StoryOrigin.FOLLOWED, event.getTitle(), first.getReportedAt(), at)
        .setHeadline(first.getTitle())
        .setStoryType(event.getEventType())
        .setPlace(event.getLocation());
    story.getTally().setActors(actors);
    return story.setActors(ActorNames.top(actors, MAX_ACTORS)).build();
  }

  private static Story.Builder empty(String storyId, StoryOrigin origin, String title, Instant reported, Instant at) {
    return Story.newBuilder()
        .setStoryId(storyId)
        .setOrigin(origin)
        .setTitle(title)
        .setActors(List.of())
        .setSources(List.of())
        .setTopArticles(List.of())
        .setClaims(List.of())
        .setFirstSeen(reported)
        .setLastSeen(reported)
        .setUpdatedAt(at)
        .setTally(StoryTally.newBuilder().setActors(Map.of()).setTypes(Map.of()).setPlaces(Map.of())
            .setDates(Map.of()).setTitles(Map.of()).build());
  }

  /** The story with the article taken in. */
  public static Story add(Story story, ArticleFeatures article, Instant at) {
    Instant reported = article.getReportedAt();
    List<String> sources = new ArrayList<>(story.getSources());
    int sourceCount = story.getSourceCount();
    boolean newSource = !sources.contains(article.getSource());
    if (newSource && sources.size() < MAX_SOURCES) {
      sources.add(article.getSource());
      sourceCount++;
    }
    List<ArticleRef> top = new ArrayList<>(story.getTopArticles());
    if ((top.isEmpty() || newSource) && top.size() < MAX_TOP_ARTICLES) {
      top.add(ArticleRef.newBuilder().setArticleId(article.getArticleId()).setUrl(article.getUrl())
          .setTitle(article.getTitle()).setSource(article.getSource()).setPublishedAt(article.getPublishedAt())
          .build());
    }
    List<StoryClaim> claims = new ArrayList<>(story.getClaims());
    for (FeatureClaim claim : article.getClaims()) {
      boolean known = claims.stream().anyMatch(c -> c.getSpeaker().equals(claim.getSpeaker()));
      if (!known && claims.size() < MAX_CLAIM_SPEAKERS) {
        claims.add(StoryClaim.newBuilder().setSpeaker(claim.getSpeaker()).setContent(claim.getContent())
            .setArticleId(article.getArticleId()).build());
      }
    }
    StoryTally tally = vote(story.getTally(), article);
    boolean discovered = story.getOrigin() == StoryOrigin.DISCOVERED;
    // A first title that was only a date (or none) gives way to the first article whose title says what happened.
    String headline = !DatelineTitles.saysWhatHappened(story.getHeadline())
        && DatelineTitles.saysWhatHappened(article.getTitle()) ? article.getTitle() : story.getHeadline();
    Story.Builder next = Story.newBuilder(story)
        .setHeadline(headline)
        .setArticleCount(story.getArticleCount() + 1)
        .setLeadReports(story.getLeadReports() + (saysInItsOpeningWhoDidWhatToWhom(article) ? 1 : 0))
        .setSources(sources)
        .setSourceCount(sourceCount)
        .setTopArticles(top)
        .setClaims(claims)
        .setFirstSeen(reported.isBefore(story.getFirstSeen()) ? reported : story.getFirstSeen())
        .setLastSeen(reported.isAfter(story.getLastSeen()) ? reported : story.getLastSeen())
        .setUpdatedAt(at)
        .setTally(tally)
        // One actor once, however outlets write the name ("Regina M. Benjamin", "Regina Benjamin").
        .setActors(ActorNames.top(tally.getActors(), tally.getActorTypes(), MAX_ACTORS));
    if (discovered && story.getRelatedStoryId() == null && article.getRelatedStoryId() != null
        && !article.getRelatedStoryId().equals(story.getStoryId())) {
      // A later report that fits another open story as well ties this one to it (stories.later-related-threshold).
      next.setRelatedStoryId(article.getRelatedStoryId());
    }
    if (discovered) {
      next.setStoryType(first(top(tally.getTypes(), 1)))
          .setPlace(first(top(tally.getPlaces(), 1)));
      String title = first(top(tally.getTitles(), 1));
      next.setTitle(title != null ? title : headline != null ? headline : story.getTitle());
    } else if (story.getPlace() == null) {
      next.setPlace(first(top(tally.getPlaces(), 1)));
    }
    String date = first(top(tally.getDates(), 1));
    next.setDate(date != null ? LocalDate.parse(date)
        : next.getFirstSeen().atZone(ZoneOffset.UTC).toLocalDate());
    return next.build();
  }

  /**
   * Whether the article opens with an event mention that names two parties: it reports that happening, rather than
   * touching it in a later paragraph (see {@code Story.leadReports}).
   */
  private static boolean saysInItsOpeningWhoDidWhatToWhom(ArticleFeatures article) {
    return openingWhoDidWhatToWhom(article).isPresent();
  }

  /** The first event mention in the article's opening that names two parties, if any: what titles its story. */
  private static Optional<FeatureMention> openingWhoDidWhatToWhom(ArticleFeatures article) {
    return article.getMentions().stream().filter(m -> m.getLead() && namesTwoParties(m)).findFirst();
  }

  /** Whether the mention says who did what to whom: one party and what it did to another. */
  private static boolean namesTwoParties(FeatureMention mention) {
    return mention.getParticipants().size() >= 2;
  }

  /**
   * The article's votes. The happening it reports is the first event mention in its opening
   * ({@code FeatureMention.lead}); a mention deeper in the text is most often another happening told as background
   * (the sample's U.S. envoy meeting the Taliban in Qatar, in a report of Iran's talks with them). Who and what come
   * from every mention (a background attack still makes its parties actors and its action a type the story can be
   * found by), the reported happening's action counting double. Where and when come from the reported happening alone,
   * and the title from the first mention in the opening that names two parties. Places are voted in tenths of
   * salience: each prominent place of the article by its salience (the place it is most about, not the first in name
   * order, wins a single report), the reported happening's place as two places at full salience.
   */
  private static StoryTally vote(StoryTally tally, ArticleFeatures article) {
    Map<String, Double> actors = new HashMap<>(tally.getActors());
    Map<String, String> actorTypes = new HashMap<>(tally.getActorTypes());
    Map<String, Integer> types = new HashMap<>(tally.getTypes());
    Map<String, Integer> places = new HashMap<>(tally.getPlaces());
    Map<String, Integer> dates = new HashMap<>(tally.getDates());
    Map<String, Integer> titles = new HashMap<>(tally.getTitles());
    Map<String, String> countries = new HashMap<>(tally.getCountries());
    for (FeatureEntity e : article.getEntities()) {
      // Names in passing (a photo credit, a nationality mentioned once) are not who the story is about.
      if (ACTOR_TYPES.contains(e.getType()) && e.getSalience() >= PROMINENT) {
        actors.merge(e.getName(), e.getSalience(), Double::sum);
        if (e.getType().equals("NORP") && !e.getVariants().isEmpty()) {
          countries.putIfAbsent(e.getName(), e.getVariants().get(0)); // a nationality's first variant: its country
        }
      } else if (e.getType().equals("LOCATION") && e.getSalience() >= PROMINENT) {
        places.merge(e.getName(), placeVotes(e.getSalience()), Integer::sum);
      }
    }
    FeatureMention reported = article.getMentions().stream().filter(FeatureMention::getLead).findFirst().orElse(null);
    for (FeatureMention m : article.getMentions()) {
      types.merge(m.getAction().toUpperCase(java.util.Locale.ROOT), m == reported ? 2 : 1, Integer::sum);
      m.getParticipants().forEach(p -> actors.merge(p, 1.0, Double::sum));
    }
    if (article.getHappening() != null) {
      // What the opening says happened where no second party need be named (a death, an earthquake, a verdict):
      // most stories have no who-did-what-to-whom sentence to type them. Where the opening has one, that sentence
      // is the more exact reading and this word counts as a background mention does.
      types.merge(article.getHappening(), reported == null ? 2 : 1, Integer::sum);
    }
    // An actor's type is the first an article gave its name, where it names it as an entity, a party of an event
    // mention too: a country is a place, never a surname (ActorNames).
    for (FeatureEntity e : article.getEntities()) {
      if (actors.containsKey(e.getName())) {
        actorTypes.putIfAbsent(e.getName(), e.getType());
      }
    }
    if (reported != null) {
      if (reported.getPlace() != null) {
        places.merge(reported.getPlace(), 2 * placeVotes(1.0), Integer::sum);
      }
      if (reported.getDate() != null) {
        dates.merge(reported.getDate().toString(), 1, Integer::sum);
      }
    }
    openingWhoDidWhatToWhom(article).ifPresent(m ->
        titles.merge(String.join("–", m.getParticipants().subList(0, 2)) + " " + ActionCategory.noun(m.getAction()),
            1, Integer::sum));
    foldNationalities(actors, countries);
    Map<String, Double> keptActors = bounded(actors);
    actorTypes.keySet().retainAll(keptActors.keySet());
    countries.keySet().retainAll(keptActors.keySet());
    return StoryTally.newBuilder()
        .setActors(keptActors)
        .setActorTypes(actorTypes)
        .setCountries(countries)
        .setTypes(bounded(types))
        .setPlaces(bounded(places))
        .setDates(bounded(dates))
        .setTitles(bounded(titles))
        .build();
  }

  /**
   * A nationality ("Somali" pirates, "Greek" police) counts for its country once the story names that country as a
   * party, whichever came first, so that a desk reads one actor, not "Somali; Somalia". Without the country among
   * the parties it stays: an Australian climber's death does not make Australia an actor.
   */
  private static void foldNationalities(Map<String, Double> actors, Map<String, String> countries) {
    Map<String, String> byKey = new HashMap<>();
    actors.keySet().forEach(a -> byKey.putIfAbsent(NameVariants.key(a), a));
    countries.forEach((nationality, country) -> {
      String party = byKey.get(country);
      Double votes = actors.get(nationality);
      if (party != null && votes != null && !party.equals(nationality)) {
        actors.remove(nationality);
        actors.merge(party, votes, Double::sum);
      }
    });
  }

  private static int placeVotes(double salience) {
    return (int) Math.round(10 * salience);
  }

  /** Keys by weight, highest first; ties in name order so that the same votes give the same answer. */
  static <N extends Number> List<String> top(Map<String, N> votes, int limit) {
    return votes.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, N>>comparingDouble(e -> -e.getValue().doubleValue())
            .thenComparing(Map.Entry::getKey))
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static <N extends Number> Map<String, N> bounded(Map<String, N> votes) {
    if (votes.size() <= MAX_VOTES) {
      return votes;
    }
    Map<String, N> kept = new HashMap<>();
    top(votes, MAX_VOTES).forEach(k -> kept.put(k, votes.get(k)));
    return kept;
  }

  private static String first(List<String> keys) {
    return keys.isEmpty() ? null : keys.get(0);
  }
}
