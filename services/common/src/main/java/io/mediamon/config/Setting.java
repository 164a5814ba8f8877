package io.mediamon.config;

/**
 * Every setting mediamon knows, with its default and the sentence the README and error messages show.
 * Layers (later wins): these defaults, a properties file (--config), environment variables
 * (MEDIAMON_ + the key upper-cased with '.' and '-' as '_'), then command-line flags.
 * Any key starting with {@code kafka.} is passed, without the prefix, to every Kafka client.
 */
public enum Setting {
  BOOTSTRAP_SERVERS("bootstrap.servers", "",
      "Kafka cluster as host:port[,host:port]. Empty: the demo starts an embedded single-node KRaft broker."),
  APPLICATION_ID_PREFIX("application.id.prefix", "mediamon",
      "Prefix of each stream service's application.id (consumer group, internal topics)."),
  TOPIC_RAW("topic.raw", "mediamon.articles.raw", "Raw articles written by ingest."),
  TOPIC_ENRICHED("topic.enriched", "mediamon.articles.enriched", "Articles with entities, claims and event mentions."),
  TOPIC_EVENTS("topic.events", "mediamon.events", "Compacted topic of the events being followed."),
  TOPIC_STORIES("topic.stories", "mediamon.stories",
      "Compacted topic of stories (discovered ones and the coverage of followed events), keyed by story id."),
  TOPIC_STORY_ARTICLES("topic.story-articles", "mediamon.story-articles",
      "Compacted topic of story membership: article id -> story id."),
  TOPIC_ALERTS("topic.alerts", "mediamon.alerts", "Deduplicated alerts for downstream alerting."),
  TOPIC_ALERTS_JSON("topic.alerts-json", "", "The alerts as JSON documents (schemas/alert.schema.json), same key, "
      + "written in the same transaction as the Avro alerts, for consumers without Avro; empty: the alerts topic's "
      + "name and .json (mediamon.alerts.json)."),
  TOPIC_WATCHLISTS("topic.watchlists", "mediamon.watchlists", "What the desk watches (compacted, keyed by watch id; "
      + "mediamon watch add|list|remove|load)."),
  TOPIC_DEAD_LETTER("topic.dead-letter", "mediamon.dead-letter", "Records that could not be processed, with the reason in headers."),
  TOPIC_PARTITIONS("topic.partitions", "3", "Partitions of the topics mediamon creates."),
  TOPIC_REPLICATION_FACTOR("topic.replication-factor", "1", "Replication factor of the topics mediamon creates and of internal topics."),
  STATE_DIR("state.dir", "", "Kafka Streams state directory. Empty: a fresh directory under the system temp dir."),
  STREAM_THREADS("streams.threads", "1", "Stream threads per stream service."),
  STREAMS_INSTANCE_ID("streams.instance-id", "",
      "Static group membership: a stable name for this process (its pod or container name). A stream service "
          + "killed and started again under the same name within streams.session-timeout-ms takes its partitions "
          + "back at once, instead of after a rebalance. Empty: dynamic membership. Two running processes "
          + "of one service must never share a name (the later one fences the earlier)."),
  STREAMS_SESSION_TIMEOUT_MS("streams.session-timeout-ms", "15000",
      "How long the broker waits for a stream-service process that has gone silent (crashed, killed, cut off) "
          + "before it hands that process's partitions to the others: the consumer session timeout (Kafka's own "
          + "default is 45 s, which a desk waiting for alerts would feel). Between 6000 and 1800000, the broker's "
          + "group.min.session.timeout.ms and group.max.session.timeout.ms by default; heartbeats go every third of "
          + "it, at most every 3 s. With streams.instance-id, a process restarted within it takes its partitions "
          + "back without a rebalance."),
  STREAMS_MAX_BLOCK_MS("streams.max-block-ms", "180000",
      "How long a stream service waits for the brokers when it has a record to write and no route to the topic "
          + "(the producers' max.block.ms, Kafka's default 60 s). A broker restart or outage shorter than this is "
          + "waited out by each stream thread where it stands; a longer one makes the thread give up, after which "
          + "a new thread takes over from the last commit and the task's state is rebuilt from its changelog. "
          + "Between 1000 and 290000: under the consumers' max.poll.interval.ms (300000), past which a thread that "
          + "waits is taken out of its group."),
  STREAMS_BACKLOG_AGE_MS("streams.backlog-age-ms", "1000",
      "Age (time since its article reached the raw topic) from which a record a stream stage reads counts as "
          + "backlog. Younger ones are live: the stage commits right after each, so that a live article is not held "
          + "back by the commit interval at every stage (exactly-once output is visible only once committed); "
          + "backlog waits for the regular interval (100 ms, the extractor's extractor.commit-interval-ms), which a "
          + "backfill needs for throughput. 0: always the regular interval."),
  LOG_LEVEL("log.level", "info", "Level of mediamon's log lines (stderr): trace, debug, info, warn, error or off. "
      + "Kafka's own clients log at warn and above."),
  LOG_FORMAT("log.format", "text", "Format of the log lines on stderr: text (one dated line per event) or json (one "
      + "Elastic Common Schema object per line: @timestamp, log.level, message, log.logger, error.*), for log "
      + "shippers."),
  SERVICES("services", "ingest,extractor,correlator,alerter,web", "Which services `mediamon run` starts: ingest, extractor, correlator, alerter, deliver (services/delivery), spikes (services/spikes), web (services/web: the desk's live view and query API)."),
  INGEST_DIR("ingest.dir", "", "Drop directory `run --services ingest` watches: each file is published once, then "
      + "moved into .done/ (or .failed/ with a .reason file); empty: none."),
  INGEST_FEEDS_FILE("ingest.feeds.file", "",
      "JSON or YAML file of feeds to follow (url, source, pollInterval, tags, fetchFullArticle); empty: no feeds."),
  INGEST_FEEDS_THREADS("ingest.feeds.threads", "16",
      "Feeds polled at the same time. Polls mostly wait (slow hosts, the one-request-per-second-per-host limit, "
          + "article pages), so a slow feed holds one thread and delays no other."),
  INGEST_FEEDS_ALLOW_PRIVATE_ADDRESSES("ingest.feeds.allow-private-addresses", "false",
      "Whether links and redirects in feeds may lead to loopback, private or link-local addresses. Off, only the "
          + "configured feed's own host may be one (requests a feed could steer into the internal network are "
          + "refused)."),
  TOPIC_INGEST_SEEN("topic.ingest-seen", "mediamon.ingest.seen",
      "Compacted topic of the article ids ingest has published, so a restart publishes nothing twice."),
  OPS_PORT("ops.port", "", "Port of the ops endpoint `run` opens: GET /health (liveness), GET /ready (readiness, "
      + "503 naming what is not ready: a service rebalancing or failed, brokers not answering) and GET /metrics "
      + "(Prometheus); empty: none."),
  OPS_HOST("ops.host", "127.0.0.1", "Address the ops endpoint listens on (0.0.0.0 in a container)."),
  INGEST_HTTP_PORT("ingest.http.port", "",
      "Port of the HTTP push endpoint (POST /articles, GET /health) that `run --services ingest` opens; empty: none."),
  INGEST_HTTP_HOST("ingest.http.host", "127.0.0.1", "Address the HTTP push endpoint listens on (0.0.0.0 in a container)."),
  INGEST_HTTP_TOKEN("ingest.http.token", "", "Bearer token the HTTP push endpoint requires (set it through "
      + "MEDIAMON_INGEST_HTTP_TOKEN rather than a flag)."),
  INGEST_HTTP_MAX_BYTES("ingest.http.max-bytes", "10485760", "Largest request body the push endpoint accepts (413 above)."),
  INGEST_HTTP_HEADER_TIMEOUT_MS("ingest.http.header-timeout-ms", "10000",
      "Time a client has to send a request's line and headers, from connecting or from the previous response; the "
          + "connection is closed after it (a client trickling headers holds no thread and is cut off here)."),
  INGEST_HTTP_BODY_TIMEOUT_MS("ingest.http.body-timeout-ms", "60000",
      "Time a client has to send a whole request body once its headers are in (408 after it)."),
  INGEST_HTTP_IDLE_TIMEOUT_MS("ingest.http.idle-timeout-ms", "30000",
      "A connection on which nothing arrives for this long while a request is being read is closed."),
  INGEST_HTTP_MAX_CONNECTIONS("ingest.http.max-connections", "256",
      "Open connections the push endpoint keeps at most; beyond it new connections wait in the accept queue."),
  INGEST_HTTP_MAX_HEADER_BYTES("ingest.http.max-header-bytes", "8192",
      "Largest request line plus headers (431 above)."),
  INGEST_HTTP_THREADS("ingest.http.threads", "4",
      "Requests the push endpoint stores at the same time; more wait in a queue of 16 per thread, beyond it 503."),
  INGEST_MAX_FILE_BYTES("ingest.max-file-bytes", "67108864", "Largest article file `ingest files` and the drop "
      + "directory read, after gzip decompression (a file over it is refused with its size; split it)."),
  INGEST_MAX_GZIP_RATIO("ingest.max-gzip-ratio", "100", "How many times its own size a gzip article file may "
      + "decompress to (files decompressing to 1 MiB or less always may): a file past it is refused as a compression "
      + "bomb as soon as it passes, before the size limit is reached."),
  INGEST_SOURCE("ingest.source", "files", "Source name recorded on articles ingested from files without their own source."),
  EXTRACTOR_MAX_CHARS("extractor.max-chars", "100000",
      "Longest article text the extractor analyzes; longer text is truncated and marked as such."),
  EXTRACTOR_NER_MODELS("extractor.ner-models", "3class",
      "CoreNLP CRF models the extractor tags names with, in order (the first model's tags win): 3class (PERSON, "
          + "ORGANIZATION, LOCATION; trained on the most data), 4class (CoNLL: adds MISC), 7class (MUC), or a "
          + "model's class-path resource. One model tags at about twice the rate of two; the 4-class model adds "
          + "nothing eval ner measures once the extractor's own rules run (README, Benchmark)."),
  EXTRACTOR_PARSE("extractor.parse", "false", "Whether the extractor parses the sentences that have a cue word "
      + "(CoreNLP's dependency parser) to find claims and their speakers where word patterns fail: about twice the "
      + "recall of speakers, at several times the CPU per article of tagging names alone (README, Benchmark and eval "
      + "claims). Off (the default, for throughput), claims come from the patterns alone."),
  EXTRACTOR_DUPLICATE_THRESHOLD("extractor.duplicate-threshold", "0.6",
      "Similarity (0..1) from which an article is marked a near-duplicate of an earlier one."),
  EXTRACTOR_COMMIT_INTERVAL_MS("extractor.commit-interval-ms", "300",
      "How often the extractor commits its exactly-once transaction. An article takes tens of milliseconds of NER, so "
          + "the streams default of 100 ms commits every few articles; longer intervals save broker round trips but "
          + "every article waits up to two intervals (analysis, then the duplicate stage) before it is visible. "
          + "While the extractor keeps up with live input it commits sooner (streams.backlog-age-ms)."),
  EXTRACTOR_MAX_POLL_RECORDS("extractor.max-poll-records", "20",
      "Raw articles a stream thread of the extractor takes per poll. A thread fetches again only when it has "
          + "processed what it took, and the duplicate stage's input arrives through that fetch too: at tens of "
          + "milliseconds of NER per article, the consumer default of 500 would hold analyzed articles back for "
          + "tens of seconds under load."),
  EXTRACTOR_DUPLICATE_RETENTION_DAYS("extractor.duplicate-retention-days", "7",
      "How long (record time) an article can be the original of later copies; bounds the duplicate index."),
  CORRELATOR_NEW_EVENT_MAX_AGE_DAYS("correlator.new-event-max-age-days", "14",
      "A mention dated more than this many days before its article is background: it may join a followed event but "
          + "never starts a new one (no alert for history)."),
  CORRELATOR_MIN_SHARED_ACTORS("correlator.min-shared-actors", "2",
      "How many actors an event mention must share with a followed event to link the article to it (fewer when the "
          + "event has fewer)."),
  STORIES_THRESHOLD("stories.threshold", "0.3",
      "Score (0..1) from which an article joins the most similar open story instead of starting its own."),
  STORIES_ENTITY_WEIGHT("stories.entity-weight", "0.5",
      "Weight of the similarity of entity names beside the similarity of words (0: words only)."),
  STORIES_YEAR_CONFLICT("stories.year-conflict", "0.3",
      "Taken off the score when the article and the story both name years and share none (0: years ignored)."),
  STORIES_NUMBER_AGREEMENT("stories.number-agreement", "0.05",
      "Added when the article and the story share a number above ten (a toll, a score), taken off when both name "
          + "such numbers and share none (0: numbers ignored)."),
  STORIES_PERSON_CONFLICT("stories.person-conflict", "0.3",
      "Taken off the score when the article's main person is not in the story and the story's is not in the "
          + "article: the same kind of event about someone else (0: ignored)."),
  STORIES_RELATED_THRESHOLD("stories.related-threshold", "0.1",
      "Score (0..1, under stories.threshold) from which an article that starts a story is related to the open story "
          + "it was closest to: the new story names it (relatedStoryId), and its NEW alert waits for "
          + "alerts.related-new-min-articles articles. An article is also related to the open story whose words and "
          + "names alone reach stories.threshold when only a conflict (years, persons, numbers) kept it out "
          + "(1 or more than stories.threshold: no story is related)."),
  STORIES_LATER_RELATED_THRESHOLD("stories.later-related-threshold", "0.3",
      "Score (0..1) from which an article that joins a story relates that story, if it is related to none yet, to "
          + "the next-best open story as well, when it scored this against that one too: a report that fits two "
          + "stories most often tells one happening that formed two, so the later story's NEW alert waits for "
          + "alerts.related-new-min-articles articles as a related story's does (1: only a story's first article "
          + "relates it)."),
  STORIES_SPLIT_THRESHOLD("stories.split-threshold", "0.2",
      "A story of up to stories.split-max-articles articles splits in two when its articles, grouped by their "
          + "scores against each other (average link), fall into two groups of two or more whose average score is "
          + "under this: two happenings of one kind that one story took in. The part without the first article "
          + "becomes a story of its own, related to the first (above 0, at most 1)."),
  STORIES_SPLIT_COHESION_SHARE("stories.split-cohesion-share", "0.5",
      "A story also splits when its two groups (see stories.split-threshold) score under "
          + "stories.split-cohesion-threshold against each other and under this share of the looser group's own "
          + "average (its articles against each other): two tight groups that only loosely resemble each other are two "
          + "happenings of one kind, while reports of one happening told in other words score about as low within "
          + "any part of them as between (0: only stories.split-threshold splits)."),
  STORIES_SPLIT_COHESION_THRESHOLD("stories.split-cohesion-threshold", "0.35",
      "Score under which two groups of a story split if each holds together well enough (see "
          + "stories.split-cohesion-share; above 0, at most 1)."),
  STORIES_SPLIT_MAX_ARTICLES("stories.split-max-articles", "20",
      "Articles up to which a story can split (see stories.split-threshold); their vectors are kept while it is "
          + "open and that small, and each join compares them all with each other (0: stories never split)."),
  STORIES_MERGE_THRESHOLD("stories.merge-threshold", "0.25",
      "A story whose first article is related to an open story of up to stories.merge-max-articles articles (see "
          + "stories.related-threshold) merges into it, while it is not yet announced (up to "
          + "alerts.related-new-min-articles articles), once the two stories' articles, scored against each other, "
          + "average this or more: the off-centre first report of a happening and the reports that formed a story "
          + "beside it. The story it merges into keeps its id and alerts; the merged one is deleted (a tombstone on "
          + "the stories topic) (above 0, at most 1)."),
  STORIES_MERGE_MAX_ARTICLES("stories.merge-max-articles", "2",
      "Articles up to which a story takes in a story related to it (see stories.merge-threshold; 0: stories never "
          + "merge; needs stories.split-max-articles, whose kept vectors it compares)."),
  STORIES_DORMANT_AFTER_HOURS("stories.dormant-after-hours", "72",
      "Hours without a report after which a story is dormant: it is never joined again, and a later article about "
          + "the same subject starts a new story."),
  STORIES_PRIOR_ARTICLES("stories.prior-articles", "1000",
      "Articles the story stage reads its word and name frequencies against while it has seen fewer: a word or "
          + "name is rare or common as if at least this many articles had been seen, the others without it. On a "
          + "fresh start or a small replay the words and names of the first stories are then not read as common "
          + "because a few reports repeat them (0: only the articles seen)."),
  STORIES_DAY_AGREEMENT("stories.day-agreement", "0.1",
      "Added when the article and the story name the same day of a month (\"March 14\", \"14 March\"; 0: ignored)."),
  STORIES_WEEKDAY_CONFLICT("stories.weekday-conflict", "0.05",
      "Taken off the score when the article and the story both name weekdays and share none (0: ignored)."),
  STORIES_HEADLINE_NUMBER_CONFLICT("stories.headline-number-conflict", "0.1",
      "Taken off the score when the article's headline and the story's first headline both name numbers above ten "
          + "(not years) and neither article names any of the other headline's (0: ignored)."),
  STORIES_AMOUNT_CONFLICT("stories.amount-conflict", "0.3",
      "Taken off the score when the article's opening names a sum of money (\"$3 million\", \"40 million euros\") "
          + "and the openings of the story's articles name sums, none within a factor of ten of it (0: ignored)."),
  STORIES_MEANING_WEIGHT("stories.meaning-weight", "0.6",
      "How much the cosine of an article's meaning vector (a sentence embedding of its headline and text, "
          + "all-MiniLM-L6-v2 run in process by the correlator: 10 to 20 ms of one core per article, about 100 MB of "
          + "memory once) and its candidate story's adds to the join score above stories.meaning-baseline, or takes "
          + "off below it: reports of one happening in other words are alike in meaning where they share few words. "
          + "0: no vectors are computed and the model is not loaded."),
  STORIES_MEANING_BASELINE("stories.meaning-baseline", "0.4",
      "The cosine of meaning vectors (0..1) that neither adds to nor takes off the score: reports of one happening "
          + "mostly score above it, two happenings of one kind around it, unrelated news far below."),
  ALERTS_NEW_MIN_ARTICLES("alerts.new-min-articles", "1",
      "Articles a discovered story needs before its NEW alert (1: the first report)."),
  ALERTS_UNTYPED_NEW_MIN_ARTICLES("alerts.untyped-new-min-articles", "2",
      "Articles a discovered story needs before its NEW alert while none of its reports says in its opening "
          + "(headline and first paragraph) who did what to whom: a second report corroborates a happening that the "
          + "first one may only have touched (a sidebar, an opinion piece, a page that is mostly something else, a "
          + "background paragraph); never fewer than alerts.new-min-articles (1: as any story)."),
  ALERTS_RELATED_NEW_MIN_ARTICLES("alerts.related-new-min-articles", "5",
      "Articles a discovered story related to another open story (see stories.related-threshold and "
          + "stories.later-related-threshold) needs before its "
          + "NEW alert: a split-off report of a story already announced stays quiet, a second happening of the same "
          + "kind is announced once it is reported on its own (never fewer than alerts.new-min-articles)."),
  ALERTS_NEW_MIN_SOURCES("alerts.new-min-sources", "1",
      "Distinct outlets a discovered story needs before its NEW alert (1: the first report)."),
  ALERTS_SOURCE_STEPS("alerts.source-steps", "3,10,30",
      "Outlet counts at which an alerted story escalates with an UPDATE."),
  ALERTS_UPDATE_MIN_INTERVAL_MINUTES("alerts.update-min-interval-minutes", "30",
      "Least time (record time) between two alerts of one story; changes in between are sent together after it."),
  // Watches (mediamon watch, the alerter's matching)
  // Delivery (services/delivery)
  DELIVERY_WEBHOOKS("delivery.webhooks", "", "Webhook URLs (http or https, comma-separated) that get every alert, "
      + "besides the destinations of the watches it matched: a JSON POST of the alert's document "
      + "(schemas/alert.schema.json), signed with delivery.webhook-secret. Being the operator's choice, their hosts may "
      + "be private addresses; empty: none."),
  DELIVERY_SLACK_WEBHOOKS("delivery.slack-webhooks", "", "Slack incoming-webhook URLs (comma-separated) that get "
      + "every alert as a Slack message (text and blocks); empty: none."),
  DELIVERY_WEBHOOK_SECRET("delivery.webhook-secret", "", "Secret of the HMAC-SHA256 signature of webhook requests "
      + "(X-Mediamon-Signature: sha256=hex of HMAC(secret, timestamp + '.' + body), timestamp in "
      + "X-Mediamon-Timestamp); set it through MEDIAMON_DELIVERY_WEBHOOK_SECRET. Empty: requests go unsigned."),
  DELIVERY_EMAIL_TO("delivery.email.to", "", "E-mail addresses (comma-separated) that get every alert; empty: none. "
      + "Needs delivery.smtp.host."),
  DELIVERY_EMAIL_DIGEST_MINUTES("delivery.email.digest-minutes", "0", "0: one e-mail per alert; N: one digest "
      + "e-mail per address every N minutes with the alerts of that interval (an alert counts as delivered, and its "
      + "offset is committed, once its digest was accepted)."),
  DELIVERY_SMTP_HOST("delivery.smtp.host", "", "SMTP server for e-mail destinations; empty: e-mail destinations "
      + "are dead-lettered (no server)."),
  DELIVERY_SMTP_PORT("delivery.smtp.port", "587", "Port of the SMTP server (587 submission with STARTTLS, 25, or "
      + "465 with delivery.smtp.ssl)."),
  DELIVERY_SMTP_USER("delivery.smtp.user", "", "SMTP user name; empty: no authentication."),
  DELIVERY_SMTP_PASSWORD("delivery.smtp.password", "", "SMTP password (set it through "
      + "MEDIAMON_DELIVERY_SMTP_PASSWORD rather than a flag)."),
  DELIVERY_SMTP_STARTTLS("delivery.smtp.starttls", "true", "Whether the SMTP connection must be upgraded with "
      + "STARTTLS before anything is sent (true: a server that does not offer it is refused)."),
  DELIVERY_SMTP_SSL("delivery.smtp.ssl", "false", "Whether to connect with TLS from the start (SMTPS, port 465)."),
  DELIVERY_SMTP_FROM("delivery.smtp.from", "mediamon@localhost", "Sender address of alert e-mails."),
  DELIVERY_TIMEOUT_MS("delivery.timeout-ms", "10000", "Connect and read timeout of one webhook request or SMTP "
      + "exchange; a receiver slower than this counts as a failed attempt."),
  DELIVERY_RETRIES("delivery.retries", "5", "Attempts after the first for a destination that failed (connection "
      + "refused, timeout, HTTP 408, 425, 429, 5xx, SMTP errors); then the alert is dead-lettered for it. Other 4xx "
      + "answers and refused addresses are dead-lettered at once."),
  DELIVERY_BACKOFF_MS("delivery.backoff-ms", "1000", "First retry delay: retry n waits a random time between 0 and "
      + "backoff-ms * 2^(n-1), capped at delivery.backoff-max-ms (exponential backoff with full jitter)."),
  DELIVERY_BACKOFF_MAX_MS("delivery.backoff-max-ms", "300000", "Longest retry delay."),
  DELIVERY_RATE_PER_SECOND("delivery.rate-per-second", "10", "Requests per second at most to one destination "
      + "(webhook URL or e-mail address)."),
  DELIVERY_CONCURRENCY("delivery.concurrency", "2", "Requests in flight at most to one destination; a slow "
      + "destination holds only its own."),
  DELIVERY_MAX_PENDING("delivery.max-pending", "10000", "Alerts read but not yet delivered everywhere from which "
      + "the service stops reading (a destination that is down for long holds this many in memory at most)."),
  DELIVERY_ALLOW_PRIVATE_ADDRESSES("delivery.allow-private-addresses", "false", "Whether webhook URLs of watches and "
      + "redirects may lead to loopback, private or link-local addresses (the hosts of delivery.webhooks and "
      + "delivery.slack-webhooks always may: the operator chose them)."),
  // The desk's live view (services/web)
  WEB_PORT("web.port", "8080", "Port of the desk's live view and query API that `run --services ...,web` opens "
      + "(the page at /, the API under /api/). 0: any free port (logged)."),
  WEB_HOST("web.host", "127.0.0.1", "Address the live view listens on (0.0.0.0 in a container; put TLS in front of "
      + "it when it is reachable beyond the host)."),
  WEB_ADVERTISED_HOST("web.advertised-host", "", "Host name the other web instances reach this one by (Kafka "
      + "Streams' application.server, for queries answered across instances); empty: web.host, or localhost when "
      + "web.host is 0.0.0.0."),
  WEB_TOKEN("web.token", "", "Bearer token that changing watches from the page or the API requires (set it through "
      + "MEDIAMON_WEB_TOKEN rather than a flag); empty: watches are read-only there."),
  WEB_ALERTS_RETENTION_HOURS("web.alerts-retention-hours", "48", "How long (alert time) the live view keeps alerts "
      + "for GET /api/alerts and the page's first screen."),
  // Spikes (services/spikes)
  SPIKES_WINDOW_MINUTES("spikes.window-minutes", "60",
      "Length of the window whose articles a spike counts, per entity and per story (by publication time, else "
          + "fetch time): \"45 articles from 19 outlets in the last hour\"."),
  SPIKES_ADVANCE_MINUTES("spikes.advance-minutes", "15",
      "How far apart the windows start (hopping windows; equal to spikes.window-minutes: tumbling). Must divide the "
          + "window length. Shorter steps catch a burst that straddles a window boundary, at one stored count per "
          + "step per subject."),
  SPIKES_GRACE_MINUTES("spikes.grace-minutes", "60",
      "How long after a window has ended an article of that window may still arrive and make its spike alert; "
          + "a later one (a backfill, a slow feed) still counts towards the baselines but alerts nothing: old news is "
          + "no spike."),
  SPIKES_BASELINE_WINDOWS("spikes.baseline-windows", "24",
      "How many preceding windows of the same length (back to back, before the window's start) make a subject's "
          + "baseline: their mean article count, a window without articles counting 0 (24 one-hour windows: the "
          + "last day)."),
  SPIKES_BASELINE_FLOOR("spikes.baseline-floor", "1",
      "Least baseline a window is compared with, so that a subject that is usually never reported does not spike "
          + "on its first few articles (0 to 2 is not a jump)."),
  SPIKES_RATIO("spikes.ratio", "4",
      "How many times its baseline (at least spikes.baseline-floor) a window must reach to be a spike."),
  SPIKES_MIN_ARTICLES("spikes.min-articles", "8",
      "Articles a window needs at least to be a spike, whatever its baseline."),
  SPIKES_MIN_OUTLETS("spikes.min-outlets", "3",
      "Distinct outlets a window needs at least to be a spike (one outlet's stream of updates is not a jump in "
          + "coverage)."),
  SPIKES_ESCALATION_FACTOR("spikes.escalation-factor", "3",
      "While a subject stays high after its SPIKE alert, a window reaching this many times the alerted article "
          + "count alerts again (the spike grew a step); 0: never, only after the subject has come back down."),
  SPIKES_ENTITY_MIN_SALIENCE("spikes.entity-min-salience", "0.3",
      "Salience (0..1, 1 for an article's main entity) from which an article counts for a named entity (person, "
          + "organisation, place, group); names mentioned in passing do not count."),
  ;

  private final String key;
  private final String defaultValue;
  private final String doc;

  Setting(String key, String defaultValue, String doc) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.doc = doc;
  }

  public String key() {
    return key;
  }

  public String defaultValue() {
    return defaultValue;
  }

  public String doc() {
    return doc;
  }

  /** The environment variable that sets this key, e.g. MEDIAMON_TOPIC_DEAD_LETTER. */
  public String environmentVariable() {
    return EnvironmentNames.of(key);
  }

  static Setting byKey(String key) {
    for (Setting s : values()) {
      if (s.key.equals(key)) {
        return s;
      }
    }
    return null;
  }
}
