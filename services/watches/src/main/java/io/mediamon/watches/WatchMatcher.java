package io.mediamon.watches;

import io.mediamon.names.ActorNames;
import io.mediamon.schema.AlertWatch;
import io.mediamon.schema.ArticleRef;
import io.mediamon.schema.Story;
import io.mediamon.schema.StoryClaim;
import io.mediamon.schema.Watch;
import io.mediamon.schema.WatchEntity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Which watches a story matches. A watch matches a story that
 * <ul>
 *   <li>has at least the watch's {@code minOutlets} outlets;</li>
 *   <li>when the watch names types, is of one of them; when it names places, is placed in one (or names it in a
 *       title);</li>
 *   <li>when the watch names entities or keywords, has one of them: an entity (its name or a variant) among the
 *       story's actors (also written with a middle name or initial: "Regina Benjamin" is "Regina M. Benjamin", see
 *       {@link ActorNames}) or in its text, a keyword or phrase in its text. The text is what the story record carries:
 *       title, headline, the representative articles' titles and its claims (speaker and content).</li>
 * </ul>
 * Terms match as whole words ({@link TermMatcher}). Each match names what matched, so that the desk sees why.
 */
public final class WatchMatcher {
  private WatchMatcher() {}

  /** The watches the story matches, by watch id. */
  public static List<AlertWatch> matches(Story story, Iterable<Watch> watches) {
    StoryText text = new StoryText(story);
    List<AlertWatch> matched = new ArrayList<>();
    for (Watch watch : watches) {
      match(story, text, watch).ifPresent(matched::add);
    }
    matched.sort(Comparator.comparing(AlertWatch::getWatchId));
    return matched;
  }

  public static Optional<AlertWatch> match(Story story, Watch watch) {
    return match(story, new StoryText(story), watch);
  }

  /** What of a story terms are looked for in, each prepared once for all watches. */
  private record StoryText(List<TermMatcher> actors, Predicate<String> isAnActor, TermMatcher place,
      List<TermMatcher> titles, List<TermMatcher> all) {
    StoryText(Story story) {
      this(story.getActors().stream().map(TermMatcher::new).toList(), ActorNames.oneOf(story.getActors()),
          new TermMatcher(story.getPlace()),
          WatchMatcher.titles(story).stream().map(TermMatcher::new).toList(),
          WatchMatcher.texts(story).stream().map(TermMatcher::new).toList());
    }
  }

  private static Optional<AlertWatch> match(Story story, StoryText text, Watch watch) {
    if (story.getSourceCount() < watch.getMinOutlets()) {
      return Optional.empty();
    }
    List<String> why = new ArrayList<>();
    if (!watch.getStoryTypes().isEmpty()) {
      Optional<String> type = watch.getStoryTypes().stream()
          .filter(t -> story.getStoryType() != null && story.getStoryType().equalsIgnoreCase(t.strip())).findFirst();
      if (type.isEmpty()) {
        return Optional.empty();
      }
      why.add("type " + type.get());
    }
    if (!watch.getPlaces().isEmpty()) {
      Optional<String> place = watch.getPlaces().stream().filter(p -> inPlace(story, text, p)).findFirst();
      if (place.isEmpty()) {
        return Optional.empty();
      }
      why.add("place " + place.get());
    }
    if (!watch.getEntities().isEmpty() || !watch.getKeywords().isEmpty()) {
      boolean named = false;
      for (WatchEntity entity : watch.getEntities()) {
        if (Stream.concat(Stream.of(entity.getName()), entity.getVariants().stream())
            .anyMatch(term -> text.actors().stream().anyMatch(actor -> actor.contains(term))
                || text.isAnActor().test(term)
                || text.all().stream().anyMatch(t -> t.contains(term)))) {
          why.add(entity.getName());
          named = true;
        }
      }
      for (String keyword : watch.getKeywords()) {
        if (text.all().stream().anyMatch(t -> t.contains(keyword))) {
          why.add(keyword);
          named = true;
        }
      }
      if (!named) {
        return Optional.empty();
      }
    }
    return Optional.of(new AlertWatch(watch.getWatchId(), watch.getName(), watch.getSeverity(), why));
  }

  private static boolean inPlace(Story story, StoryText text, String place) {
    if (story.getPlace() != null && (text.place().contains(place) || TermMatcher.contains(place, story.getPlace()))) {
      return true;
    }
    return text.titles().stream().anyMatch(t -> t.contains(place));
  }

  /** Title, headline and the representative articles' titles. */
  private static List<String> titles(Story story) {
    List<String> titles = new ArrayList<>();
    titles.add(story.getTitle());
    if (story.getHeadline() != null) {
      titles.add(story.getHeadline());
    }
    for (ArticleRef article : story.getTopArticles()) {
      if (article.getTitle() != null) {
        titles.add(article.getTitle());
      }
    }
    return titles;
  }

  /** The titles and the claims (speaker and content). */
  private static List<String> texts(Story story) {
    List<String> texts = titles(story);
    for (StoryClaim claim : story.getClaims()) {
      texts.add(claim.getSpeaker());
      texts.add(claim.getContent());
    }
    return texts;
  }
}
