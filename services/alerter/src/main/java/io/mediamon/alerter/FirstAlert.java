package io.mediamon.alerter;

import io.mediamon.schema.AlertKind;
import io.mediamon.schema.Story;
import io.mediamon.schema.StoryOrigin;
import java.util.Optional;

/**
 * When a story is worth its first alert. A discovered story is NEW once it has enough articles from enough
 * outlets ({@code alerts.new-min-articles}, {@code alerts.new-min-sources}), so a desk can ask for corroboration
 * before it hears of a story; one that never gets there never alerts.
 *
 * <p>Two kinds of discovered story wait longer, each for a reason of its own:
 * <ul>
 *   <li>one none of whose reports says in its opening who did what to whom ({@code Story.leadReports} is 0) waits
 *       for {@code alerts.untyped-new-min-articles}: such a first report may only touch a happening (a sidebar on a
 *       player beside the game's story, an opinion piece, a page that is mostly something else, a background
 *       paragraph that names two parties) and then starts a story of one article beside the happening's own. A
 *       second report corroborates it; a report whose headline or first paragraph names two parties and what one did
 *       to the other is about that happening and is announced at once;</li>
 *   <li>one related to another open story ({@code Story.relatedStoryId}: its first article was close to that
 *       story without joining it, see {@code stories.related-threshold}, or a later article fitted both, see
 *       {@code stories.later-related-threshold}) waits for {@code alerts.related-new-min-articles}: most such
 *       stories are a report of a story already announced that scored under the join threshold, and stay at a few
 *       articles; a second happening of the same kind is announced once it is reported on its own.</li>
 * </ul>
 * A story of both kinds waits for the larger count, and none for fewer than {@code alerts.new-min-articles}. A
 * followed event is already known to the desk, so its first report is an UPDATE, whatever the thresholds.
 */
final class FirstAlert {
  static final String NEW_STORY = "new story";
  static final String NEW_RELATED_STORY = "new story, related to ";
  static final String FIRST_REPORT = "first report on followed event";

  private final int minArticles;
  private final int minSources;
  private final int relatedMinArticles;
  private final int untypedMinArticles;

  FirstAlert(int minArticles, int minSources, int relatedMinArticles, int untypedMinArticles) {
    this.minArticles = minArticles;
    this.minSources = minSources;
    this.relatedMinArticles = relatedMinArticles;
    this.untypedMinArticles = untypedMinArticles;
  }

  /** The first alert this version of a story deserves, or empty while it does not qualify yet. */
  Optional<Decision> decide(Story story) {
    if (story.getOrigin() == StoryOrigin.FOLLOWED) {
      // Loading a followed event creates its story before any article: that is not news.
      return story.getArticleCount() >= 1 ? Optional.of(new Decision(AlertKind.UPDATE, FIRST_REPORT))
          : Optional.empty();
    }
    String related = story.getRelatedStoryId();
    // A story that is of both kinds waits for the larger count.
    int articles = Math.max(minArticles, Math.max(related == null ? 0 : relatedMinArticles,
        story.getLeadReports() == 0 ? untypedMinArticles : 0));
    if (story.getArticleCount() < articles || story.getSourceCount() < minSources) {
      return Optional.empty();
    }
    return Optional.of(new Decision(AlertKind.NEW, related == null ? NEW_STORY : NEW_RELATED_STORY + related));
  }

  record Decision(AlertKind kind, String change) {}
}
