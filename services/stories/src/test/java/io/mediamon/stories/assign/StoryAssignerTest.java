package io.mediamon.stories.assign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.config.MediamonConfig;
import io.mediamon.schema.ArticleFeatures;
import io.mediamon.schema.FeatureEntity;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The assignment stage on its real (RocksDB) stores, without Kafka. */
class StoryAssignerTest {
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  @TempDir
  Path dir;

  private StoryStoresOnDisk stores;
  private MockProcessorContext<Object, Object> context;
  private StoryAssigner assigner;

  @BeforeEach
  void setUp() {
    stores = new StoryStoresOnDisk(dir);
    context = stores.context;
    assignerWith(MediamonConfig.defaults());
  }

  @AfterEach
  void tearDown() {
    stores.close();
  }

  @Test
  void aFollowUpAmongThousandsOfOpenStoriesFindsItsOwnThroughTheIndex() {
    for (int k = 0; k < 2000; k++) {
      assigner.startStory(article("s" + k, words("story" + k, 30), List.of(person("Person " + k)), T0));
    }
    ArticleFeatures followUp = article("f", words("story1234", 25), List.of(person("Person 1234")),
        T0.plusSeconds(600));
    Assignment a = assigner.assign(followUp);
    assertFalse(a.newStory());
    assertEquals(StoryAssigner.storyIdFor("s1234"), a.storyId());
    assertEquals(Assignment.SIMILAR, a.reason());
  }

  @Test
  void aStageUpgradedFromAKeyPerPostingFindsTheStoriesOpenBeforeAndForgetsThatLayoutWithItsDays() {
    for (int k = 0; k < 2000; k++) {
      assigner.startStory(article("s" + k, words("story" + k, 30), List.of(person("Person " + k)), T0));
    }
    // The stores as a build before the lists left them: a key and an expiry entry per posting, no mark of the lists.
    KeyValueStore<Bytes, byte[]> postings = context.getStateStore(StoryStores.POSTINGS);
    KeyValueStore<Bytes, byte[]> expiry = context.getStateStore(StoryStores.EXPIRY);
    KeyValueStore<String, Long> terms = context.getStateStore(StoryStores.TERMS);
    List<KeyValue<Bytes, byte[]>> lists = new java.util.ArrayList<>();
    try (KeyValueIterator<Bytes, byte[]> all = postings.all()) {
      all.forEachRemaining(lists::add);
    }
    for (KeyValue<Bytes, byte[]> list : lists) {
      long feature = java.nio.ByteBuffer.wrap(list.key.get()).getLong();
      for (PostingList.Posting p : PostingList.decode(list.value).postings()) {
        Bytes posting = StoryIndexTest.earlierPosting(feature, p.day(), p.storyId());
        postings.put(posting, new byte[0]);
        expiry.put(IndexKeys.expiry(p.day(), IndexKeys.POSTING, posting.get()), new byte[0]);
      }
      postings.delete(list.key);
    }
    terms.delete("\u0000index-lists-since");
    assignerWith(MediamonConfig.defaults());

    Assignment a = assigner.assign(article("f", words("story1234", 25), List.of(person("Person 1234")),
        T0.plusSeconds(600)));
    assertEquals(StoryAssigner.storyIdFor("s1234"), a.storyId(), "found through its posting of before");
    assigner.assign(article("later", words("later", 30), List.of(), T0.plus(Duration.ofDays(12))));
    try (KeyValueIterator<Bytes, byte[]> all = postings.all()) {
      all.forEachRemaining((KeyValue<Bytes, byte[]> kv) -> assertTrue(IndexKeys.isFeature(kv.key),
          "no posting of the layout before is left once its days are forgotten"));
    }
    assertFalse(lists.isEmpty());
  }

  @Test
  void somethingNewStartsAStoryAndTheSameArticleAgainIsNotAssignedTwice() {
    ArticleFeatures first = article("a", words("quake", 30), List.of(), T0);
    Assignment a = assigner.assign(first);
    assertTrue(a.newStory());
    assertNull(assigner.assign(first), "already in its story");
    Assignment b = assigner.assign(article("b", words("launch", 30), List.of(), T0));
    assertTrue(b.newStory());
    assertNotEquals(a.storyId(), b.storyId());
  }

  @Test
  void namesTheSameYearsOrDifferentYearsDecideBetweenTwoHappeningsOfOneKind() {
    // other news first, so that words shared by the earthquake articles are rarer than words in every article
    otherNews();
    Assignment first = assigner.assign(withYears(article("a", words("quake", 30), List.of(), T0), 2008));
    // most of their words are the first article's: close enough to join on words alone
    Assignment otherYear = assigner.assign(withYears(article("c", related("tremor"), List.of(), T0), 2013));
    assertTrue(otherYear.newStory(), "similar words, another year: another earthquake");
    Assignment sameYear = assigner.assign(withYears(article("b", related("rescue"), List.of(), T0), 2008));
    assertFalse(sameYear.newStory(), "similar words, the same year: the same earthquake");
    assertEquals(first.storyId(), sameYear.storyId());
  }

  @Test
  void aStoryStartedCloseToAnOpenStoryItDidNotJoinNamesItAndOneStartedFarFromAllNamesNone() {
    otherNews();
    Assignment first = assigner.assign(withYears(article("a", words("quake", 30), List.of(), T0), 2008));
    assertNull(first.relatedStoryId(), "no open story is close to it");
    Assignment otherYear = assigner.assign(withYears(article("c", related("tremor"), List.of(), T0), 2013));
    assertTrue(otherYear.newStory(), "similar words, another year: another earthquake");
    assertEquals(first.storyId(), otherYear.relatedStoryId(), "but related to the first one");
    Assignment unrelated = assigner.assign(article("u", words("launch", 30), List.of(), T0));
    assertTrue(unrelated.newStory());
    assertNull(unrelated.relatedStoryId());
    // most of the first article's words, and some of the other earthquake's
    Assignment joined = assigner.assign(withYears(article("b", mixed("quake", 25, "rescue", 5), List.of(), T0),
        2008));
    assertEquals(first.storyId(), joined.storyId());
    assertNull(joined.relatedStoryId(), "another year keeps it under the threshold against the other earthquake's");
  }

  @Test
  void anArticleThatJoinsOneStoryAndFitsAnotherTooNamesTheOther() {
    otherNews();
    Assignment quake = assigner.assign(article("a", words("quake", 30), List.of(), T0));
    Assignment tremor = assigner.assign(article("t", words("tremor", 30), List.of(), T0));
    assertNull(tremor.relatedStoryId(), "no word in common with the earthquake's story");
    // most of its words are the tremor's, a good part the earthquake's: it fits both stories
    Assignment both = assigner.assign(article("b", mixed("tremor", 20, "quake", 12), List.of(), T0));
    assertEquals(tremor.storyId(), both.storyId(), "it joins the story it fits best");
    assertEquals(Assignment.SIMILAR, both.reason());
    assertEquals(quake.storyId(), both.relatedStoryId(), "and names the other story it fits");
    Assignment tremorOnly = assigner.assign(article("c", words("tremor", 25), List.of(), T0));
    assertEquals(tremor.storyId(), tremorOnly.storyId());
    assertNull(tremorOnly.relatedStoryId(), "it fits no other story");
  }

  @Test
  void withTheLaterRelatedThresholdAtOneAJoiningArticleNamesNoOtherStory() {
    assignerWith(MediamonConfig.defaults().with(io.mediamon.config.Setting.STORIES_LATER_RELATED_THRESHOLD, "1"));
    otherNews();
    assigner.assign(article("a", words("quake", 30), List.of(), T0));
    Assignment tremor = assigner.assign(article("t", words("tremor", 30), List.of(), T0));
    Assignment both = assigner.assign(article("b", mixed("tremor", 20, "quake", 12), List.of(), T0));
    assertEquals(tremor.storyId(), both.storyId());
    assertNull(both.relatedStoryId());
  }

  @Test
  void aStoryKeptApartOnlyByConflictsIsRelatedToTheStoryItsWordsAndNamesWouldHaveJoined() {
    otherNews();
    Assignment first = assigner.assign(inYear(article("a", words("quake", 30), List.of(person("Alice Rescuer")), T0),
        2008));
    // another year and another main person: both conflicts take the score far under the related threshold
    Assignment kept = assigner.assign(inYear(article("c", related("tremor"), List.of(person("Bob Survivor")), T0),
        2013));
    assertTrue(kept.newStory());
    assertEquals(first.storyId(), kept.relatedStoryId(), "its words alone would have joined the first story");
    // far in words from both: related to none, whatever the conflicts
    Assignment unrelated = assigner.assign(inYear(article("u", words("launch", 30), List.of(person("Carol Other")), T0),
        2013));
    assertNull(unrelated.relatedStoryId());
  }

  @Test
  void withTheRelatedThresholdAtOneNoStoryIsRelated() {
    assignerWith(MediamonConfig.defaults().with(io.mediamon.config.Setting.STORIES_RELATED_THRESHOLD, "1"));
    otherNews();
    assigner.assign(withYears(article("a", words("quake", 30), List.of(), T0), 2008));
    Assignment otherYear = assigner.assign(withYears(article("c", related("tremor"), List.of(), T0), 2013));
    assertTrue(otherYear.newStory());
    assertNull(otherYear.relatedStoryId());
  }

  @Test
  void anotherMainPersonMeansAnotherHappeningEvenWhenAPersonInTheNewsEverywhereIsInBoth() {
    // a president in every article of the background news (more articles than stories.prior-articles): weak evidence
    for (int k = 0; k < 1000; k++) {
      assigner.startStory(article("other" + k, words("other" + k, 20), List.of(person("President Famous")), T0));
    }
    Assignment first = assigner.assign(article("a", words("quake", 30),
        List.of(person("President Famous"), person("Alice Nominee")), T0));
    Assignment someoneElse = assigner.assign(article("b", related("tremor"),
        List.of(person("President Famous"), person("Bob Candidate")), T0));
    assertTrue(someoneElse.newStory(), "the same kind of news about someone else");
    Assignment sameOne = assigner.assign(article("c", related("rescue"),
        List.of(person("President Famous"), person("Alice Nominee")), T0));
    assertEquals(first.storyId(), sameOne.storyId(), "the same words about the same person");
  }

  @Test
  void onAFreshStreamTheReportsOfOneStoryJoinItThoughTheyAreMostOfTheArticlesSeen() {
    assertEquals(1, storiesOfSixReports(), "the story's words are rare in a stream of stories.prior-articles articles");
  }

  @Test
  void withoutThePriorTheWordsTheReportsShareAreCommonInTheFewArticlesSeenAndTheyDoNotJoin() {
    assignerWith(MediamonConfig.defaults().with(io.mediamon.config.Setting.STORIES_PRIOR_ARTICLES, "0"));
    assertTrue(storiesOfSixReports() > 1);
  }

  /** A fresh stream: a few other articles, then six reports of one story, each half its own words. */
  private long storiesOfSixReports() {
    for (int k = 0; k < 6; k++) {
      assigner.startStory(article("other" + k, words("other" + k, 20), List.of(), T0));
    }
    return java.util.stream.IntStream.range(0, 6)
        .mapToObj(i -> assigner.assign(article("r" + i, mixed("vote", 12, "report" + i, 12), List.of(), T0)).storyId())
        .distinct().count();
  }

  @Test
  void aCopyJoinsItsOriginalsStoryWhateverItsWords() {
    Assignment original = assigner.assign(article("a", words("quake", 30), List.of(), T0));
    ArticleFeatures copy = ArticleFeatures.newBuilder(article("b", words("other", 30), List.of(), T0))
        .setDuplicateOf("a").build();
    Assignment a = assigner.assign(copy);
    assertEquals(original.storyId(), a.storyId());
    assertEquals(Assignment.DUPLICATE, a.reason());
  }

  @Test
  void aDormantStoryIsNotJoinedAndWhatNoArticleCanReachIsForgotten() {
    Assignment first = assigner.assign(article("a", words("quake", 30), List.of(), T0));
    Instant dormant = T0.plus(Duration.ofHours(73));
    Assignment late = assigner.assign(article("b", words("quake", 30), List.of(), dormant));
    assertTrue(late.newStory(), "the first story went dormant");

    KeyValueStore<String, StoryProfile> profiles = context.getStateStore(StoryStores.PROFILES);
    KeyValueStore<String, String> articles = context.getStateStore(StoryStores.ARTICLES);
    assertNotNull(profiles.get(first.storyId()));
    assigner.assign(article("c", words("later", 30), List.of(), T0.plus(Duration.ofDays(12))));
    assertNull(profiles.get(first.storyId()), "forgotten once out of every article's reach");
    assertNull(articles.get("a"), "its articles too");
    KeyValueStore<Bytes, byte[]> postings = context.getStateStore(StoryStores.POSTINGS);
    int day0 = StoryAssigner.dayOf(T0.toEpochMilli());
    try (KeyValueIterator<Bytes, byte[]> all = postings.all()) {
      all.forEachRemaining((KeyValue<Bytes, byte[]> kv) -> assertFalse(
          PostingList.decode(kv.value).hasDay(day0), "no posting of the forgotten day is left"));
    }
  }

  @Test
  void aStoryThatTookInTwoHappeningsSplitsAndTheSecondFindsItsOwnFollowUps() {
    assignerWith(MediamonConfig.defaults().with(io.mediamon.config.Setting.STORIES_SPLIT_THRESHOLD, "0.55"));
    otherNews();
    String first = assigner.assign(article("a", words("quake", 20), List.of(), T0)).storyId();
    assertEquals(first, assigner.assign(article("b", words("quake", 20), List.of(), T0)).storyId());
    // Another happening of the kind: half its words are the first one's, enough to join that story's centroid.
    Assignment c = assigner.assign(article("c", halfQuake(), List.of(), T0));
    assertEquals(first, c.storyId());
    assertEquals(List.of(), c.regrouped(), "three articles never split");
    Assignment d = assigner.assign(article("d", halfQuake(), List.of(), T0));
    assertEquals(first, d.storyId(), "decided against the story's centroid, as any article");

    String second = StoryAssigner.storyIdFor("c");
    assertEquals(List.of("a:" + first, "b:" + first, "c:" + second, "d:" + second), d.regrouped().stream()
        .map(a -> a.getArticleId() + ":" + a.getStoryId()).toList(), "the story split in two");
    assertTrue(d.regrouped().stream().allMatch(a -> Assignment.SPLIT.equals(a.getReason())));
    assertEquals(List.of(true, false, true, false), d.regrouped().stream().map(ArticleFeatures::getNewStory)
        .toList(), "each part starts again from its first article");
    assertEquals(first, d.regrouped().get(2).getRelatedStoryId(), "the part split off is related to the first");
    assertNull(d.regrouped().get(0).getRelatedStoryId());

    KeyValueStore<String, StoryProfile> profiles = context.getStateStore(StoryStores.PROFILES);
    assertEquals(2, profiles.get(first).articles());
    assertEquals(2, profiles.get(second).articles());
    KeyValueStore<String, String> articles = context.getStateStore(StoryStores.ARTICLES);
    assertEquals(second, articles.get("d"));
    assertEquals(second, assigner.assign(article("e", halfQuake(), List.of(), T0)).storyId(),
        "a follow-up of the second happening finds its story through the index");
    assertEquals(first, assigner.assign(article("f", words("quake", 20), List.of(), T0)).storyId());
  }

  @Test
  void eachPartOfASplitStoryKeepsItsOwnArticlesMeaningVectorsThoughTheFirstArticlesIsKeptOnlyInTheSum() {
    // Weight 0: the joins and the split are decided on words, as in the test above; the vectors are only summed.
    assignerWith(MediamonConfig.defaults().with(io.mediamon.config.Setting.STORIES_SPLIT_THRESHOLD, "0.55")
        .with(io.mediamon.config.Setting.STORIES_MEANING_WEIGHT, "0"));
    otherNews();
    List<Float> quake = List.of(0.6f, 0.8f, 0f, 0f);
    List<Float> other = List.of(0f, 0f, 0.8f, -0.6f);
    String first = assigner.assign(meaning(article("a", words("quake", 20), List.of(), T0), quake)).storyId();
    assigner.assign(meaning(article("b", words("quake", 20), List.of(), T0), quake));
    assigner.assign(meaning(article("c", halfQuake(), List.of(), T0), other));
    Assignment d = assigner.assign(meaning(article("d", halfQuake(), List.of(), T0), other));
    String second = StoryAssigner.storyIdFor("c");
    assertEquals(List.of(first, first, second, second), d.regrouped().stream().map(ArticleFeatures::getStoryId)
        .toList(), "the story split in two");

    KeyValueStore<String, StoryProfile> profiles = context.getStateStore(StoryStores.PROFILES);
    assertArrayEquals(new float[] {1.2f, 1.6f, 0f, 0f}, profiles.get(first).meaning(), 1e-3f,
        "the first part: its two articles' vectors, the first one's found from the story's sum");
    assertArrayEquals(new float[] {0f, 0f, 1.6f, -1.2f}, profiles.get(second).meaning(), 1e-3f);
  }

  @Test
  void articlesThatSplitOffJoinTheOpenStoryTheyFitAsAWhole() {
    assignerWith(MediamonConfig.defaults().with(io.mediamon.config.Setting.STORIES_SPLIT_THRESHOLD, "0.55"));
    otherNews();
    String first = assigner.assign(article("a", words("quake", 20), List.of(), T0)).storyId();
    assigner.assign(article("b", words("quake", 20), List.of(), T0));
    // The first report of another happening of the kind joins the first one's story...
    assertEquals(first, assigner.assign(article("c", halfQuake(), List.of(), T0)).storyId());
    // ...while a report of that happening in other words starts a story of its own.
    Assignment h = assigner.assign(article("h", mixed("second", 10, "aftershock", 10), List.of(), T0));
    assertTrue(h.newStory(), "scored alone against the first story's centroid, it is something else");
    Assignment d = assigner.assign(article("d", halfQuake(), List.of(), T0));
    assertEquals(first, d.storyId(), "decided against the story's centroid, as any article");

    assertEquals(List.of("a:" + first + ":true", "b:" + first + ":false", "c:" + h.storyId() + ":false",
        "d:" + h.storyId() + ":false"), d.regrouped().stream()
        .map(a -> a.getArticleId() + ":" + a.getStoryId() + ":" + a.getNewStory()).toList(),
        "the two that split off join the second happening's story instead of starting a third");
    assertTrue(d.regrouped().stream().allMatch(a -> Assignment.SPLIT.equals(a.getReason())));
    KeyValueStore<String, StoryProfile> profiles = context.getStateStore(StoryStores.PROFILES);
    assertEquals(2, profiles.get(first).articles());
    assertEquals(3, profiles.get(h.storyId()).articles());
    assertNull(profiles.get(StoryAssigner.storyIdFor("c")), "no story of their own");
    KeyValueStore<String, String> articles = context.getStateStore(StoryStores.ARTICLES);
    assertEquals(h.storyId(), articles.get("c"));
    assertEquals(h.storyId(), assigner.assign(article("e", mixed("second", 10, "aftershock", 10), List.of(), T0))
        .storyId(), "a follow-up of the second happening finds its story");
    assertEquals(first, assigner.assign(article("f", words("quake", 20), List.of(), T0)).storyId());
  }

  @Test
  void withSplitsOffNoStorySplits() {
    assignerWith(MediamonConfig.defaults().with(io.mediamon.config.Setting.STORIES_SPLIT_THRESHOLD, "0.55")
        .with(io.mediamon.config.Setting.STORIES_SPLIT_MAX_ARTICLES, "0"));
    otherNews();
    String first = assigner.assign(article("a", words("quake", 20), List.of(), T0)).storyId();
    assigner.assign(article("b", words("quake", 20), List.of(), T0));
    assigner.assign(article("c", halfQuake(), List.of(), T0));
    Assignment d = assigner.assign(article("d", halfQuake(), List.of(), T0));
    assertEquals(first, d.storyId());
    assertEquals(List.of(), d.regrouped());
  }

  @Test
  void aStoryBesideAnOffCentreFirstReportMergesIntoItsStory() {
    assignerWith(mergingConfig());
    otherNews();
    // The first report is half about something else: the next reports score under the join threshold against it.
    String announced = assigner.assign(article("a", halfQuake(), List.of(), T0)).storyId();
    Assignment b = assigner.assign(article("b", words("quake", 20), List.of(), T0));
    assertTrue(b.newStory());
    assertEquals(announced, b.relatedStoryId(), "close enough to be related");
    Assignment c = assigner.assign(article("c", words("quake", 20), List.of(), T0));

    assertEquals(announced, c.storyId(), "the two reports and the first are one story");
    assertEquals(b.storyId(), c.mergedStoryId(), "the story beside it is gone");
    assertEquals(Assignment.SIMILAR, c.reason(), "the article that made the merge is sent once, as decided");
    assertEquals(List.of("b:" + announced + ":merge"), c.regrouped().stream()
        .map(a -> a.getArticleId() + ":" + a.getStoryId() + ":" + a.getReason()).toList());
    KeyValueStore<String, StoryProfile> profiles = context.getStateStore(StoryStores.PROFILES);
    assertEquals(3, profiles.get(announced).articles());
    assertNull(profiles.get(b.storyId()));
    KeyValueStore<String, String> articles = context.getStateStore(StoryStores.ARTICLES);
    assertEquals(announced, articles.get("b"));
    assertEquals(announced, assigner.assign(article("d", words("quake", 20), List.of(), T0)).storyId(),
        "a later report joins the story it merged into");
  }

  /**
   * Merges off; the two stories' articles scoring under the threshold; a related story announced at its first article
   * already (a story the desk was told of never vanishes into another).
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"stories.merge-max-articles=0", "stories.merge-threshold=0.95",
      "alerts.related-new-min-articles=1"})
  void noMergeWhenMergesAreOffTheStoriesDoNotScoreHighEnoughOrTheStoryIsAnnounced(String setting) {
    String[] kv = setting.split("=");
    assignerWith(mergingConfig().with(Map.of(kv[0], kv[1])));
    otherNews();
    assigner.assign(article("a", halfQuake(), List.of(), T0));
    String beside = assigner.assign(article("b", words("quake", 20), List.of(), T0)).storyId();
    Assignment c = assigner.assign(article("c", words("quake", 20), List.of(), T0));
    assertEquals(beside, c.storyId());
    assertNull(c.mergedStoryId());
    assertEquals(List.of(), c.regrouped());
  }

  @Test
  void aStoryDoesNotMergeIntoAStoryPastTheMergeSize() {
    assignerWith(mergingConfig().with(io.mediamon.config.Setting.STORIES_MERGE_MAX_ARTICLES, "1"));
    otherNews();
    String announced = assigner.assign(article("a", halfQuake(), List.of(), T0)).storyId();
    assertEquals(announced, assigner.assign(article("a2", halfQuake(), List.of(), T0)).storyId());
    String beside = assigner.assign(article("b", words("quake", 20), List.of(), T0)).storyId();
    assertEquals(beside, assigner.assign(article("c", words("quake", 20), List.of(), T0)).storyId(),
        "the related story has two articles: its own centroid was there to join");
  }

  /** Joins need a close match (0.8), a story is related from 0.1, and merges from 0.3 into stories of up to 3. */
  private static MediamonConfig mergingConfig() {
    return MediamonConfig.defaults().with(io.mediamon.config.Setting.STORIES_THRESHOLD, "0.8")
        .with(io.mediamon.config.Setting.STORIES_RELATED_THRESHOLD, "0.1")
        .with(io.mediamon.config.Setting.STORIES_MERGE_THRESHOLD, "0.3")
        .with(io.mediamon.config.Setting.STORIES_MERGE_MAX_ARTICLES, "3");
  }

  /** Ten of the earthquake articles' words and ten of another happening's. */
  private static Map<String, Integer> halfQuake() {
    Map<String, Integer> words = new TreeMap<>(words("quake", 10));
    words.putAll(words("second", 10));
    return words;
  }

  @Test
  void storyIdsDeriveFromTheFirstArticle() {
    assertEquals(StoryAssigner.storyIdFor("a"), assigner.assign(article("a", words("x", 20), List.of(), T0))
        .storyId());
    assertTrue(StoryAssigner.storyIdFor("a").matches("sty-[0-9a-f]{16}"));
  }

  /** Fifty stories of other news first, so that words shared by a test's articles are rarer than words in all. */
  /** A stream's other news: more articles than stories.prior-articles, so that the counts are the stream's own. */
  private void otherNews() {
    for (int k = 0; k < 1000; k++) {
      assigner.startStory(article("other" + k, words("other" + k, 20), List.of(), T0));
    }
  }

  private void assignerWith(MediamonConfig config) {
    assigner = StoryStores.assigner(context, StoryAssigner.Settings.from(config));
  }

  private static Map<String, Integer> words(String prefix, int n) {
    Map<String, Integer> words = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      words.put(prefix + "w" + i, 1 + i % 3);
    }
    words.put("said", 2);
    words.put("people", 1);
    return words;
  }

  private static FeatureEntity person(String name) {
    return FeatureEntity.newBuilder().setKey(name.toLowerCase()).setName(name).setType("PERSON").setSalience(1.0)
        .setVariants(List.of()).build();
  }

  /** The first {@code n} words of one article's and the first {@code m} of another's. */
  private static Map<String, Integer> mixed(String one, int n, String other, int m) {
    Map<String, Integer> words = new TreeMap<>(words(one, n));
    words.putAll(words(other, m));
    return words;
  }

  /** Fifteen of the first earthquake article's words and eight of its own. */
  private static Map<String, Integer> related(String own) {
    Map<String, Integer> words = new TreeMap<>(words("quake", 15));
    words.putAll(words(own, 8));
    return words;
  }

  private static ArticleFeatures meaning(ArticleFeatures a, List<Float> vector) {
    a.setMeaning(vector);
    return a;
  }

  /** The article naming a year, set in place: a builder copy of features with entities is refused by Avro here. */
  private static ArticleFeatures inYear(ArticleFeatures a, int year) {
    a.setYears(List.of(year));
    return a;
  }

  private static ArticleFeatures withYears(ArticleFeatures a, int year) {
    return ArticleFeatures.newBuilder(a).setYears(List.of(year)).build();
  }

  private static ArticleFeatures article(String id, Map<String, Integer> terms, List<FeatureEntity> entities,
      Instant at) {
    return ArticleFeatures.newBuilder().setArticleId(id).setSource("s").setReportedAt(at).setTerms(terms)
        .setEntities(entities).setMentions(List.of()).setClaims(List.of()).setFollowedEventIds(List.of()).build();
  }
}
