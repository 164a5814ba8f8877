package io.mediamon.delivery;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.delivery.destination.Destination;
import io.mediamon.delivery.destination.DestinationResolver;
import io.mediamon.delivery.destination.WatchDirectory;
import io.mediamon.delivery.dispatch.DeadLetterWriter;
import io.mediamon.delivery.dispatch.DeliveryPolicy;
import io.mediamon.delivery.dispatch.DestinationSender;
import io.mediamon.delivery.dispatch.Dispatcher;
import io.mediamon.delivery.email.EmailSender;
import io.mediamon.delivery.email.SmtpSettings;
import io.mediamon.delivery.retry.Backoff;
import io.mediamon.delivery.webhook.WebhookSender;
import io.mediamon.delivery.webhook.WebhookSigner;
import io.mediamon.net.PrivateAddressGuard;
import io.mediamon.schema.DestinationKind;
import io.mediamon.topics.MediamonTopics;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code run --services deliver}: every alert to the destinations of the watches it matched and to the configured
 * ones, at least once. An alert's offset is committed once every destination accepted it or it was dead-lettered for
 * it; a restart resumes from there, and the {@code Idempotency-Key} lets receivers drop what comes twice.
 */
public final class DeliveryService implements AutoCloseable {
  /** The consumer group is the application.id.prefix and this. */
  public static final String GROUP_SUFFIX = "-delivery";
  private static final Logger LOG = LoggerFactory.getLogger(DeliveryService.class);
  private static final Duration WATCHES_LOAD = Duration.ofSeconds(30);

  private final WatchDirectory watches;
  private final DeadLetterWriter deadLetters;
  private final Dispatcher dispatcher;
  private final AlertPollLoop loop;
  private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

  private DeliveryService(WatchDirectory watches, DeadLetterWriter deadLetters, Dispatcher dispatcher,
      AlertPollLoop loop) {
    this.watches = watches;
    this.deadLetters = deadLetters;
    this.dispatcher = dispatcher;
    this.loop = loop;
  }

  /** Reads the watches, then starts delivering. */
  public static DeliveryService start(MediamonConfig config, MediamonTopics topics) throws InterruptedException {
    Properties kafka = config.kafkaClientProperties();
    List<Destination> configured = configuredDestinations(config);
    String secret = config.get(Setting.DELIVERY_WEBHOOK_SECRET);
    if (secret.isEmpty()) {
      LOG.warn("delivery.webhook-secret is empty: webhook requests go unsigned");
    }
    PrivateAddressGuard guard = config.getBoolean(Setting.DELIVERY_ALLOW_PRIVATE_ADDRESSES)
        ? PrivateAddressGuard.allowAll()
        : PrivateAddressGuard.publicOnly("webhooks of watches and redirects may only lead to public hosts or to the "
            + "host of a configured webhook; delivery.allow-private-addresses=true lifts this");
    Duration timeout = Duration.ofMillis(config.getInt(Setting.DELIVERY_TIMEOUT_MS));
    WebhookSender webhooks = new WebhookSender(timeout, new WebhookSigner(secret), guard, Clock.systemUTC());
    EmailSender email = new EmailSender(new SmtpSettings(config.get(Setting.DELIVERY_SMTP_HOST).trim(),
        config.getInt(Setting.DELIVERY_SMTP_PORT), config.get(Setting.DELIVERY_SMTP_USER),
        config.get(Setting.DELIVERY_SMTP_PASSWORD), config.getBoolean(Setting.DELIVERY_SMTP_STARTTLS),
        config.getBoolean(Setting.DELIVERY_SMTP_SSL), config.get(Setting.DELIVERY_SMTP_FROM).trim(), timeout));
    Map<DestinationKind, DestinationSender> senders = Map.of(DestinationKind.WEBHOOK, webhooks,
        DestinationKind.SLACK, webhooks, DestinationKind.EMAIL, email);
    DeliveryPolicy policy = new DeliveryPolicy(config.getInt(Setting.DELIVERY_RETRIES),
        Backoff.withRandomJitter(Duration.ofMillis(config.getInt(Setting.DELIVERY_BACKOFF_MS)),
            Duration.ofMillis(config.getInt(Setting.DELIVERY_BACKOFF_MAX_MS))),
        config.getInt(Setting.DELIVERY_RATE_PER_SECOND), config.getInt(Setting.DELIVERY_CONCURRENCY),
        Duration.ofMinutes(config.getInt(Setting.DELIVERY_EMAIL_DIGEST_MINUTES)));

    WatchDirectory watches = new WatchDirectory(kafka, topics.watchlists());
    DeadLetterWriter deadLetters = null;
    Dispatcher dispatcher = null;
    try {
      watches.start(WATCHES_LOAD);
      deadLetters = new DeadLetterWriter(kafka, topics.deadLetter().name());
      dispatcher = new Dispatcher(senders, policy, deadLetters);
      AlertPollLoop loop = new AlertPollLoop(kafka, config.get(Setting.APPLICATION_ID_PREFIX) + GROUP_SUFFIX,
          topics.alerts(), new DestinationResolver(configured, watches), dispatcher, deadLetters,
          config.getInt(Setting.DELIVERY_MAX_PENDING));
      DeliveryService service = new DeliveryService(watches, deadLetters, dispatcher, loop);
      loop.start();
      LOG.info("Delivering {} to {} configured destination(s) and to the destinations of matched watches",
          topics.alerts().name(), configured.size());
      return service;
    } catch (InterruptedException | RuntimeException e) {
      if (dispatcher != null) {
        dispatcher.close();
      }
      if (deadLetters != null) {
        deadLetters.close();
      }
      watches.close();
      throw e;
    }
  }

  static List<Destination> configuredDestinations(MediamonConfig config) {
    List<Destination> destinations = new ArrayList<>();
    config.getList(Setting.DELIVERY_WEBHOOKS)
        .forEach(url -> destinations.add(new Destination(DestinationKind.WEBHOOK, url, true)));
    config.getList(Setting.DELIVERY_SLACK_WEBHOOKS)
        .forEach(url -> destinations.add(new Destination(DestinationKind.SLACK, url, true)));
    config.getList(Setting.DELIVERY_EMAIL_TO)
        .forEach(address -> destinations.add(new Destination(DestinationKind.EMAIL, address, true)));
    return destinations;
  }

  /** Completes exceptionally when reading alerts failed (the service then delivers nothing more). */
  public CompletableFuture<Void> failure() {
    return loop.stopped();
  }

  /** Alerts read and not yet accepted or dead-lettered everywhere. */
  public int pendingCount() {
    return loop.pendingCount();
  }

  /**
   * Stops reading and commits what is fully handled, then stops the destinations' workers: an alert still being
   * delivered stays uncommitted and is delivered again by the next start.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    loop.close();
    dispatcher.close();
    deadLetters.close();
    watches.close();
  }
}
