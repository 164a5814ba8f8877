package io.mediamon.delivery.dispatch;

import io.mediamon.delivery.retry.Backoff;
import java.time.Duration;

/**
 * How each destination is served.
 *
 * @param retries attempts after the first for a failure worth retrying
 * @param ratePerSecond requests per second at most to one destination
 * @param concurrency requests in flight at most to one destination
 * @param emailDigest zero: one e-mail per alert; else one digest e-mail per address per this interval
 */
public record DeliveryPolicy(int retries, Backoff backoff, int ratePerSecond, int concurrency, Duration emailDigest) {}
