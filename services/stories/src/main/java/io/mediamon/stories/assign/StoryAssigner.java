package io.mediamon.stories.assign;

import io.mediamon.config.Setting;
import io.mediamon.schema.ArticleFeatures;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.LongStream;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Decides, for each article in arrival order, the one story it joins: the copy of an article joins that article's
 * story; otherwise the open story scoring highest against it (candidates from the {@link StoryIndex}, never a scan),
 * if it reaches the threshold (naming the next-best one too when it fits that one as well: its story is then related
 * to it, see {@code alsoFits}); otherwise the article starts a story of its own. Then the story's profile and
 * postings take the article in.
 *
 * <p>One instance works on one task's stores, and the stage runs as a single task: every story is decided and
 * changed by one writer, in one order, so the same articles in the same order give the same stories. Story ids
 * derive from the first article's id, so a replay gives the same ids too.
 *
 * <p>A story of up to {@code splitMaxArticles} articles keeps their vectors ({@link StoryMembers}); each time one
 * joins, the {@link StorySplitter} looks whether it now holds two happenings of one kind, and if so the part without
 * its first article becomes a story of its own (its id from its first article's), related to the story it left.
 *
 * <p>Time is the articles' own (publication time, else fetch time): a story is open while its latest report is less
 * than {@code dormantAfter} from the article in either direction, so a backfill of old news clusters as the news
 * did. Profiles, postings and the article map of days that no article can reach any more are forgotten.
 */
public final class StoryAssigner {
  /**
   * Candidates (most hits first) that are scored. Each costs a profile read; on ECB+ no article's story was ever
   * found beyond the fifth; at 1M open stories 10 find as many follow-ups' stories as 20 did, with p99 14 to 24 %
   * lower (README, bench stories).
   */
  static final int MAX_CANDIDATES = 10;
  private static final long DAY_MS = Duration.ofDays(1).toMillis();
  /** What every story id starts with ({@link #storyIdFor}). */
  static final String STORY_ID_PREFIX = "sty-";
  private static final String STREAM_DAY = "\u0000stream-day";
  /**
   * The stream day on which the index became a list per feature, in the terms store beside the stream day; none
   * when the stage started without state. Until every posting of the layout before has expired, lookups read it too,
   * so that an upgrade finds the stories that were open before it.
   */
  private static final String LISTS_SINCE = "\u0000index-lists-since";
  private static final long NO_EARLIER_INDEX = -1;

  /**
   * @param threshold score from which an article joins a story
   * @param dormantAfter time without reports after which a story is never joined again
   * @param articleMemory how long an article's story is remembered for its copies and redeliveries
   * @param relatedThreshold score from which a story's first article is related to the open story it did not join
   * @param laterRelatedThreshold score from which an article that joins a story relates it, if it is related to none
   *     yet, to the next-best open story too; 1: never
   * @param splitThreshold average score under which two groups of a story's articles split ({@link StorySplitter})
   * @param splitCohesionShare share of the looser group's own average under which two groups also split, if they
   *     score under {@code splitCohesionThreshold}; 0: never by cohesion
   * @param splitMaxArticles articles up to which a story can split; 0: never
   * @param mergeThreshold average score from which a story merges into the story it is related to
   * @param mergeMaxArticles articles up to which a story takes in a story related to it; 0: never
   * @param mergeUntil articles up to which a related story can merge: the article its NEW alert is due at
   *     (alerts.related-new-min-articles), so that a story the desk was told of does not vanish
   * @param priorArticles articles the word and name frequencies are read against while fewer have been seen
   *     ({@link ArticleVectors})
   */
  public record Settings(double threshold, Duration dormantAfter, Duration articleMemory,
      StoryScorer.Weights weights, double relatedThreshold, double laterRelatedThreshold, double splitThreshold,
      double splitCohesionShare, double splitCohesionThreshold, int splitMaxArticles, double mergeThreshold,
      int mergeMaxArticles, int mergeUntil, int priorArticles) {

    public Settings(double threshold, Duration dormantAfter, Duration articleMemory, StoryScorer.Weights weights) {
      this(threshold, dormantAfter, articleMemory, weights, 1.0, 1.0, 0, 0, 0, 0, 1.0, 0, 0, 0);
    }

    /** The settings of the configuration (stories.*, and the duplicate retention for the article memory). */
    public static Settings from(io.mediamon.config.MediamonConfig config) {
      return new Settings(config.getDouble(Setting.STORIES_THRESHOLD),
          Duration.ofHours(config.getInt(Setting.STORIES_DORMANT_AFTER_HOURS)),
          Duration.ofDays(config.getInt(Setting.EXTRACTOR_DUPLICATE_RETENTION_DAYS)),
          new StoryScorer.Weights(config.getDouble(Setting.STORIES_ENTITY_WEIGHT),
              config.getDouble(Setting.STORIES_YEAR_CONFLICT), config.getDouble(Setting.STORIES_NUMBER_AGREEMENT),
              config.getDouble(Setting.STORIES_PERSON_CONFLICT), config.getDouble(Setting.STORIES_DAY_AGREEMENT),
              config.getDouble(Setting.STORIES_WEEKDAY_CONFLICT),
              config.getDouble(Setting.STORIES_HEADLINE_NUMBER_CONFLICT),
              config.getDouble(Setting.STORIES_AMOUNT_CONFLICT), config.getDouble(Setting.STORIES_MEANING_WEIGHT),
              config.getDouble(Setting.STORIES_MEANING_BASELINE)),
          config.getDouble(Setting.STORIES_RELATED_THRESHOLD),
          config.getDouble(Setting.STORIES_LATER_RELATED_THRESHOLD), config.getDouble(Setting.STORIES_SPLIT_THRESHOLD),
          config.getDouble(Setting.STORIES_SPLIT_COHESION_SHARE),
          config.getDouble(Setting.STORIES_SPLIT_COHESION_THRESHOLD),
          config.getInt(Setting.STORIES_SPLIT_MAX_ARTICLES), config.getDouble(Setting.STORIES_MERGE_THRESHOLD),
          config.getInt(Setting.STORIES_MERGE_MAX_ARTICLES), Math.max(config.getInt(Setting.ALERTS_NEW_MIN_ARTICLES),
              config.getInt(Setting.ALERTS_RELATED_NEW_MIN_ARTICLES)),
          config.getInt(Setting.STORIES_PRIOR_ARTICLES));
    }
  }

  private final KeyValueStore<String, StoryProfile> profiles;
  private final KeyValueStore<Bytes, byte[]> expiry;
  private final KeyValueStore<String, Long> terms;
  private final KeyValueStore<String, String> articles;
  private final StoryMembers members;
  private final StoryIndex index;
  private final ArticleVectors vectors;
  private final StoryScorer scorer;
  private final StorySplitter splitter;
  private final Settings settings;
  private final int windowDays;
  private final int articleDays;
  /** The latest article day seen (also in the terms store, for restarts). */
  private int streamDay;
  /** {@link #LISTS_SINCE} once read. */
  private Long listsSince;

  StoryAssigner(KeyValueStore<String, StoryProfile> profiles, KeyValueStore<Bytes, byte[]> postings,
      KeyValueStore<Bytes, byte[]> expiry, KeyValueStore<String, Long> terms, KeyValueStore<String, String> articles,
      KeyValueStore<Bytes, byte[]> members, Settings settings) {
    this.profiles = profiles;
    this.expiry = expiry;
    this.terms = terms;
    this.articles = articles;
    this.members = new StoryMembers(members);
    this.index = new StoryIndex(postings, expiry);
    this.vectors = new ArticleVectors(new TermStatistics(terms), settings.priorArticles());
    this.settings = settings;
    this.scorer = new StoryScorer(settings.weights());
    this.splitter = new StorySplitter(scorer, settings.splitThreshold(), settings.splitCohesionShare(),
        settings.splitCohesionThreshold());
    this.windowDays = (int) ceilDays(settings.dormantAfter().toMillis());
    this.articleDays = (int) Math.max(windowDays, ceilDays(settings.articleMemory().toMillis()));
  }

  /**
   * The story the article joins, or null when this article id was assigned before (a redelivery or re-ingest: it
   * is already counted in its story).
   */
  public Assignment assign(ArticleFeatures article) {
    return assign(article, true);
  }

  /**
   * Starts a story for the article without looking for one it could join: loading many stories at once (the
   * stories bench preloads a million) without paying for a million searches.
   */
  public Assignment startStory(ArticleFeatures article) {
    return assign(article, false);
  }

  private Assignment assign(ArticleFeatures article, boolean search) {
    if (articles.get(article.getArticleId()) != null) {
      return null;
    }
    long at = article.getReportedAt().toEpochMilli();
    int day = dayOf(at);
    advanceStreamDay(day);
    ArticleVector vector = vectors.of(article);
    // The first year an article names is mostly the year of what it reports; later ones are history retold.
    long[] mainYear = article.getYears().isEmpty() ? new long[0]
        : new long[] {StoryIndex.hash("y:" + article.getYears().get(0))};

    Assignment assignment = copyOf(article, at);
    StoryProfile joined = null;
    if (assignment != null) {
      joined = profiles.get(assignment.storyId());
    } else {
      Candidates found = search ? closestOpenStories(vector, mainYear, at, day, true) : Candidates.NONE;
      if (found.best() != null && found.bestScore() >= settings.threshold()) {
        joined = found.best();
        assignment = new Assignment(joined.storyId(), false, Assignment.SIMILAR, found.bestScore(),
            alsoFits(found));
      } else {
        assignment = new Assignment(storyIdFor(article.getArticleId()), true, Assignment.NEW, null,
            relatedStory(found));
      }
    }
    StoryProfile alone = alone(assignment.storyId(), vector, mainYear, at);
    StoryProfile updated = joined == null ? alone : plus(joined, alone);
    profiles.put(updated.storyId(), updated);
    index.post(updated.storyId(), vector.lookup(), day);
    expiry.put(IndexKeys.expiry(dayOf(updated.lastSeen()), IndexKeys.STORY, updated.storyId()), new byte[0]);
    articles.put(article.getArticleId(), updated.storyId());
    expiry.put(IndexKeys.expiry(day, IndexKeys.ARTICLE, article.getArticleId()), new byte[0]);
    if (settings.splitMaxArticles() <= 0) {
      return assignment;
    }
    Assignment kept = keptAndSplit(updated, alone, assignment, article);
    return kept.regrouped().isEmpty() ? mergedIntoRelated(updated, kept) : kept;
  }

  /** The article as a story of its own: its vectors, years, dates and main persons. */
  private static StoryProfile alone(String storyId, ArticleVector vector, long[] mainYear, long at) {
    return new StoryProfile(storyId, at, at, 1, vector.terms(), vector.entities(), vector.years(), vector.numbers(),
        vector.mainPerson(), mainYear, vector.days(), vector.weekdays(), vector.headlineNumbers(),
        vector.leadAmounts(), vector.meaning());
  }

  /**
   * The story with one more article (given {@link #alone}): centroids summed and cut, sets joined; the main persons
   * and headline numbers stay the first article's.
   */
  private static StoryProfile plus(StoryProfile story, StoryProfile article) {
    return new StoryProfile(story.storyId(), Math.min(story.firstSeen(), article.firstSeen()),
        Math.max(story.lastSeen(), article.lastSeen()), story.articles() + 1,
        story.terms().plus(article.terms(), StoryProfile.MAX_TERMS),
        story.entities().plus(article.entities(), StoryProfile.MAX_ENTITIES),
        union(story.years(), article.years(), StoryProfile.MAX_YEARS),
        union(story.numbers(), article.numbers(), StoryProfile.MAX_NUMBERS),
        story.mainPerson(), union(story.mainYears(), article.mainYears(), StoryProfile.MAX_MAIN_YEARS),
        union(story.days(), article.days(), StoryProfile.MAX_DAYS),
        union(story.weekdays(), article.weekdays(), StoryProfile.MAX_WEEKDAYS),
        story.headlineNumbers(), union(story.leadAmounts(), article.leadAmounts(), StoryProfile.MAX_LEAD_AMOUNTS),
        sum(story.meaning(), article.meaning()));
  }

  /**
   * The sum of two meaning vectors: a story's direction is its articles' average meaning. An article without one
   * (embedding off, or a record from before them) adds nothing; a story none of whose articles had one has none.
   */
  private static float[] sum(float[] story, float[] article) {
    if (article.length == 0 || story.length != 0 && story.length != article.length) {
      return story;
    }
    if (story.length == 0) {
      return article.clone();
    }
    float[] sum = story.clone();
    for (int i = 0; i < sum.length; i++) {
      sum[i] += article[i];
    }
    return sum;
  }

  /**
   * Keeps the article among its story's while the story can still split, and splits the story if the article's
   * joining shows two happenings in it: the articles that leave join the open story they fit as a whole ({@link
   * #homeFor}), or else start a story of their own. Returns the assignment, with what a split regrouped.
   */
  private Assignment keptAndSplit(StoryProfile story, StoryProfile alone, Assignment assignment,
      ArticleFeatures article) {
    String id = story.storyId();
    if (story.articles() > settings.splitMaxArticles()) {
      if (story.articles() == settings.splitMaxArticles() + 1) {
        members.forget(id); // grown past splitting: its articles' vectors are no longer needed
      }
      return assignment;
    }
    ArticleFeatures member = StoryMembers.kept(assignment.applyTo(article));
    members.put(id, story.articles() - 1, story.articles() == 1 ? StoryMembers.first(alone, member)
        : new StoryMembers.Member(alone, member));
    if (story.articles() == 1) {
      return assignment;
    }
    List<StoryProfile> kept = members.profilesOf(id);
    if (kept.size() != story.articles()) {
      return assignment; // a story from before its articles were kept: not all of them are known
    }
    List<Integer> leaving = splitter.leaving(kept);
    if (leaving.isEmpty()) {
      return assignment;
    }
    List<StoryMembers.Member> all = members.of(story);
    List<StoryMembers.Member> stay = new ArrayList<>();
    List<StoryMembers.Member> leave = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      (leaving.contains(i) ? leave : stay).add(all.get(i));
    }
    String splitId = storyIdFor(leave.get(0).article().getArticleId());
    StoryProfile home = homeFor(rebuilt(splitId, leave), id, story.lastSeen());
    if (home != null) {
      return rehomed(id, stay, leave, home, assignment);
    }
    List<StoryMembers.Member> stayed = regroup(id, stay, stay.get(0).article().getRelatedStoryId());
    List<StoryMembers.Member> left = regroup(splitId, leave, id);
    StoryProfile split = rebuilt(splitId, left);
    profiles.put(id, rebuilt(id, stayed));
    profiles.put(splitId, split);
    expiry.put(IndexKeys.expiry(dayOf(split.lastSeen()), IndexKeys.STORY, splitId), new byte[0]);
    for (StoryMembers.Member m : left) {
      index.post(splitId, ArticleVectors.lookupOf(m.profile()), dayOf(m.profile().firstSeen()));
      articles.put(m.article().getArticleId(), splitId);
    }
    members.replace(id, stayed);
    members.replace(splitId, left);
    List<ArticleFeatures> regrouped = new ArrayList<>();
    stayed.forEach(m -> regrouped.add(m.article()));
    left.forEach(m -> regrouped.add(m.article()));
    return assignment.withRegrouped(regrouped);
  }

  /**
   * The open story, other than the one it leaves, that a group of articles splitting off would join as a whole: the
   * group's summed vectors scored like an article's against each candidate's profile, with every conflict, reaching
   * the join threshold. Null when none does, and the group starts a story of its own.
   *
   * <p>Why: the group is most often the first reports of another happening that joined this story before their own
   * story had formed, or reports of a happening whose own story formed beside this one from another report. Each was
   * decided alone against a centroid; together they say far better where they belong. Measured on annotated news
   * (docs/stories-tuning.md): a split-off group that started a story of its own left its happening in two stories.
   */
  private StoryProfile homeFor(StoryProfile group, String leaving, long at) {
    long[] lookup = ArticleVectors.lookupOf(group);
    float[] weights = new float[lookup.length];
    Arrays.fill(weights, 1f); // every feature of the group was posted with its articles
    ArticleVector vector = new ArticleVector(group.terms(), group.entities(), group.years(), group.numbers(),
        group.mainPerson(), lookup, weights, group.days(), group.weekdays(), group.headlineNumbers(),
        group.leadAmounts(), group.meaning());
    // Decided as the split was, on words, names and conflicts: the meaning vectors decide single articles' joins
    // (with them here, the homes come out the same; docs/stories-tuning.md, "Meaning vectors").
    Candidates found = closestOpenStories(vector, group.mainYears(), at, dayOf(at), false);
    // The story it leaves still holds the group's articles, so it is most often the best: the next-best is the home.
    boolean leavingIsBest = found.best() != null && found.best().storyId().equals(leaving);
    StoryProfile home = leavingIsBest ? found.second() : found.best();
    double score = leavingIsBest ? found.secondScore() : found.bestScore();
    return home != null && score >= settings.threshold() ? home : null;
  }

  /**
   * A split whose leaving articles join {@code home}: the story starts over from its staying articles, the leaving
   * ones are added to home after its own (reason split, no new story). Returns the assignment, with both groups.
   */
  private Assignment rehomed(String id, List<StoryMembers.Member> stay, List<StoryMembers.Member> leave,
      StoryProfile home, Assignment assignment) {
    String homeId = home.storyId();
    List<StoryMembers.Member> stayed = regroup(id, stay, stay.get(0).article().getRelatedStoryId());
    profiles.put(id, rebuilt(id, stayed));
    members.replace(id, stayed);
    // Home keeps its articles' vectors while it can still split, and all of them are known.
    boolean keepMembers = home.articles() + leave.size() <= settings.splitMaxArticles()
        && members.profilesOf(homeId).size() == home.articles();
    List<ArticleFeatures> regrouped = new ArrayList<>();
    stayed.forEach(m -> regrouped.add(m.article()));
    addTo(home, leave, i -> new Assignment(homeId, false, Assignment.SPLIT, null), keepMembers, regrouped);
    return assignment.withRegrouped(regrouped);
  }

  /**
   * Moves articles of another story into {@code into}, after its own: each assigned again as {@code again} gives for
   * its position among them, counted in, posted under the story and appended to {@code sent}. Their vectors are kept
   * with the story's while {@code keepMembers}; otherwise the story's are forgotten (it has grown past splitting).
   */
  private void addTo(StoryProfile into, List<StoryMembers.Member> moving, IntFunction<Assignment> again,
      boolean keepMembers, List<ArticleFeatures> sent) {
    String intoId = into.storyId();
    StoryProfile grown = into;
    for (int i = 0; i < moving.size(); i++) {
      StoryMembers.Member m = moving.get(i);
      StoryMembers.Member member = new StoryMembers.Member(m.profile(), again.apply(i).applyTo(m.article()));
      if (keepMembers) {
        members.put(intoId, into.articles() + i, member);
      }
      grown = plus(grown, m.profile());
      index.post(intoId, ArticleVectors.lookupOf(m.profile()), dayOf(m.profile().firstSeen()));
      articles.put(m.article().getArticleId(), intoId);
      sent.add(member.article());
    }
    if (!keepMembers) {
      members.forget(intoId);
    }
    profiles.put(intoId, grown);
    expiry.put(IndexKeys.expiry(dayOf(grown.lastSeen()), IndexKeys.STORY, intoId), new byte[0]);
  }

  /**
   * Merges the story into the story its first article is related to, when that one is still small, this one is not
   * announced yet, and the two stories' articles, scored against each other, reach the merge threshold on average.
   * Returns the assignment, with what the merge moved.
   *
   * <p>Why: a first report that is off the centre of its happening (an opinion lead, a sidebar) starts a story that its
   * happening's next reports, decided against that one article, do not join; they start a story of their own related
   * to it, which is announced again once it has a few reports. Their articles scored against each other tell whether
   * it is one happening far better than the first report alone did. The related story keeps its id, its first report
   * and its alerts; a story split off another never merges back into it.
   */
  private Assignment mergedIntoRelated(StoryProfile story, Assignment assignment) {
    String id = story.storyId();
    if (story.articles() < 2 || story.articles() > Math.min(settings.splitMaxArticles(), settings.mergeUntil())
        || settings.mergeMaxArticles() <= 0) {
      return assignment;
    }
    ArticleFeatures first = members.firstArticle(id);
    if (first == null || first.getRelatedStoryId() == null || !Assignment.NEW.equals(first.getReason())) {
      return assignment;
    }
    String intoId = first.getRelatedStoryId();
    StoryProfile into = profiles.get(intoId);
    if (into == null || into.articles() > settings.mergeMaxArticles() || !isOpen(into, story.lastSeen())) {
      return assignment;
    }
    List<StoryProfile> ours = members.profilesOf(id);
    List<StoryProfile> theirs = members.profilesOf(intoId);
    if (ours.size() != story.articles() || theirs.size() != into.articles()
        || splitter.averageBetween(ours, theirs) < settings.mergeThreshold()) {
      return assignment;
    }
    // Its articles are kept after the other story's, which stay as they are.
    boolean keepMembers = into.articles() + story.articles() <= settings.splitMaxArticles();
    List<StoryMembers.Member> moving = members.of(story);
    List<ArticleFeatures> moved = new ArrayList<>();
    int last = moving.size() - 1;
    addTo(into, moving, i -> i == last ? assignment.mergedInto(intoId, List.of(), null)
        : new Assignment(intoId, false, Assignment.MERGE, null), keepMembers, moved);
    profiles.delete(id);
    members.forget(id);
    // The article that made the merge is sent once, in the story it is in now; the others are sent again.
    return assignment.mergedInto(intoId, moved.subList(0, moved.size() - 1), id);
  }

  /**
   * The articles of one part of a split story, assigned to it again: the first starts the story ({@code newStory},
   * related to {@code related}), the others join it.
   */
  private static List<StoryMembers.Member> regroup(String storyId, List<StoryMembers.Member> group, String related) {
    List<StoryMembers.Member> regrouped = new ArrayList<>();
    for (StoryMembers.Member m : group) {
      boolean first = regrouped.isEmpty();
      Assignment again = new Assignment(storyId, first, Assignment.SPLIT, null, first ? related : null);
      regrouped.add(new StoryMembers.Member(m.profile(), again.applyTo(m.article())));
    }
    return regrouped;
  }

  /** The profile of a story of these articles, as if they had joined it in this order. */
  private static StoryProfile rebuilt(String storyId, List<StoryMembers.Member> group) {
    StoryProfile first = group.get(0).profile();
    StoryProfile story = new StoryProfile(storyId, first.firstSeen(), first.lastSeen(), 1, first.terms(),
        first.entities(), first.years(), first.numbers(), first.mainPerson(), first.mainYears(), first.days(),
        first.weekdays(), first.headlineNumbers(), first.leadAmounts(), first.meaning());
    for (StoryMembers.Member m : group.subList(1, group.size())) {
      story = plus(story, m.profile());
    }
    return story;
  }

  /** A copy joins its original's story without a decision of its own, while that story is open. */
  private Assignment copyOf(ArticleFeatures article, long at) {
    if (article.getDuplicateOf() == null) {
      return null;
    }
    String storyId = articles.get(article.getDuplicateOf());
    StoryProfile story = storyId == null ? null : profiles.get(storyId);
    if (story == null || !isOpen(story, at)) {
      return null;
    }
    return new Assignment(storyId, false, Assignment.DUPLICATE, null);
  }

  /**
   * The open story an article that starts a story of its own is related to, so that the desk is not told twice of
   * one story: the best-scoring one if its score reaches the related threshold (a report of that story too far from
   * its centroid, or a second happening of the same kind); else the one it most resembles in words and names if
   * that resemblance alone reaches the join threshold, so that only a conflict (another year, other persons, other
   * numbers) kept it out: mostly a report of that same story whose details differ, sometimes another happening of
   * the kind. Null when neither, and always when the related threshold is off (1, or above the join threshold).
   */
  private String relatedStory(Candidates found) {
    if (found.best() != null && found.bestScore() >= settings.relatedThreshold()) {
      return found.best().storyId();
    }
    boolean relating = settings.relatedThreshold() < 1 && settings.relatedThreshold() <= settings.threshold();
    if (relating && found.resembling() != null && found.resemblance() >= settings.threshold()) {
      return found.resembling().storyId();
    }
    return null;
  }

  /**
   * The other open story an article that joins a story fits as well: the next-best one, if its score reaches the
   * later-related threshold; else null. Its story, if related to none yet, becomes related to that one
   * ({@code StoryAggregation}), so that its NEW alert waits as a related story's does.
   *
   * <p>Why: a story whose first report was related to none can still be a part of a happening already announced
   * (an off-centre first report, a sidebar, a tremor felt in a neighbouring city) whose later reports show it by
   * fitting both stories. Measured on annotated news (docs/stories-tuning.md).
   */
  private String alsoFits(Candidates found) {
    boolean relating = settings.laterRelatedThreshold() < 1;
    return relating && found.second() != null && found.secondScore() >= settings.laterRelatedThreshold()
        ? found.second().storyId() : null;
  }

  /**
   * The open story scoring highest, the next-best one, and the one most alike in words and names (often the best).
   */
  private record Candidates(StoryProfile best, double bestScore, StoryProfile second, double secondScore,
      StoryProfile resembling, double resemblance) {
    static final Candidates NONE = new Candidates(null, -1, null, -1, null, -1);
  }

  /** @param meaning whether the meaning vectors count ({@link StoryScorer#meaning}): for an article's own join */
  private Candidates closestOpenStories(ArticleVector vector, long[] mainYear, long at, int day, boolean meaning) {
    // Stories after the stream day do not exist yet: no need to read days no article has reached.
    // The postings of the layout before lists are gone with their expiry entries once the stream is past the day
    // of the upgrade by as many days as a posting is kept.
    boolean earlierLayout = listsSince != NO_EARLIER_INDEX && streamDay <= listsSince + 2L * windowDays + 1;
    Map<String, Double> hits = index.candidates(vector.lookup(), vector.lookupWeights(), day - windowDays,
        Math.min(day + windowDays, Math.max(day, streamDay)), earlierLayout);
    List<String> candidates = hits.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_CANDIDATES)
        .map(Map.Entry::getKey)
        .toList();
    StoryProfile best = null;
    double bestScore = -1;
    StoryProfile second = null;
    double secondScore = -1;
    StoryProfile resembling = null;
    double resemblance = -1;
    for (String id : candidates) {
      StoryProfile story = profiles.get(id);
      if (story == null || !isOpen(story, at)) {
        continue;
      }
      double alike = scorer.resemblance(vector, story);
      double score = scorer.score(vector, mainYear, story, alike) + (meaning ? scorer.meaning(vector, story) : 0);
      if (ranksAbove(score, id, bestScore, best)) {
        second = best;
        secondScore = bestScore;
        best = story;
        bestScore = score;
      } else if (ranksAbove(score, id, secondScore, second)) {
        second = story;
        secondScore = score;
      }
      if (ranksAbove(alike, id, resemblance, resembling)) {
        resembling = story;
        resemblance = alike;
      }
    }
    return new Candidates(best, bestScore, second, secondScore, resembling, resemblance);
  }

  /**
   * Whether a story of this value and id ranks above the one held so far (none: it does): the higher value, and on a
   * tie the smaller id, so that runs are repeatable.
   */
  private static boolean ranksAbove(double value, String id, double heldValue, StoryProfile held) {
    return held == null || value > heldValue || (value == heldValue && id.compareTo(held.storyId()) < 0);
  }

  private boolean isOpen(StoryProfile story, long at) {
    long dormant = settings.dormantAfter().toMillis();
    return at - story.lastSeen() <= dormant && story.firstSeen() - at <= dormant;
  }

  /** The union of two sorted sets, at most {@code limit} (the first ones kept). */
  private static long[] union(long[] a, long[] b, int limit) {
    return LongStream.concat(Arrays.stream(a), Arrays.stream(b))
        .distinct().sorted().limit(limit).toArray();
  }

  /** Moves stream time (the latest article day seen) forward and forgets what no later article can reach. */
  private void advanceStreamDay(int day) {
    Long current = terms.get(STREAM_DAY);
    if (listsSince == null) {
      listsSince = terms.get(LISTS_SINCE);
      if (listsSince == null) {
        listsSince = current == null ? NO_EARLIER_INDEX : current;
        terms.put(LISTS_SINCE, listsSince);
      }
    }
    if (current != null && day <= current) {
      streamDay = current.intValue();
      return;
    }
    terms.put(STREAM_DAY, (long) day);
    streamDay = day;
    if (current == null) {
      return;
    }
    // An article may be up to windowDays older than the stream day and still join, and a story open that long.
    int storyHorizon = day - 2 * windowDays - 1;
    int articleHorizon = day - articleDays - 1;
    List<Bytes> expired = new ArrayList<>();
    try (KeyValueIterator<Bytes, byte[]> it = expiry.range(IndexKeys.dayStart(0),
        IndexKeys.dayStart(Math.max(storyHorizon, articleHorizon)))) {
      while (it.hasNext()) {
        KeyValue<Bytes, byte[]> kv = it.next();
        int entryDay = IndexKeys.dayOfExpiry(kv.key);
        byte kind = IndexKeys.kindOfExpiry(kv.key);
        if (kind == IndexKeys.POSTING && entryDay < storyHorizon) {
          index.forget(IndexKeys.postingsOfExpiry(kv.key), storyHorizon);
          expired.add(kv.key);
        } else if (kind == IndexKeys.STORY && entryDay < storyHorizon) {
          String id = IndexKeys.idOfExpiry(kv.key);
          StoryProfile story = profiles.get(id);
          if (story != null && dayOf(story.lastSeen()) < storyHorizon) {
            profiles.delete(id);
            members.forget(id);
          }
          expired.add(kv.key);
        } else if (kind == IndexKeys.ARTICLE && entryDay < articleHorizon) {
          articles.delete(IndexKeys.idOfExpiry(kv.key));
          expired.add(kv.key);
        }
      }
    }
    expired.forEach(expiry::delete);
  }

  private static long ceilDays(long millis) {
    return -Math.floorDiv(-millis, DAY_MS);
  }

  static int dayOf(long epochMillis) {
    return (int) Math.max(0, Math.floorDiv(epochMillis, DAY_MS));
  }

  /**
   * A story's id derives from its first article's id: a replay names it the same (and a bench can tell which story a
   * follow-up should have joined).
   */
  public static String storyIdFor(String firstArticleId) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(firstArticleId.getBytes(StandardCharsets.UTF_8));
      return STORY_ID_PREFIX + HexFormat.of().formatHex(digest).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }
}
