package io.mediamon.correlator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.schema.Claim;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.Entity;
import io.mediamon.schema.EntityType;
import io.mediamon.schema.Event;
import io.mediamon.schema.EventMention;
import io.mediamon.schema.EventOrigin;
import io.mediamon.schema.Mention;
import io.mediamon.schema.Story;
import io.mediamon.schema.StoryMembership;
import io.mediamon.schema.StoryOrigin;
import io.mediamon.streams.StreamsSettings;
import io.mediamon.topics.MediamonTopics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class CorrelatorTopologyTest {
  private static final Instant T0 = Instant.parse("2018-12-26T12:00:00Z");
  private static final String QUAKE = "A strong earthquake of magnitude 6.1 struck the mountains near Tabriz on "
      + "Sunday, killing 34 people and destroying hundreds of homes in villages, officials in Tabriz said. Rescue "
      + "teams searched the rubble of collapsed houses for survivors as aftershocks shook the region.";
  private static final String QUAKE_FOLLOW_UP = "Rescuers in the mountains near Tabriz pulled survivors from the "
      + "rubble of collapsed houses after the magnitude 6.1 earthquake, as the toll rose to 34 dead and aftershocks "
      + "kept villagers out of their homes.";
  private static final String LAUNCH = "The company unveiled its new folding phone at a launch event in Seoul, "
      + "promising a larger battery, a brighter screen and a lower price than last year's model.";

  @TempDir
  Path stateDir;

  private MediamonConfig config;
  private MediamonTopics topics;
  private TopologyTestDriver driver;
  private TestInputTopic<String, Event> eventsIn;
  private TestInputTopic<String, EnrichedArticle> articlesIn;
  private TestOutputTopic<String, Story> storiesOut;
  private TestOutputTopic<String, StoryMembership> membersOut;

  @BeforeEach
  void setUp() {
    config = MediamonConfig.defaults().with(Map.of(Setting.STATE_DIR.key(), stateDir.toString()));
    driver = driver(config);
  }

  /** A driver of its own on these settings, in place of the one each test starts with. */
  private void restartWith(MediamonConfig changed) {
    driver.close();
    config = changed;
    driver = driver(config);
  }

  /** An article of T0, arriving this many seconds after it. */
  private void pipeAt(int second, String id, String source, String title, String text) {
    articlesIn.pipeInput(id, article(id, source, title, text, T0), T0.plusSeconds(second));
  }

  private TopologyTestDriver driver(MediamonConfig config) {
    topics = MediamonTopics.from(config);
    Properties props = StreamsSettings.forService(config, CorrelatorTopology.SERVICE);
    props.put("bootstrap.servers", "unused:9092");
    TopologyTestDriver d = new TopologyTestDriver(CorrelatorTopology.build(config), props);
    eventsIn = d.createInputTopic(topics.events().name(), topics.events().keySerde().serializer(),
        topics.events().valueSerde().serializer());
    articlesIn = d.createInputTopic(topics.enriched().name(), topics.enriched().keySerde().serializer(),
        topics.enriched().valueSerde().serializer());
    storiesOut = d.createOutputTopic(topics.stories().name(), topics.stories().keySerde().deserializer(),
        topics.stories().valueSerde().deserializer());
    membersOut = d.createOutputTopic(topics.storyArticles().name(), topics.storyArticles().keySerde().deserializer(),
        topics.storyArticles().valueSerde().deserializer());
    return d;
  }

  @AfterEach
  void tearDown() {
    driver.close();
  }

  @Test
  void everyArticleJoinsOneStoryAndAFollowUpJoinsTheFirstOnesStory() {
    articlesIn.pipeInput("a1", article("a1", "outlet-a", "Deadly earthquake near Tabriz", QUAKE, T0), T0);
    articlesIn.pipeInput("a2", article("a2", "outlet-b", "Phone launch", LAUNCH, T0), T0.plusSeconds(1));
    articlesIn.pipeInput("a3", article("a3", "outlet-c", "Tabriz quake toll rises", QUAKE_FOLLOW_UP, T0),
        T0.plusSeconds(2));

    Map<String, StoryMembership> members = membersOut.readKeyValuesToMap();
    assertEquals(List.of("a1", "a2", "a3"), members.keySet().stream().sorted().toList());
    assertTrue(members.get("a1").getNewStory());
    assertTrue(members.get("a2").getNewStory());
    assertNotEquals(members.get("a1").getStoryId(), members.get("a2").getStoryId(), "different happenings");
    assertEquals(members.get("a1").getStoryId(), members.get("a3").getStoryId(), "the follow-up joins");
    assertEquals("similar", members.get("a3").getReason());
    assertTrue(members.get("a3").getSimilarity() >= config.getDouble(Setting.STORIES_THRESHOLD));

    Story quake = storiesOut.readKeyValuesToMap().get(members.get("a1").getStoryId());
    assertEquals(2, quake.getArticleCount());
    assertEquals(2, quake.getSourceCount());
    assertEquals(List.of("outlet-a", "outlet-c"), quake.getSources());
    assertEquals(StoryOrigin.DISCOVERED, quake.getOrigin());
    assertEquals("Deadly earthquake near Tabriz", quake.getHeadline());
    assertEquals("Tabriz", quake.getPlace());
    assertEquals("DISASTER", quake.getStoryType(), "no sentence names two parties: its opening says what happened");
    assertEquals(List.of("a1", "a3"), quake.getTopArticles().stream().map(a -> a.getArticleId()).toList());
  }

  @Test
  void aStoryThatSplitsIsTakenApartAndBothPartsAreStoriesOfTheirOwn() {
    // Split as soon as two groups of articles score under 0.9 against each other: the first report and its copy
    // against the follow-up and its copy, their words counted over these four articles alone.
    restartWith(config.with(Setting.STORIES_SPLIT_THRESHOLD, "0.9").with(Setting.STORIES_PRIOR_ARTICLES, "0"));
    pipeAt(0, "a1", "outlet-a", "Deadly earthquake near Tabriz", QUAKE);
    pipeAt(1, "a2", "outlet-b", "Deadly earthquake near Tabriz", QUAKE);
    pipeAt(2, "a3", "outlet-c", "Tabriz quake toll rises", QUAKE_FOLLOW_UP);
    pipeAt(3, "a4", "outlet-d", "Tabriz quake toll rises", QUAKE_FOLLOW_UP);

    List<KeyValue<String, StoryMembership>> records = membersOut.readKeyValuesToList();
    Map<String, StoryMembership> members = new java.util.HashMap<>();
    records.forEach(r -> members.put(r.key, r.value));
    String first = members.get("a1").getStoryId();
    String second = members.get("a3").getStoryId();
    assertEquals(first, members.get("a2").getStoryId());
    assertNotEquals(first, second, "the follow-ups split off");
    assertEquals(second, members.get("a4").getStoryId());
    assertEquals(List.of("split"), members.values().stream().map(StoryMembership::getReason).distinct().toList());
    assertEquals(first, records.get(3).value.getStoryId(), "a4 joined the story first, then it split");

    Map<String, Story> stories = storiesOut.readKeyValuesToMap();
    assertEquals(2, stories.get(first).getArticleCount(), "the story that split keeps its own articles only");
    assertEquals(List.of("outlet-a", "outlet-b"), stories.get(first).getSources());
    assertNull(stories.get(first).getRelatedStoryId());
    assertEquals(2, stories.get(second).getArticleCount());
    assertEquals(List.of("a3", "a4"), stories.get(second).getTopArticles().stream().map(a -> a.getArticleId())
        .toList());
    assertEquals(first, stories.get(second).getRelatedStoryId(), "related to the story it split from");
  }

  @Test
  void meaningVectorsRaiseTheScoreOfAReportInOtherWordsAndLowerThatOfOtherNews() {
    String robbery = "Masked robbers stormed a downtown bank on Friday morning, threatened the staff with pistols and "
        + "escaped in a stolen van with several bags of cash. Nobody was hurt, police said.";
    String retold = "Armed thieves held up a city-centre bank branch on Friday and fled with money in a getaway "
        + "vehicle, police said. Employees were unharmed.";
    String storm = "A tropical storm flooded coastal towns on Friday and cut power to thousands of homes, police "
        + "said. Schools stayed closed.";
    // Any positive score joins (the lowest threshold), so that the score is on the membership record.
    MediamonConfig joinAll = config.with(Setting.STORIES_THRESHOLD, "0.001");
    MediamonConfig wordsAlone = joinAll.with(Setting.STORIES_MEANING_WEIGHT, "0");
    double retoldOnWords = scoreAgainstTheRobbery(wordsAlone, robbery, retold);
    double retoldWithMeaning = scoreAgainstTheRobbery(joinAll, robbery, retold);
    assertTrue(retoldWithMeaning > retoldOnWords + 0.1, "the robbery retold: " + retoldWithMeaning + " against "
        + retoldOnWords + " on words and names alone");
    assertTrue(scoreAgainstTheRobbery(wordsAlone, robbery, storm) > 0, "the storm shares a few words");
    assertNull(scoreAgainstTheRobbery(joinAll, robbery, storm), "but means something else: it joins no story");
  }

  /** The score of {@code second} against the story of {@code robbery} on a fresh run; null when it joined none. */
  private Double scoreAgainstTheRobbery(MediamonConfig changed, String robbery, String second) {
    restartWith(changed);
    pipeAt(0, "a1", "outlet-a", "Bank robbed", robbery);
    pipeAt(1, "a2", "outlet-b", "Friday", second);
    StoryMembership joined = membersOut.readKeyValuesToMap().get("a2");
    return joined.getNewStory() ? null : joined.getSimilarity();
  }

  @Test
  void aStoryThatMergesIntoTheStoryItIsRelatedToIsDeletedAndItsArticlesMove() {
    // Only the same text joins (0.95); the follow-up's text is related to the first report's and, two reports of it
    // against that one, scores enough to merge (0.3); their words counted over these three articles alone. Words
    // decide here: the meaning vectors, which would join the two reports of one quake at once, are left out.
    restartWith(config.with(Setting.STORIES_THRESHOLD, "0.95").with(Setting.STORIES_MERGE_THRESHOLD, "0.3")
        .with(Setting.STORIES_PRIOR_ARTICLES, "0").with(Setting.STORIES_MEANING_WEIGHT, "0"));
    pipeAt(0, "a1", "outlet-a", "Tabriz quake toll rises", QUAKE_FOLLOW_UP);
    pipeAt(1, "a2", "outlet-b", "Deadly earthquake near Tabriz", QUAKE);
    pipeAt(2, "a3", "outlet-c", "Deadly earthquake near Tabriz", QUAKE);

    List<KeyValue<String, StoryMembership>> records = membersOut.readKeyValuesToList();
    String announced = records.get(0).value.getStoryId();
    String beside = records.get(1).value.getStoryId();
    assertNotEquals(announced, beside, "the second report started a story of its own");
    assertEquals(List.of("a1:" + announced + ":new", "a2:" + beside + ":new", "a3:" + announced + ":similar",
        "a2:" + announced + ":merge"), records.stream()
        .map(r -> r.key + ":" + r.value.getStoryId() + ":" + r.value.getReason()).toList());

    List<KeyValue<String, Story>> stories = storiesOut.readKeyValuesToList();
    KeyValue<String, Story> last = stories.get(stories.size() - 1);
    assertEquals(beside, last.key);
    assertNull(last.value, "the story that merged is deleted (a tombstone on the compacted topic)");
    Story merged = stories.stream().filter(r -> announced.equals(r.key)).reduce((x, y) -> y).orElseThrow().value;
    assertEquals(3, merged.getArticleCount());
    assertEquals(List.of("outlet-a", "outlet-b", "outlet-c"), merged.getSources().stream().sorted().toList());
    assertEquals("Tabriz quake toll rises", merged.getHeadline(), "the story keeps its first report");
  }

  @Test
  void aStoryALaterReportRelatesToTheOtherStoryItFitsNamesThatStory() {
    // A report of both happenings fits both stories: it joins the one it fits best and relates it to the other.
    // A low join threshold: with three articles seen, their words are all rare.
    restartWith(config.with(Setting.STORIES_THRESHOLD, "0.1").with(Setting.STORIES_LATER_RELATED_THRESHOLD, "0.05"));
    pipeAt(0, "a1", "outlet-a", "Deadly earthquake near Tabriz", QUAKE);
    pipeAt(1, "a2", "outlet-b", "Phone launch", LAUNCH);
    pipeAt(2, "a3", "outlet-c", "Tabriz quake toll rises", QUAKE_FOLLOW_UP + " " + LAUNCH);

    Map<String, StoryMembership> members = membersOut.readKeyValuesToMap();
    String quake = members.get("a1").getStoryId();
    String launch = members.get("a2").getStoryId();
    assertNotEquals(quake, launch);
    String joined = members.get("a3").getStoryId();
    assertEquals("similar", members.get("a3").getReason(), "it joins a story");
    assertTrue(joined.equals(quake) || joined.equals(launch), "one of the two: " + joined);
    String other = joined.equals(quake) ? launch : quake;
    Map<String, Story> stories = storiesOut.readKeyValuesToMap();
    assertEquals(other, stories.get(joined).getRelatedStoryId(), "and relates it to the other story it fits");
    assertNull(stories.get(other).getRelatedStoryId());
  }

  @Test
  void theStoryIsNamedByWhoDidWhatToWhomAndCarriesNamedSpeakersClaims() {
    EnrichedArticle a = article("a1", "outlet-a", "Iran holds talks with the Taliban", LAUNCH, T0);
    a.setEventMentions(List.of(mention(List.of("Iran"), "CONSULT", List.of("Taliban"), "Tehran")));
    a.setClaims(List.of(claim("Ali Shamkhani", "talks were held with the Taliban"), claim(null, "unattributed")));
    articlesIn.pipeInput("a1", a, T0);
    Story story = storiesOut.readValue();
    assertEquals("Iran–Taliban talks", story.getTitle());
    assertEquals("CONSULT", story.getStoryType());
    assertEquals(1, story.getLeadReports(), "the article opens with who did what to whom");
    assertEquals("Tehran", story.getPlace());
    assertTrue(story.getActors().containsAll(List.of("Iran", "Taliban")), story.getActors().toString());
    assertEquals(1, story.getClaims().size(), "only named speakers");
    assertEquals("Ali Shamkhani", story.getClaims().get(0).getSpeaker());
  }

  @Test
  void aStoryWhoseArticleNamesTwoPartiesOnlyDeepInItsTextIsTypedButHasNoLeadReport() {
    EnrichedArticle a = article("a1", "outlet-a", "A long profile of a coach",
        "His years at the club, his family and his plans. " + "More. ".repeat(150), T0);
    EventMention deep = mention(List.of("NCAA"), "ACCUSE", List.of("Jim O'Brien"), null);
    deep.setBegin(a.getCleanText().length() - 40);
    a.setEventMentions(List.of(deep));
    articlesIn.pipeInput("a1", a, T0);
    Story story = storiesOut.readValue();
    assertEquals("ACCUSE", story.getStoryType());
    assertEquals(0, story.getLeadReports(), "its NEW waits for alerts.untyped-new-min-articles");
  }

  @Test
  void aCopyJoinsItsOriginalsStoryWithoutADecision() {
    articlesIn.pipeInput("a1", article("a1", "outlet-a", "Quake", QUAKE, T0), T0);
    EnrichedArticle copy = article("a2", "outlet-b", "Unrelated headline", LAUNCH, T0);
    copy.setDuplicateOf("a1");
    articlesIn.pipeInput("a2", copy, T0.plusSeconds(1));
    Map<String, StoryMembership> members = membersOut.readKeyValuesToMap();
    assertEquals(members.get("a1").getStoryId(), members.get("a2").getStoryId());
    assertEquals("duplicate", members.get("a2").getReason());
  }

  @Test
  void theSameArticleAgainChangesNothing() {
    EnrichedArticle a1 = article("a1", "outlet-a", "Quake", QUAKE, T0);
    articlesIn.pipeInput("a1", a1, T0);
    assertEquals(1, storiesOut.readRecordsToList().size());
    membersOut.readRecordsToList();
    articlesIn.pipeInput("a1", a1, T0.plusSeconds(5));
    assertTrue(storiesOut.isEmpty(), "no story record");
    assertTrue(membersOut.isEmpty(), "no membership record");
  }

  @Test
  void aDormantStoryIsNeverJoinedAgain() {
    articlesIn.pipeInput("a1", article("a1", "outlet-a", "Quake", QUAKE, T0), T0);
    Instant later = T0.plus(Duration.ofHours(config.getInt(Setting.STORIES_DORMANT_AFTER_HOURS) + 1));
    articlesIn.pipeInput("a2", article("a2", "outlet-b", "Quake", QUAKE_FOLLOW_UP, later), later);
    Map<String, StoryMembership> members = membersOut.readKeyValuesToMap();
    assertTrue(members.get("a2").getNewStory(), "reported after the story went dormant");
  }

  @Test
  void eventMentionsLinkAnArticleToAFollowedEventButNeverStartAStoryOfTheirOwn() {
    eventsIn.pipeInput("evt-followed", followedEvent(), T0);
    EnrichedArticle a = article("a1", "outlet-a", "Iran holds talks with the Taliban", LAUNCH, T0);
    a.setEventMentions(List.of(
        mention(List.of("Zalmay Khalilzad"), "CONSULT", List.of("Taliban"), "Qatar"),
        mention(List.of("Iran"), "CONSULT", List.of("Taliban"), null)));
    articlesIn.pipeInput("a1", a, T0.plusSeconds(60));

    Map<String, Story> stories = storiesOut.readKeyValuesToMap();
    assertEquals(2, stories.size(), "its own story and the followed event: " + stories.keySet());
    Story followed = stories.get("evt-followed");
    assertEquals(StoryOrigin.FOLLOWED, followed.getOrigin());
    assertEquals("U.S.–Taliban peace talks", followed.getTitle(), "the analyst's title stays");
    assertEquals("NEGOTIATE", followed.getStoryType());
    assertEquals(List.of("United States", "Taliban", "Zalmay Khalilzad"), followed.getActors().subList(0, 3));
    assertEquals(1, followed.getArticleCount());
    StoryMembership member = membersOut.readValue();
    assertEquals(List.of("evt-followed"), member.getFollowedEventIds());
    assertTrue(membersOut.isEmpty(), "one membership per article");
  }

  @Test
  void recordsOnTheEventsTopicThatAreNoEventsAreSkippedAndTheRestGoesOn() {
    TestInputTopic<String, byte[]> rawEvents = driver.createInputTopic(topics.events().name(),
        new StringSerializer(), new ByteArraySerializer());
    rawEvents.pipeInput("evt-garbage", "not avro at all".getBytes(StandardCharsets.UTF_8), T0);
    rawEvents.pipeInput((String) null, topics.events().valueSerde().serializer()
        .serialize(topics.events().name(), followedEvent()), T0);
    rawEvents.pipeInput("evt-other-key", topics.events().valueSerde().serializer()
        .serialize(topics.events().name(), followedEvent()), T0);
    eventsIn.pipeInput("evt-followed", followedEvent(), T0);

    EnrichedArticle a = article("a1", "outlet-a", "Envoy meets the Taliban", LAUNCH, T0);
    a.setEventMentions(List.of(mention(List.of("Zalmay Khalilzad"), "CONSULT", List.of("Taliban"), "Qatar")));
    articlesIn.pipeInput("a1", a, T0.plusSeconds(60));
    assertEquals(List.of("evt-followed"), membersOut.readValue().getFollowedEventIds(),
        "the good event after the bad records is followed; the bad ones follow nothing");
  }

  @Test
  void aMentionWithOneSharedActorDoesNotLinkAFollowedEventNorDoesAHistoricalOneTitleTheStory() {
    eventsIn.pipeInput("evt-followed", followedEvent(), T0);
    EnrichedArticle a = article("a1", "outlet-a", "Headline", LAUNCH, T0);
    EventMention history = mention(List.of("Taliban"), "ASSAULT", List.of("Kabul police"), null);
    history.setDate(LocalDate.parse("2018-10-18")); // two months before the article: history retold
    a.setEventMentions(List.of(history, mention(List.of("Iran"), "CONSULT", List.of("Taliban"), null)));
    articlesIn.pipeInput("a1", a, T0);
    Map<String, Story> stories = storiesOut.readKeyValuesToMap();
    assertEquals(1, stories.size(), stories.keySet().toString());
    Story story = stories.values().iterator().next();
    assertEquals("Iran–Taliban talks", story.getTitle());
    assertFalse(story.getTally().getTypes().containsKey("ASSAULT"), "history is not what the article reports");
  }

  @Test
  void nonEnglishArticlesJoinNoStory() {
    EnrichedArticle a = article("a1", "outlet-a", "Séisme", QUAKE, T0);
    a.setLanguage("fr");
    articlesIn.pipeInput("a1", a, T0);
    assertTrue(storiesOut.isEmpty());
    assertTrue(membersOut.isEmpty());
  }

  @Test
  void aStoryRecordStaysBoundedWhateverTheCoverage() {
    for (int i = 0; i < 80; i++) {
      EnrichedArticle copy = article("a" + i, "outlet-" + i, "Quake " + i, QUAKE, T0);
      copy.setClaims(List.of(claim("Speaker " + i, "something " + i)));
      copy.setDuplicateOf(i == 0 ? null : "a0");
      articlesIn.pipeInput("a" + i, copy, T0.plusSeconds(i));
    }
    List<Story> versions = storiesOut.readValuesToList();
    Story last = versions.get(versions.size() - 1);
    assertEquals(1, versions.stream().map(Story::getStoryId).distinct().count());
    assertEquals(80, last.getArticleCount());
    assertEquals(50, last.getSources().size());
    assertEquals(50, last.getSourceCount(), "exact up to the sources kept");
    assertEquals(5, last.getTopArticles().size());
    assertEquals(10, last.getClaims().size());
    byte[] bytes = topics.stories().valueSerde().serializer().serialize("t", last);
    assertTrue(bytes.length < 8_000, "a story record is a few kilobytes: " + bytes.length);
  }

  @Test
  void theSameInputInTheSameOrderGivesByteIdenticalOutput() {
    List<byte[]> first = replay(config);
    driver.close();
    MediamonConfig fresh = config.with(Setting.STATE_DIR, stateDir.resolve("second").toString());
    driver = driver(fresh);
    List<byte[]> second = replay(fresh);
    assertEquals(first.size(), second.size());
    for (int i = 0; i < first.size(); i++) {
      assertArrayEquals(first.get(i), second.get(i), "record " + i);
    }
  }

  private List<byte[]> replay(MediamonConfig c) {
    eventsIn.pipeInput("evt-followed", followedEvent(), T0);
    for (int i = 0; i < 12; i++) {
      String text = i % 3 == 0 ? QUAKE : i % 3 == 1 ? LAUNCH : QUAKE_FOLLOW_UP;
      EnrichedArticle a = article("a" + i, "outlet-" + (i % 4), "Headline " + i, text, T0);
      a.setEventMentions(List.of(mention(List.of("Zalmay Khalilzad"), "CONSULT", List.of("Taliban"), "Qatar")));
      articlesIn.pipeInput("a" + i, a, T0.plusSeconds(i));
    }
    List<byte[]> out = new ArrayList<>();
    for (TestRecord<String, Story> r : storiesOut.readRecordsToList()) {
      out.add((r.key() + "@" + r.timestamp()).getBytes(StandardCharsets.UTF_8));
      out.add(topics.stories().valueSerde().serializer().serialize("t", r.value()));
    }
    for (TestRecord<String, StoryMembership> r : membersOut.readRecordsToList()) {
      out.add(topics.storyArticles().valueSerde().serializer().serialize("t", r.value()));
    }
    return out;
  }

  @Test
  void everyProcessorAndStoreIsNamed() {
    TopologyDescription description = CorrelatorTopology.build(config).describe();
    String text = description.toString();
    assertFalse(text.contains("KSTREAM-"), text);
    assertFalse(text.contains("KTABLE-"), text);
    assertTrue(text.contains("correlator-assign-story"), text);
    assertTrue(text.contains("correlator-aggregate-story"), text);
  }

  /**
   * TopologyTestDriver does not deliver the records exception handlers return for the dead-letter topic; their
   * content is checked in DeadLetterHandlersTest and on a real broker in PipelineIT. Here: the stream goes on.
   */
  @Test
  void unreadableRecordDoesNotStopTheStream() {
    TestInputTopic<byte[], byte[]> rawIn = driver.createInputTopic(topics.enriched().name(),
        Serdes.ByteArray().serializer(), Serdes.ByteArray().serializer());
    rawIn.pipeInput("bad".getBytes(StandardCharsets.UTF_8), "not avro".getBytes(StandardCharsets.UTF_8));
    articlesIn.pipeInput("a1", article("a1", "outlet-a", "Quake", QUAKE, T0), T0);
    assertEquals(1, storiesOut.readRecordsToList().size(), "the next article is still processed");
  }

  @Test
  void aFollowedEventWithoutActorsLinksNothing() {
    Event noActors = Event.newBuilder(followedEvent()).setActors(List.of()).build();
    eventsIn.pipeInput("evt-followed", noActors, T0);
    EnrichedArticle a = article("a1", "outlet-a", "Talks", LAUNCH, T0);
    a.setEventMentions(List.of(mention(List.of("Zalmay Khalilzad"), "CONSULT", List.of("Taliban"), "Qatar")));
    articlesIn.pipeInput("a1", a, T0);
    assertNull(storiesOut.readKeyValuesToMap().get("evt-followed"));
  }

  public static Event followedEvent() {
    return Event.newBuilder()
        .setEventId("evt-followed")
        .setTitle("U.S.–Taliban peace talks")
        .setEventType("NEGOTIATE")
        .setActors(List.of("United States", "Taliban", "Zalmay Khalilzad"))
        .setLocation("Qatar")
        .setOrigin(EventOrigin.ANALYST)
        .setArticleIds(List.of())
        .setSources(List.of())
        .setClaims(List.of())
        .setUpdatedAt(T0)
        .build();
  }

  public static EventMention mention(List<String> actors, String action, List<String> targets, String place) {
    return EventMention.newBuilder().setActors(actors).setAction(action).setTrigger("met").setTargets(targets)
        .setPlace(place).setTime(null).setBegin(0).setEnd(10).build();
  }

  static Claim claim(String speaker, String content) {
    return Claim.newBuilder().setSpeaker(speaker).setCue("said").setContent(content).setQuoted(true)
        .setKind(io.mediamon.schema.ClaimKind.STATEMENT).setBegin(0)
        .setEnd(4).build();
  }

  /** An article with the places its text names as LOCATION entities (capitalized Tabriz, Seoul). */
  public static EnrichedArticle article(String id, String source, String title, String text, Instant published) {
    List<Entity> entities = new ArrayList<>();
    for (String place : List.of("Tabriz", "Seoul")) {
      int at = text.indexOf(place);
      if (at >= 0) {
        entities.add(Entity.newBuilder().setText(place).setType(EntityType.LOCATION).setCanonical(place)
            .setMentions(List.of(Mention.newBuilder().setText(place).setBegin(at).setEnd(at + place.length())
                .build()))
            .setFirstOffset(at).setSalience(1.0).build());
      }
    }
    return EnrichedArticle.newBuilder()
        .setId(id).setUrl("https://" + source + ".example/" + id).setSource(source).setTitle(title)
        .setPublishedAt(published).setFetchedAt(published)
        .setCleanText(text).setLanguage("en").setEntities(entities)
        .setClaims(List.of()).setEventMentions(List.of()).setFingerprint("0000000000000000")
        .build();
  }
}
