package io.mediamon.evaluation.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisFingerprintTest {
  @TempDir
  Path dir;

  @Test
  void aRebuiltJarWithTheSameContentKeepsTheFingerprintAndAChangedOneDoesNot() throws Exception {
    // The class comes from this test's own class files, packed into jars the way a module's build packs its classes.
    byte[] classFile = classBytes(Marker.class);
    Path first = jar("first.jar", classFile, "analyzer.properties", "version=1", 1_000_000_000_000L);
    Path rebuilt = jar("rebuilt.jar", classFile, "analyzer.properties", "version=1", 1_700_000_000_000L);
    Path changed = jar("changed.jar", classFile, "analyzer.properties", "version=2", 1_000_000_000_000L);

    String a = fingerprintOf(first);
    assertEquals(a, fingerprintOf(rebuilt), "file times are no change");
    assertNotEquals(a, fingerprintOf(changed), "an entry's content is");
  }

  @Test
  void theExtractorSettingsArePartOfIt() {
    MediamonConfig defaults = MediamonConfig.defaults();
    String plain = AnalysisFingerprint.of(defaults);

    assertEquals(plain, AnalysisFingerprint.of(defaults), "the same build and settings");
    assertEquals(plain, AnalysisFingerprint.of(defaults.with(Setting.STORIES_THRESHOLD, "0.5")),
        "story settings do not change what the extractor wrote");
    assertNotEquals(plain, AnalysisFingerprint.of(defaults.with(Setting.EXTRACTOR_MAX_CHARS, "500")));
    assertNotEquals(AnalysisFingerprint.of(List.of(), Map.of("extractor.parse", "false")),
        AnalysisFingerprint.of(List.of(), Map.of("extractor.parse", "true")));
  }

  /** A class to pack: its bytes are all the fingerprint reads of it. */
  static final class Marker {}

  private String fingerprintOf(Path jar) throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      Class<?> loaded = Class.forName(Marker.class.getName(), false, loader);
      return AnalysisFingerprint.of(List.of(loaded), Map.of());
    }
  }

  private static byte[] classBytes(Class<?> c) throws IOException {
    try (var in = c.getResourceAsStream("/" + c.getName().replace('.', '/') + ".class")) {
      return in.readAllBytes();
    }
  }

  private Path jar(String name, byte[] classFile, String resource, String content, long time) throws IOException {
    Path jar = dir.resolve(name);
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      JarEntry c = new JarEntry(Marker.class.getName().replace('.', '/') + ".class");
      c.setLastModifiedTime(FileTime.fromMillis(time));
      out.putNextEntry(c);
      out.write(classFile);
      out.closeEntry();
      JarEntry r = new JarEntry(resource);
      r.setLastModifiedTime(FileTime.fromMillis(time));
      out.putNextEntry(r);
      out.write(content.getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return jar;
  }
}
