package io.mediamon.config;

/** A configuration problem, worded so the user knows what to change. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
