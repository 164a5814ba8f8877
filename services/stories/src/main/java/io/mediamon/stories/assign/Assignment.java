package io.mediamon.stories.assign;

import io.mediamon.schema.ArticleFeatures;
import io.mediamon.schema.StoryOrigin;
import java.util.List;

/**
 * The story an article joins and why.
 *
 * @param reason {@code new} (it starts the story), {@code similar} (it was the best open story over the threshold) or
 *     {@code duplicate} (it copies an article of the story)
 * @param similarity the score against the story joined; null for a new story or a copy
 * @param relatedStoryId for a new story, the open story its first article scored highest against when that score
 *     reached the related threshold but not the join threshold; for an article that joins a story, the next-best
 *     open story when it scored the later-related threshold against that one too; else null
 * @param regrouped when the article's joining split its story ({@link StorySplitter}): every article of the two
 *     stories again, reason {@code split}, in order: first those the story keeps, then those of the story split off
 *     (related to the story it left). The first of each has {@code newStory} set: its story starts again from it.
 *     When the articles split off join another open story instead (the open story they fit as a whole), they come
 *     second in that story, none with {@code newStory} set: they are added to it. Empty when nothing split. When the
 *     article's joining merged its story into the story it is related to: the story's other articles, reason
 *     {@code merge}, in that story now.
 * @param mergedStoryId the story that a merge emptied (its articles are now in {@code storyId}); else null
 */
public record Assignment(String storyId, boolean newStory, String reason, Double similarity, String relatedStoryId,
    List<ArticleFeatures> regrouped, String mergedStoryId) {

  public Assignment(String storyId, boolean newStory, String reason, Double similarity) {
    this(storyId, newStory, reason, similarity, null);
  }

  public Assignment(String storyId, boolean newStory, String reason, Double similarity, String relatedStoryId) {
    this(storyId, newStory, reason, similarity, relatedStoryId, List.of(), null);
  }

  public static final String NEW = "new";
  public static final String SIMILAR = "similar";
  public static final String DUPLICATE = "duplicate";
  /** The article is in a story again after that story split (see {@code regrouped}). */
  public static final String SPLIT = "split";
  /** The article is in a story again after its story merged into the story it is related to. */
  public static final String MERGE = "merge";

  /** The same decision, with the articles a split regrouped. */
  Assignment withRegrouped(List<ArticleFeatures> articles) {
    return new Assignment(storyId, newStory, reason, similarity, relatedStoryId, List.copyOf(articles), null);
  }

  /** The article in the story {@code merged} went into, with that story's other articles, which moved too. */
  Assignment mergedInto(String intoStoryId, List<ArticleFeatures> moved, String merged) {
    return new Assignment(intoStoryId, false, reason, similarity, null, List.copyOf(moved), merged);
  }

  /** The article as assigned: its story, how it was decided and the story it is related to. */
  public ArticleFeatures applyTo(ArticleFeatures article) {
    return ArticleFeatures.newBuilder(article)
        .setStoryId(storyId)
        .setOrigin(StoryOrigin.DISCOVERED.name())
        .setNewStory(newStory)
        .setReason(reason)
        .setSimilarity(similarity)
        .setRelatedStoryId(relatedStoryId)
        .setMeaning(null) // decided: the 384 floats are not carried to the aggregation or kept with the story's members
        .build();
  }
}
