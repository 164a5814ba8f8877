package io.mediamon.ingest.feed;

import java.net.URI;

/** The outcome of one {@link SafeFetcher} request. */
public sealed interface FetchResult {
  /** A 2xx response; {@code body} is decompressed and at most the size cap. Validators are null when absent. */
  record Fetched(URI finalUrl, byte[] body, String contentType, String etag, String lastModified)
      implements FetchResult {}

  /** 304: the validators sent still match, nothing changed since the last fetch. */
  record NotModified(URI finalUrl) implements FetchResult {}

  /** Anything else; {@code reason} is meant for logs and the feed's health status. */
  record Failed(URI url, String reason) implements FetchResult {}
}
