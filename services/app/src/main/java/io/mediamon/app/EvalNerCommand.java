package io.mediamon.app;

import io.mediamon.evaluation.ner.ConllCorpus;
import io.mediamon.evaluation.ner.Dataset;
import io.mediamon.evaluation.ner.GoldTitles;
import io.mediamon.evaluation.ner.NerEvaluation;
import io.mediamon.evaluation.ner.NerSystem;
import io.mediamon.evaluation.ner.Re3dCorpus;
import io.mediamon.evaluation.ner.ScoreTable;
import io.mediamon.extractor.nlp.EntityRecognizer;
import io.mediamon.extractor.nlp.EntityVocabulary;
import io.mediamon.config.Setting;
import io.mediamon.extractor.nlp.NerTagger;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code mediamon eval ner PATH}: precision, recall and F1 of named-entity recognition against annotated data, per
 * type and overall, strict (exact span and type) and lenient (overlap and type). PATH is a CoNLL file, a re3d
 * directory (documents.json and entities.json), or a directory searched for both. Type mapping, gold normalization
 * and matching are documented in io.mediamon.evaluation.ner (TypeMapping, GoldTitles, Tally).
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Score named-entity recognition against CoNLL (token TAB BIO-tag) or re3d (JSON lines) annotations.")
public final class EvalNerCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", description = "A CoNLL file, a re3d directory, or a directory holding either.")
  Path path;

  /** --set extractor.ner-models=3class,4class compares model sets (README, Benchmark). */
  @picocli.CommandLine.Mixin
  ConfigOptions options = new ConfigOptions();

  @ArgGroup(exclusive = true)
  Systems systems = new Systems();

  static final class Systems {
    @Option(names = "--raw", description = "Score CoreNLP's own spans (no mediamon entity layer).")
    boolean raw;

    @Option(names = "--compare", description = "Score raw CoreNLP and mediamon from the same tagging pass.")
    boolean compare;
  }

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
      description = "Score only the first N sentences (CoNLL) or documents (re3d); 0: all (default).")
  int limit;

  @Option(names = "--sentences-per-doc", paramLabel = "N", defaultValue = "10",
      description = "CoNLL sentences per pseudo-document (default ${DEFAULT-VALUE}).")
  int sentencesPerDocument;

  @Option(names = "--gold-titles", paramLabel = "strip|keep", defaultValue = "strip",
      converter = GoldTitlesConverter.class,
      description = "strip (default): leading titles (Mr., President, ...) are taken out of gold PERSON spans, as "
          + "mediamon keeps them out of names; keep: score the gold as annotated.")
  GoldTitles goldTitles;

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: available processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--errors", paramLabel = "FILE",
      description = "Write every strict error (TSV: dataset, system, document, offset, MISS|FALSE, "
          + "type, text, type of a same-extent span, context) to FILE.")
  Path errorsFile;

  @Spec
  CommandSpec spec;

  static final class GoldTitlesConverter implements ITypeConverter<GoldTitles> {
    @Override
    public GoldTitles convert(String value) {
      try {
        return GoldTitles.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("expected strip or keep, not '" + value + "'");
      }
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (limit < 0 || sentencesPerDocument < 1 || threads < 1) {
      err.println("mediamon: --limit must be 0 or more, --sentences-per-doc and --threads 1 or more");
      return 2;
    }
    List<Dataset> datasets;
    try {
      datasets = datasets();
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      err.println("mediamon: " + e.getMessage());
      return 2;
    }
    if (datasets.isEmpty()) {
      err.println("mediamon: no annotations in " + path + " (expected a CoNLL file, or a directory with "
          + Re3dCorpus.DOCUMENTS + " and " + Re3dCorpus.ENTITIES + ", or .conll files)");
      return 2;
    }
    Set<NerSystem> scored = systems.compare ? EnumSet.allOf(NerSystem.class)
        : EnumSet.of(systems.raw ? NerSystem.CORENLP : NerSystem.MEDIAMON);
    NerTagger tagger = Analyzers.tagger(options.load().getList(Setting.EXTRACTOR_NER_MODELS), false).join();
    NerEvaluation evaluation = new NerEvaluation(new EntityRecognizer(tagger), threads);
    String vocabulary = EntityVocabulary.versions().entrySet().stream()
        .map(e -> e.getKey() + " v" + e.getValue()).collect(Collectors.joining(", "));
    try (BufferedWriter errors = errorsFile == null ? null
        : Files.newBufferedWriter(errorsFile, StandardCharsets.UTF_8)) {
      for (Dataset dataset : datasets) {
        NerEvaluation.Result result = evaluation.run(dataset, scored, (system, e) -> {
          if (errors != null) {
            write(errors, String.join("\t", dataset.name(), system.name(), e.documentId(),
                String.valueOf(e.offset()), e.miss() ? "MISS" : "FALSE", e.type().name(),
                e.text().replace('\n', ' '), e.otherType() == null ? "" : e.otherType(), e.context()));
          }
        });
        out.printf(Locale.ROOT, "%s: %s; gold titles: %s%n", dataset.name(), dataset.description(),
            goldTitles.name().toLowerCase(Locale.ROOT));
        out.println("entity vocabulary: " + vocabulary);
        out.print(ScoreTable.format(result));
        out.printf(Locale.ROOT, "(%.1f s, %d threads)%n%n", result.elapsed().toMillis() / 1000.0, threads);
        out.flush();
      }
    } catch (IOException | UncheckedIOException e) {
      err.println("mediamon: cannot write " + errorsFile + ": " + e.getMessage());
      return 2;
    }
    return 0;
  }

  private static void write(BufferedWriter w, String line) {
    try {
      w.write(line);
      w.newLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file: CoNLL. A re3d directory: re3d. Another directory: every .conll file and re3d directory below it. */
  private List<Dataset> datasets() throws IOException {
    if (Files.isRegularFile(path)) {
      return List.of(ConllCorpus.read(path, sentencesPerDocument, limit, goldTitles));
    }
    if (!Files.isDirectory(path)) {
      throw new IOException("no such file or directory: " + path);
    }
    List<Dataset> datasets = new ArrayList<>();
    List<Path> found;
    try (Stream<Path> walk = Files.walk(path)) {
      found = walk.filter(p -> (Files.isRegularFile(p) && p.getFileName().toString().endsWith(".conll"))
          || (Files.isDirectory(p) && Re3dCorpus.isCorpus(p))).sorted().toList();
    }
    for (Path p : found) {
      datasets.add(Files.isDirectory(p) ? Re3dCorpus.read(p, limit, goldTitles)
          : ConllCorpus.read(p, sentencesPerDocument, limit, goldTitles));
    }
    return datasets;
  }
}
