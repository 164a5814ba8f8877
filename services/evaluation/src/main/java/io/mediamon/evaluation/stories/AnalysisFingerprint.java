package io.mediamon.evaluation.stories;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.extractor.nlp.ArticleAnalyzer;
import io.mediamon.schema.EnrichedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * What the analyzed articles of an evaluation depend on, as one hash: the code of the analyzer, of the record it
 * writes and of CoreNLP (its models jar carries the same version as its code), and the extractor settings the
 * analyzer is built with. An {@link EnrichedCache} written under another fingerprint is not read: an event mention the
 * changed extractor no longer makes would otherwise still be read, and the figures would be those of another build.
 *
 * <p>Code is hashed by content (each jar entry's or class file's name and bytes, in name order), not by file time, so
 * rebuilding an unchanged module keeps the fingerprint and tuning the story stages keeps the cache.
 */
final class AnalysisFingerprint {
  private AnalysisFingerprint() {}

  /** The fingerprint of this build's analyzer with the configuration's extractor settings. */
  static String of(MediamonConfig config) {
    SortedMap<String, String> settings = new TreeMap<>();
    for (Setting s : List.of(Setting.EXTRACTOR_MAX_CHARS, Setting.EXTRACTOR_NER_MODELS, Setting.EXTRACTOR_PARSE)) {
      settings.put(s.key(), config.get(s));
    }
    return of(List.of(ArticleAnalyzer.class, EnrichedArticle.class,
        edu.stanford.nlp.pipeline.StanfordCoreNLP.class), settings);
  }

  /** The hash of the code the classes are loaded from (each jar or class directory once) and of the settings. */
  static String of(Collection<Class<?>> code, Map<String, String> settings) {
    MessageDigest digest = sha256();
    TreeSet<Path> sources = new TreeSet<>();
    for (Class<?> c : code) {
      Path source = sourceOf(c);
      if (source == null) {
        update(digest, "class " + c.getName()); // a platform class: its code comes with the JDK
      } else {
        sources.add(source);
      }
    }
    for (Path source : sources) {
      try {
        if (Files.isDirectory(source)) {
          hashDirectory(digest, source);
        } else {
          hashJar(digest, source);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + source + " to fingerprint the analyzer", e);
      }
    }
    new TreeMap<>(settings).forEach((key, value) -> update(digest, key + "=" + value));
    return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
  }

  private static Path sourceOf(Class<?> c) {
    CodeSource source = c.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return null;
    }
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IllegalStateException("the code of " + c.getName() + " is at " + source.getLocation()
          + ", which is no file", e);
    }
  }

  private static void hashJar(MessageDigest digest, Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      List<JarEntry> entries = new ArrayList<>(file.stream().filter(e -> !e.isDirectory()).toList());
      entries.sort(Comparator.comparing(JarEntry::getName));
      for (JarEntry entry : entries) {
        update(digest, entry.getName());
        try (InputStream in = file.getInputStream(entry)) {
          digest.update(in.readAllBytes());
        }
      }
    }
  }

  private static void hashDirectory(MessageDigest digest, Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      update(digest, dir.relativize(file).toString().replace('\\', '/'));
      digest.update(Files.readAllBytes(file));
    }
  }

  /** A string with its length first, so that two different sequences of names never hash alike. */
  private static void update(MessageDigest digest, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    digest.update((byte) ':');
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }
}
