package io.mediamon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediamon.config.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's configuration table is where ops look a setting up: every setting there is, is in it. */
class ConfigurationDocsTest {
  @Test
  void everySettingIsInTheReadmesConfigurationSection() throws Exception {
    String readme = Files.readString(Path.of("../../README.md"));
    int start = readme.indexOf("\n## Configuration");
    int end = readme.indexOf("\n## ", start + 1);
    String section = readme.substring(start, end < 0 ? readme.length() : end);

    List<String> missing = Arrays.stream(Setting.values()).map(Setting::key)
        .filter(key -> !section.contains("`" + key + "`")).toList();

    assertEquals(List.of(), missing, "settings the README's Configuration section does not name");
  }
}
