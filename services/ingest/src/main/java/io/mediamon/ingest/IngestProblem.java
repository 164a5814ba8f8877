package io.mediamon.ingest;

import java.nio.file.Path;

/** Input that was not ingested: where it is (line 0 for the whole file) and why. */
public record IngestProblem(Path path, int line, String reason) {
  @Override
  public String toString() {
    return path + (line > 0 ? ":" + line : "") + ": " + reason;
  }
}
