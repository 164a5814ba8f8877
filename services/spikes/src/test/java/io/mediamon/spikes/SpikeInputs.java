package io.mediamon.spikes;

import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.Entity;
import io.mediamon.schema.EntityType;
import io.mediamon.schema.Mention;
import io.mediamon.schema.Story;
import io.mediamon.schema.StoryMembership;
import io.mediamon.schema.StoryOrigin;
import io.mediamon.schema.StoryTally;
import io.mediamon.serde.TrustedSchemaPackages;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Articles, memberships and stories as the spikes service reads them, with only what it looks at filled in. */
public final class SpikeInputs {
  static {
    TrustedSchemaPackages.ensureTrusted(); // the builders fill defaults of record types (as the serdes do)
  }

  private SpikeInputs() {}

  /** An article whose main entity (salience 1) is {@code entity}, with a place named in passing (salience 0.1). */
  public static EnrichedArticle article(String id, String source, String entity, Instant publishedAt) {
    return EnrichedArticle.newBuilder().setId(id).setUrl("https://" + source + ".example/" + id).setSource(source)
        .setTitle(entity + " report " + id).setPublishedAt(publishedAt).setFetchedAt(publishedAt)
        .setCleanText(entity + " did something; Kabul was mentioned.").setLanguage("en")
        .setEntities(List.of(entity(entity, EntityType.ORGANIZATION, 1.0), entity("Kabul", EntityType.LOCATION, 0.1)))
        .setClaims(List.of()).setEventMentions(List.of()).setFingerprint("0000000000000000").build();
  }

  static Entity entity(String name, EntityType type, double salience) {
    return Entity.newBuilder().setText(name).setType(type).setCanonical(name)
        .setMentions(List.of(new Mention(name, 0, name.length()))).setSalience(salience).build();
  }

  public static StoryMembership membership(String articleId, String storyId, String source, Instant reportedAt) {
    return StoryMembership.newBuilder().setArticleId(articleId).setStoryId(storyId).setNewStory(false)
        .setReason("similar").setUrl("https://" + source + ".example/" + articleId)
        .setTitle("Article " + articleId).setSource(source).setReportedAt(reportedAt).build();
  }

  public static Story story(String storyId, String title, Instant at) {
    return Story.newBuilder().setStoryId(storyId).setOrigin(StoryOrigin.DISCOVERED).setTitle(title)
        .setFirstSeen(at).setLastSeen(at).setUpdatedAt(at)
        .setTally(new StoryTally(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of())).build();
  }
}
