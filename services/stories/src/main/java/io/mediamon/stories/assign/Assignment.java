package io.mediamon.stories.assign;

/**
 * The story an article joins and why.
 *
 * @param reason {@code new} (it starts the story), {@code similar} (it was the best open story over the threshold) or
 *     {@code duplicate} (it copies an article of the story)
 * @param similarity the score against the story joined; null for a new story or a copy
 * @param relatedStoryId for a new story, the open story its first article scored highest against when that score
 *     reached the related threshold but not the join threshold; else null
 */
public record Assignment(String storyId, boolean newStory, String reason, Double similarity, String relatedStoryId) {

  public Assignment(String storyId, boolean newStory, String reason, Double similarity) {
    this(storyId, newStory, reason, similarity, null);
  }

  public static final String NEW = "new";
  public static final String SIMILAR = "similar";
  public static final String DUPLICATE = "duplicate";
}
