package io.mediamon.app.ops;

import io.mediamon.streams.StreamsService;
import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;

/** A stream service is ready while RUNNING; rebalancing, starting, stopping or failed, it says which. */
public final class StreamsServiceCheck implements ReadinessCheck {
  private final StreamsService service;

  public StreamsServiceCheck(StreamsService service) {
    this.service = service;
  }

  @Override
  public String name() {
    return service.name();
  }

  @Override
  public Optional<String> problem() {
    KafkaStreams.State state = service.state();
    if (state == KafkaStreams.State.RUNNING) {
      return Optional.empty();
    }
    return Optional.of(service.failure().isCompletedExceptionally() ? "failed (state " + state + ")"
        : "state " + state + (state == KafkaStreams.State.REBALANCING ? ": partitions being (re)assigned" : ""));
  }
}
