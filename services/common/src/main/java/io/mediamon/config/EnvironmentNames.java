package io.mediamon.config;

import java.util.Locale;

/** Maps setting keys to environment variable names and back. */
final class EnvironmentNames {
  static final String PREFIX = "MEDIAMON_";
  static final String KAFKA_PREFIX = PREFIX + "KAFKA_";
  /** Read by the launcher script, not settings: the JVM's options and the repository the launcher runs from. */
  static final java.util.Set<String> LAUNCHER = java.util.Set.of("MEDIAMON_JAVA_OPTS", "MEDIAMON_HOME");

  private EnvironmentNames() {}

  static String of(String key) {
    return PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /** MEDIAMON_KAFKA_SECURITY_PROTOCOL → kafka.security.protocol: Kafka's own keys only use dots. */
  static String kafkaKeyOf(String variable) {
    return "kafka." + variable.substring(KAFKA_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
  }
}
