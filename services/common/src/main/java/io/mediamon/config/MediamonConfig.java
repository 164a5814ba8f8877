package io.mediamon.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Immutable, validated configuration: every {@link Setting} plus pass-through {@code kafka.*} client settings. */
public final class MediamonConfig {
  /** Settings under this prefix are passed to every Kafka client as they are ("kafka.client.id" → "client.id"). */
  public static final String KAFKA_PREFIX = "kafka.";

  private final Map<String, String> values;

  MediamonConfig(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    validate();
  }

  /** Defaults only; for tests and tools. */
  public static MediamonConfig defaults() {
    return ConfigLoader.load(null, Map.of(), Map.of());
  }

  /** A copy with the given settings overridden (validated like any layer). */
  public MediamonConfig with(Map<String, String> overrides) {
    Map<String, String> merged = new LinkedHashMap<>(values);
    overrides.forEach((k, v) -> merged.put(ConfigLoader.checkKey(k, "override"), v));
    return new MediamonConfig(merged);
  }

  public MediamonConfig with(Setting setting, String value) {
    return with(Map.of(setting.key(), value));
  }

  public String get(Setting setting) {
    return values.get(setting.key());
  }

  public int getInt(Setting setting) {
    return Integer.parseInt(get(setting));
  }

  public List<String> getList(Setting setting) {
    return get(setting).isBlank() ? List.of() : List.of(get(setting).trim().split("\\s*,\\s*"));
  }

  public boolean hasBootstrapServers() {
    return !get(Setting.BOOTSTRAP_SERVERS).isBlank();
  }

  /** Client settings for any Kafka client: bootstrap servers plus every {@code kafka.*} key without its prefix. */
  public Properties kafkaClientProperties() {
    Properties props = new Properties();
    props.put("bootstrap.servers", get(Setting.BOOTSTRAP_SERVERS));
    values.forEach((k, v) -> {
      if (k.startsWith(KAFKA_PREFIX)) {
        props.put(k.substring(KAFKA_PREFIX.length()), v);
      }
    });
    return props;
  }

  public Map<String, String> asMap() {
    return values;
  }

  private void validate() {
    positiveInt(Setting.TOPIC_PARTITIONS);
    positiveInt(Setting.TOPIC_REPLICATION_FACTOR);
    positiveInt(Setting.STREAM_THREADS);
    positiveInt(Setting.CORRELATOR_MIN_SHARED_ACTORS);
    positiveInt(Setting.EXTRACTOR_MAX_CHARS);
    bool(Setting.EXTRACTOR_PARSE);
    positiveInt(Setting.CORRELATOR_NEW_EVENT_MAX_AGE_DAYS);
    positiveInt(Setting.EXTRACTOR_DUPLICATE_RETENTION_DAYS);
    positiveInt(Setting.EXTRACTOR_COMMIT_INTERVAL_MS);
    nonNegativeInt(Setting.STREAMS_BACKLOG_AGE_MS);
    positiveInt(Setting.EXTRACTOR_MAX_POLL_RECORDS);
    positiveInt(Setting.INGEST_FEEDS_THREADS);
    bool(Setting.INGEST_FEEDS_ALLOW_PRIVATE_ADDRESSES);
    positiveInt(Setting.INGEST_HTTP_MAX_BYTES);
    positiveInt(Setting.INGEST_HTTP_HEADER_TIMEOUT_MS);
    positiveInt(Setting.INGEST_HTTP_BODY_TIMEOUT_MS);
    positiveInt(Setting.INGEST_HTTP_IDLE_TIMEOUT_MS);
    positiveInt(Setting.INGEST_HTTP_MAX_CONNECTIONS);
    positiveInt(Setting.INGEST_HTTP_MAX_HEADER_BYTES);
    positiveInt(Setting.INGEST_HTTP_THREADS);
    positiveInt(Setting.INGEST_MAX_FILE_BYTES);
    positiveInt(Setting.INGEST_MAX_GZIP_RATIO);
    if (!List.of("trace", "debug", "info", "warn", "error", "off").contains(get(Setting.LOG_LEVEL).trim()
        .toLowerCase(java.util.Locale.ROOT))) {
      throw new ConfigException("log.level: '" + get(Setting.LOG_LEVEL) + "' is not one of trace, debug, info, warn, "
          + "error, off");
    }
    if (!List.of("text", "json").contains(get(Setting.LOG_FORMAT).trim().toLowerCase(java.util.Locale.ROOT))) {
      throw new ConfigException("log.format: '" + get(Setting.LOG_FORMAT) + "' is not one of text, json");
    }
    millisBetween(Setting.STREAMS_SESSION_TIMEOUT_MS, 6000, 1_800_000, "the broker's group.min.session.timeout.ms "
        + "and group.max.session.timeout.ms by default, which refuse a consumer outside them");
    millisBetween(Setting.STREAMS_MAX_BLOCK_MS, 1000, 290_000, "under the consumers' max.poll.interval.ms of 300000, "
        + "past which a stream thread that waits for the brokers is taken out of its group");
    if (!get(Setting.STREAMS_INSTANCE_ID).matches("[A-Za-z0-9._-]{0,200}")) {
      throw new ConfigException("streams.instance-id: '" + get(Setting.STREAMS_INSTANCE_ID) + "' may use letters, "
          + "digits, '.', '_' and '-' only (e.g. the pod name)");
    }
    if (!get(Setting.OPS_PORT).isBlank() && (!get(Setting.OPS_PORT).trim().matches("\\d{1,5}")
        || Integer.parseInt(get(Setting.OPS_PORT).trim()) > 65535)) {
      throw new ConfigException("ops.port: '" + get(Setting.OPS_PORT) + "' is not a port (0..65535)");
    }
    if (!get(Setting.INGEST_HTTP_PORT).isBlank()) {
      if (!get(Setting.INGEST_HTTP_PORT).trim().matches("\\d{1,5}")
          || Integer.parseInt(get(Setting.INGEST_HTTP_PORT).trim()) > 65535) {
        throw new ConfigException("ingest.http.port: '" + get(Setting.INGEST_HTTP_PORT) + "' is not a port (0..65535)");
      }
      if (get(Setting.INGEST_HTTP_TOKEN).isBlank()) {
        throw new ConfigException("ingest.http.port is set but ingest.http.token is empty: the push endpoint needs a "
            + "bearer token (MEDIAMON_INGEST_HTTP_TOKEN)");
      }
    }
    fraction(Setting.EXTRACTOR_DUPLICATE_THRESHOLD);
    fraction(Setting.STORIES_THRESHOLD);
    fraction(Setting.STORIES_RELATED_THRESHOLD);
    fraction(Setting.STORIES_LATER_RELATED_THRESHOLD);
    fraction(Setting.STORIES_SPLIT_THRESHOLD);
    nonNegative(Setting.STORIES_SPLIT_COHESION_SHARE);
    fraction(Setting.STORIES_SPLIT_COHESION_THRESHOLD);
    nonNegativeInt(Setting.STORIES_SPLIT_MAX_ARTICLES);
    fraction(Setting.STORIES_MERGE_THRESHOLD);
    fraction(Setting.STORIES_MEANING_BASELINE);
    nonNegativeInt(Setting.STORIES_MERGE_MAX_ARTICLES);
    for (Setting weight : List.of(Setting.STORIES_ENTITY_WEIGHT, Setting.STORIES_YEAR_CONFLICT,
        Setting.STORIES_NUMBER_AGREEMENT, Setting.STORIES_PERSON_CONFLICT, Setting.STORIES_DAY_AGREEMENT,
        Setting.STORIES_WEEKDAY_CONFLICT, Setting.STORIES_HEADLINE_NUMBER_CONFLICT,
        Setting.STORIES_AMOUNT_CONFLICT, Setting.STORIES_MEANING_WEIGHT)) {
      nonNegative(weight);
    }
    positiveInt(Setting.STORIES_DORMANT_AFTER_HOURS);
    nonNegativeInt(Setting.STORIES_PRIOR_ARTICLES);
    positiveInt(Setting.ALERTS_NEW_MIN_ARTICLES);
    positiveInt(Setting.ALERTS_UNTYPED_NEW_MIN_ARTICLES);
    positiveInt(Setting.ALERTS_RELATED_NEW_MIN_ARTICLES);
    positiveInt(Setting.ALERTS_NEW_MIN_SOURCES);
    positiveInt(Setting.ALERTS_UPDATE_MIN_INTERVAL_MINUTES);
    List<Integer> steps = getIntList(Setting.ALERTS_SOURCE_STEPS);
    for (int i = 1; i < steps.size(); i++) {
      if (steps.get(i) <= steps.get(i - 1)) {
        throw new ConfigException(Setting.ALERTS_SOURCE_STEPS.key() + ": '" + get(Setting.ALERTS_SOURCE_STEPS)
            + "' must be increasing (for example 3,10,30)");
      }
    }
    if (getList(Setting.EXTRACTOR_NER_MODELS).isEmpty()) {
      throw new ConfigException(Setting.EXTRACTOR_NER_MODELS.key() + " is empty: name at least one model (3class)");
    }
    for (String model : getList(Setting.EXTRACTOR_NER_MODELS)) {
      if (!model.matches("3class|4class|7class|[\\w./-]+\\.ser\\.gz")) {
        throw new ConfigException(Setting.EXTRACTOR_NER_MODELS.key() + ": '" + model
            + "' is not a model (choose from 3class, 4class, 7class, or a CoreNLP model resource ending in .ser.gz)");
      }
    }
    for (String server : getList(Setting.BOOTSTRAP_SERVERS)) {
      int colon = server.lastIndexOf(':');
      if (colon <= 0 || !server.substring(colon + 1).matches("\\d{1,5}")) {
        throw new ConfigException("bootstrap.servers: '" + server + "' is not host:port (for example localhost:9092)");
      }
    }
    for (Setting topic : List.of(Setting.TOPIC_RAW, Setting.TOPIC_ENRICHED, Setting.TOPIC_EVENTS,
        Setting.TOPIC_STORIES, Setting.TOPIC_STORY_ARTICLES, Setting.TOPIC_ALERTS, Setting.TOPIC_DEAD_LETTER,
        Setting.TOPIC_INGEST_SEEN, Setting.TOPIC_WATCHLISTS, Setting.TOPIC_ALERTS_JSON)) {
      if (topic == Setting.TOPIC_ALERTS_JSON && get(topic).isBlank()) {
        continue;
      }
      if (!get(topic).matches("[a-zA-Z0-9._-]{1,249}")) {
        throw new ConfigException(topic.key() + ": '" + get(topic)
            + "' is not a valid topic name (letters, digits, '.', '_', '-'; at most 249)");
      }
    }
    for (String service : getList(Setting.SERVICES)) {
      if (!List.of("ingest", "extractor", "correlator", "alerter", "deliver", "spikes", "web").contains(service)) {
        throw new ConfigException("services: unknown service '" + service
            + "' (choose from ingest, extractor, correlator, alerter, deliver, spikes, web)");
      }
    }
    validateDelivery();
    validateSpikes();
    validateWeb();
  }

  /** web.* (services/web). */
  private void validateWeb() {
    String port = get(Setting.WEB_PORT).trim();
    if (!port.matches("\\d{1,5}") || Integer.parseInt(port) > 65535) {
      throw new ConfigException(Setting.WEB_PORT.key() + ": '" + get(Setting.WEB_PORT) + "' is not a port (0..65535;"
          + " 0: any free port)");
    }
    if (get(Setting.WEB_HOST).isBlank()) {
      throw new ConfigException(Setting.WEB_HOST.key() + " is empty: give the address to listen on (127.0.0.1, "
          + "0.0.0.0)");
    }
    if (!get(Setting.WEB_ADVERTISED_HOST).matches("[A-Za-z0-9.:_-]{0,253}")) {
      throw new ConfigException(Setting.WEB_ADVERTISED_HOST.key() + ": '" + get(Setting.WEB_ADVERTISED_HOST)
          + "' is not a host name or address");
    }
    String token = get(Setting.WEB_TOKEN);
    if (!token.isEmpty() && (token.length() < 8 || !token.matches("[\\x21-\\x7e]+"))) {
      throw new ConfigException(Setting.WEB_TOKEN.key() + ": must be at least 8 printable characters without spaces "
          + "(it is sent as Authorization: Bearer TOKEN)");
    }
    positiveInt(Setting.WEB_ALERTS_RETENTION_HOURS);
  }

  /** The delivery.* settings (services/delivery). */
  private void validateDelivery() {
    for (Setting urls : List.of(Setting.DELIVERY_WEBHOOKS, Setting.DELIVERY_SLACK_WEBHOOKS)) {
      for (String url : getList(urls)) {
        String scheme = url.contains(":") ? url.substring(0, url.indexOf(':')).toLowerCase(java.util.Locale.ROOT) : "";
        java.net.URI uri;
        try {
          uri = new java.net.URI(url);
        } catch (java.net.URISyntaxException e) {
          uri = null;
        }
        if (uri == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
          throw new ConfigException(urls.key() + ": '" + url + "' is not an http(s) URL with a host");
        }
      }
    }
    for (String address : getList(Setting.DELIVERY_EMAIL_TO)) {
      if (!address.matches("[^@\\s,<>]+@[^@\\s,<>]+")) {
        throw new ConfigException(Setting.DELIVERY_EMAIL_TO.key() + ": '" + address + "' is not an e-mail address");
      }
    }
    if (!getList(Setting.DELIVERY_EMAIL_TO).isEmpty() && get(Setting.DELIVERY_SMTP_HOST).isBlank()) {
      throw new ConfigException(Setting.DELIVERY_EMAIL_TO.key() + " is set but " + Setting.DELIVERY_SMTP_HOST.key()
          + " is empty: e-mail needs an SMTP server");
    }
    if (!get(Setting.DELIVERY_SMTP_FROM).matches("[^@\\s,<>]+@[^@\\s,<>]+")) {
      throw new ConfigException(Setting.DELIVERY_SMTP_FROM.key() + ": '" + get(Setting.DELIVERY_SMTP_FROM)
          + "' is not an e-mail address");
    }
    String port = get(Setting.DELIVERY_SMTP_PORT).trim();
    if (!port.matches("\\d{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
      throw new ConfigException(Setting.DELIVERY_SMTP_PORT.key() + ": '" + get(Setting.DELIVERY_SMTP_PORT)
          + "' is not a port (1..65535)");
    }
    bool(Setting.DELIVERY_SMTP_STARTTLS);
    bool(Setting.DELIVERY_SMTP_SSL);
    bool(Setting.DELIVERY_ALLOW_PRIVATE_ADDRESSES);
    nonNegativeInt(Setting.DELIVERY_EMAIL_DIGEST_MINUTES);
    positiveInt(Setting.DELIVERY_TIMEOUT_MS);
    nonNegativeInt(Setting.DELIVERY_RETRIES);
    positiveInt(Setting.DELIVERY_BACKOFF_MS);
    positiveInt(Setting.DELIVERY_BACKOFF_MAX_MS);
    positiveInt(Setting.DELIVERY_RATE_PER_SECOND);
    positiveInt(Setting.DELIVERY_CONCURRENCY);
    positiveInt(Setting.DELIVERY_MAX_PENDING);
  }

  /** spikes.*: each on its own, then how the window, its step and the grace fit together. */
  private void validateSpikes() {
    positiveInt(Setting.SPIKES_WINDOW_MINUTES);
    positiveInt(Setting.SPIKES_ADVANCE_MINUTES);
    nonNegativeInt(Setting.SPIKES_GRACE_MINUTES);
    positiveInt(Setting.SPIKES_BASELINE_WINDOWS);
    positiveInt(Setting.SPIKES_MIN_ARTICLES);
    positiveInt(Setting.SPIKES_MIN_OUTLETS);
    fraction(Setting.SPIKES_ENTITY_MIN_SALIENCE);
    int window = getInt(Setting.SPIKES_WINDOW_MINUTES);
    int advance = getInt(Setting.SPIKES_ADVANCE_MINUTES);
    if (advance > window || window % advance != 0) {
      throw new ConfigException(Setting.SPIKES_ADVANCE_MINUTES.key() + ": " + advance + " must divide "
          + Setting.SPIKES_WINDOW_MINUTES.key() + " (" + window + "), for example " + divisorNear(window, 15)
          + " (or " + window + " for tumbling windows)");
    }
    if ((long) window * (getInt(Setting.SPIKES_BASELINE_WINDOWS) + 1) > 366L * 24 * 60) {
      throw new ConfigException(Setting.SPIKES_BASELINE_WINDOWS.key() + ": " + getInt(Setting.SPIKES_BASELINE_WINDOWS)
          + " windows of " + window + " minutes reach back more than a year; every subject keeps a count per "
          + "window for that long: use fewer or shorter windows");
    }
    double floor = number(Setting.SPIKES_BASELINE_FLOOR, "a number above 0 (for example 1)", d -> d > 0);
    double ratio = number(Setting.SPIKES_RATIO, "a number above 1 (for example 4: four times the usual)",
        d -> d > 1);
    number(Setting.SPIKES_ESCALATION_FACTOR, "0 (no second alert while a spike lasts) or a number above 1 "
        + "(for example 3)", d -> d == 0 || d > 1);
    if (floor * ratio > 1_000_000) {
      throw new ConfigException(Setting.SPIKES_BASELINE_FLOOR.key() + " times " + Setting.SPIKES_RATIO.key()
          + " is " + floor * ratio + " articles per window: no subject would ever spike");
    }
  }

  private static int divisorNear(int window, int wanted) {
    for (int d = Math.min(wanted, window); d > 1; d--) {
      if (window % d == 0) {
        return d;
      }
    }
    return window;
  }

  private double number(Setting setting, String expected, java.util.function.DoublePredicate valid) {
    String value = get(setting);
    try {
      double d = Double.parseDouble(value.trim());
      if (Double.isFinite(d) && valid.test(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below with the key and the value
    }
    throw new ConfigException(setting.key() + ": '" + value + "' must be " + expected);
  }

  private void fraction(Setting setting) {
    String value = get(setting);
    try {
      double d = Double.parseDouble(value.trim());
      if (d > 0 && d <= 1) {
        return;
      }
    } catch (NumberFormatException e) {
      // reported below with the key and the value
    }
    throw new ConfigException(setting.key() + ": '" + value + "' must be a number above 0 and at most 1");
  }

  private void nonNegative(Setting setting) {
    String value = get(setting);
    try {
      double d = Double.parseDouble(value.trim());
      if (d >= 0 && d <= 10) {
        return;
      }
    } catch (NumberFormatException e) {
      // reported below with the key and the value
    }
    throw new ConfigException(setting.key() + ": '" + value + "' must be a number from 0 to 10");
  }

  public boolean getBoolean(Setting setting) {
    return Boolean.parseBoolean(get(setting).trim());
  }

  private void bool(Setting setting) {
    String value = get(setting).trim();
    if (!value.equals("true") && !value.equals("false")) {
      throw new ConfigException(setting.key() + ": '" + get(setting) + "' must be true or false");
    }
  }

  /** A comma-separated list of whole numbers of at least 1, e.g. {@code alerts.source-steps}. */
  public List<Integer> getIntList(Setting setting) {
    List<Integer> numbers = new java.util.ArrayList<>();
    for (String item : getList(setting)) {
      try {
        int n = Integer.parseInt(item);
        if (n >= 1) {
          numbers.add(n);
          continue;
        }
      } catch (NumberFormatException e) {
        // reported below with the key and the value
      }
      throw new ConfigException(setting.key() + ": '" + get(setting)
          + "' must be whole numbers of at least 1, separated by commas");
    }
    return numbers;
  }

  public double getDouble(Setting setting) {
    return Double.parseDouble(get(setting).trim());
  }

  private void nonNegativeInt(Setting setting) {
    String value = get(setting);
    try {
      if (Integer.parseInt(value.trim()) >= 0) {
        return;
      }
    } catch (NumberFormatException e) {
      // reported below with the key and the value
    }
    throw new ConfigException(setting.key() + ": '" + value + "' must be a whole number of at least 0");
  }

  /** A whole number of milliseconds in [min, max]; {@code why} says where the bounds come from. */
  private void millisBetween(Setting setting, int min, int max, String why) {
    String value = get(setting).trim();
    if (!value.matches("\\d{1,10}") || Long.parseLong(value) < min || Long.parseLong(value) > max) {
      throw new ConfigException(setting.key() + ": '" + get(setting) + "' must be milliseconds between " + min
          + " and " + max + " (" + why + ")");
    }
  }

  private void positiveInt(Setting setting) {
    String value = get(setting);
    try {
      if (Integer.parseInt(value.trim()) >= 1) {
        return;
      }
    } catch (NumberFormatException e) {
      // reported below with the key and the value
    }
    throw new ConfigException(setting.key() + ": '" + value + "' must be a whole number of at least 1");
  }
}
