package io.mediamon.correlator;

import io.mediamon.schema.ArticleFeatures;
import io.mediamon.schema.StoryMembership;

/** The membership record of an assigned article, for the story-articles topic. */
final class Memberships {
  private Memberships() {}

  static StoryMembership of(ArticleFeatures assigned) {
    return StoryMembership.newBuilder()
        .setArticleId(assigned.getArticleId())
        .setStoryId(assigned.getStoryId())
        .setNewStory(assigned.getNewStory())
        .setReason(assigned.getReason())
        .setSimilarity(assigned.getSimilarity())
        .setFollowedEventIds(assigned.getFollowedEventIds())
        .setUrl(assigned.getUrl())
        .setTitle(assigned.getTitle())
        .setSource(assigned.getSource())
        .setReportedAt(assigned.getReportedAt())
        .build();
  }
}
