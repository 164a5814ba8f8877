package io.mediamon.correlator;

import io.mediamon.schema.Claim;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.Event;
import io.mediamon.schema.EventMention;
import io.mediamon.schema.EventOrigin;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How an article changes an event: the pure part of correlation, free of Kafka. */
final class EventUpdates {
  private static final int MAX_CLAIM_CHARS = 300;

  private EventUpdates() {}

  /**
   * A new event started by a mention no followed event matched. Its id derives from its participants and kind of
   * action, so the same new event seen again (a retry, a second article before the first is visible) keeps one id.
   */
  static Event newEvent(EventMention mention, Instant at) {
    List<String> actors = new ArrayList<>(EventMatcher.participants(mention));
    return Event.newBuilder()
        .setEventId(idFor(actors, mention.getAction()))
        .setTitle(String.join("–", actors) + " " + ActionCategory.noun(mention.getAction()))
        .setEventType(mention.getAction())
        .setActors(actors)
        .setLocation(mention.getPlace())
        .setOrigin(EventOrigin.PIPELINE)
        .setArticleIds(List.of())
        .setSources(List.of())
        .setClaims(List.of())
        .setFirstSeen(null)
        .setLastSeen(null)
        .setUpdatedAt(at)
        .build();
  }

  static String idFor(List<String> participants, String action) {
    List<String> sorted = participants.stream().map(p -> p.toLowerCase(Locale.ROOT)).sorted().toList();
    String signature = String.join("|", sorted) + "#" + ActionCategory.family(action);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(signature.getBytes(StandardCharsets.UTF_8));
      return "evt-" + HexFormat.of().formatHex(digest).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }

  /** The event with the article attached: its mentions' participants, its outlet, its relevant claims, its time. */
  static Event attach(Event event, EnrichedArticle article, List<EventMention> mentions, Instant at) {
    Set<String> actors = new LinkedHashSet<>(event.getActors());
    mentions.forEach(m -> actors.addAll(EventMatcher.participants(m)));
    Set<String> articleIds = new LinkedHashSet<>(event.getArticleIds());
    articleIds.add(article.getId());
    Set<String> sources = new LinkedHashSet<>(event.getSources());
    sources.add(article.getSource());
    Set<String> claims = new LinkedHashSet<>(event.getClaims());
    for (Claim claim : article.getClaims()) {
      if (isAbout(claim, actors)) {
        claims.add(describe(claim));
      }
    }
    String location = event.getLocation() != null ? event.getLocation()
        : mentions.stream().map(EventMention::getPlace).filter(p -> p != null).findFirst().orElse(null);
    Instant reported = article.getPublishedAt() != null ? article.getPublishedAt() : article.getFetchedAt();
    return Event.newBuilder(event)
        .setActors(new ArrayList<>(actors))
        .setArticleIds(new ArrayList<>(articleIds))
        .setSources(new ArrayList<>(sources))
        .setClaims(new ArrayList<>(claims))
        .setLocation(location)
        .setFirstSeen(event.getFirstSeen() == null || reported.isBefore(event.getFirstSeen())
            ? reported : event.getFirstSeen())
        .setLastSeen(event.getLastSeen() == null || reported.isAfter(event.getLastSeen())
            ? reported : event.getLastSeen())
        .setUpdatedAt(at)
        .build();
  }

  /** True when the update changes what the event says, not just when it was last touched. */
  static boolean changed(Event before, Event after) {
    return !Event.newBuilder(before).setUpdatedAt(after.getUpdatedAt()).build().equals(after);
  }

  /** A claim belongs to an event when its speaker takes part in it or it names a participant. */
  private static boolean isAbout(Claim claim, Set<String> actors) {
    if (claim.getSpeaker() != null && actors.contains(claim.getSpeaker())) {
      return true;
    }
    String content = claim.getContent().toLowerCase(Locale.ROOT);
    return actors.stream().anyMatch(a -> content.contains(a.toLowerCase(Locale.ROOT)));
  }

  private static String describe(Claim claim) {
    String speaker = claim.getSpeaker() == null ? "(unattributed)" : claim.getSpeaker();
    String content = claim.getContent().replaceAll("\\s+", " ").strip();
    if (content.length() > MAX_CLAIM_CHARS) {
      content = content.substring(0, MAX_CLAIM_CHARS) + "…";
    }
    return speaker + ": " + content;
  }
}
