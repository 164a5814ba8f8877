package io.mediamon.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The instances of the web service, as Kafka Streams' metadata names them (each one's {@code application.server}):
 * which one holds a key of a store, which ones hold a store at all, and asking another one for its local answer
 * over its {@code /internal/} endpoints.
 */
final class Instances {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final KafkaStreams streams;
  private final HostInfo self;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  Instances(KafkaStreams streams, HostInfo self) {
    this.streams = streams;
    this.self = self;
  }

  HostInfo self() {
    return self;
  }

  boolean isSelf(HostInfo host) {
    return self.equals(host);
  }

  /** The instance whose active task holds the key of the store; {@link Unavailable} while none does. */
  HostInfo ownerOf(String store, String key) {
    KeyQueryMetadata metadata = streams.queryMetadataForKey(store, key, Serdes.String().serializer());
    if (metadata == null || metadata == KeyQueryMetadata.NOT_AVAILABLE || metadata.activeHost() == null
        || metadata.activeHost().port() < 0) {
      throw new Unavailable("the " + store + " store is being assigned to the instances");
    }
    return metadata.activeHost();
  }

  /** Every instance that holds a part of the store. */
  List<HostInfo> holdersOf(String store) {
    List<HostInfo> hosts = streams.streamsMetadataForStore(store).stream().map(StreamsMetadata::hostInfo)
        .distinct().toList();
    if (hosts.isEmpty()) {
      throw new Unavailable("the " + store + " store is being assigned to the instances");
    }
    return hosts;
  }

  /** Another instance's local answer: GET {@code /internal/<what>} with the parameters. */
  JsonNode ask(HostInfo host, String what, Map<String, String> params) {
    String query = params.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
    URI uri = URI.create("http://" + host.host() + ":" + host.port() + "/internal/" + what
        + (query.isEmpty() ? "" : "?" + query));
    try {
      HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      JsonNode body = JsonSerde.MAPPER.readTree(response.body());
      if (response.statusCode() == 400) {
        throw new BadRequest(body.path("error").asText("refused by " + host));
      }
      if (response.statusCode() != 200) {
        throw new Unavailable("instance " + host.host() + ":" + host.port() + " answered " + response.statusCode()
            + ": " + body.path("error").asText(""));
      }
      return body;
    } catch (IOException e) {
      throw new Unavailable("instance " + host.host() + ":" + host.port() + " did not answer: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable("interrupted while asking instance " + host.host() + ":" + host.port());
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The answer needs state that is not available right now (a rebalance, an instance away): 503, retry. */
  static final class Unavailable extends RuntimeException {
    Unavailable(String message) {
      super(message);
    }
  }
}
