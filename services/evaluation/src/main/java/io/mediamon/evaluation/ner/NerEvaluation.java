package io.mediamon.evaluation.ner;

import io.mediamon.extractor.nlp.EntityRecognizer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

/**
 * Runs the entity recognizer over a dataset's documents (in parallel: the tagger is thread-safe) and scores the
 * chosen systems against the gold. Scoring happens in document order on the calling thread, so errors are reported
 * in a stable order.
 */
public final class NerEvaluation {

    /** The scores of one run. */
    public record Result(Dataset dataset, Map<NerSystem, Scoreboard> scores, Duration elapsed) {
    }

    private final EntityRecognizer recognizer;
    private final int threads;

    public NerEvaluation(EntityRecognizer recognizer, int threads) {
        this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = threads;
    }

    /** Scores the systems on the dataset; every strict error goes to errors. */
    public Result run(Dataset dataset, Set<NerSystem> systems, BiConsumer<NerSystem, Scoreboard.Error> errors) {
        long start = System.nanoTime();
        Map<NerSystem, Scoreboard> scores = new EnumMap<>(NerSystem.class);
        systems.forEach(s -> scores.put(s, new Scoreboard()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ner-eval");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<EntityRecognizer.Recognition>> results = new ArrayList<>();
            for (EvalDocument doc : dataset.documents()) {
                results.add(pool.submit(() -> recognizer.recognize(doc.text(), null)));
            }
            for (int i = 0; i < results.size(); i++) {
                EvalDocument doc = dataset.documents().get(i);
                EntityRecognizer.Recognition recognition = get(results.get(i), doc);
                for (Map.Entry<NerSystem, Scoreboard> e : scores.entrySet()) {
                    NerSystem system = e.getKey();
                    e.getValue().add(doc, system.predictions(recognition), error -> errors.accept(system, error));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(dataset, scores, Duration.ofNanos(System.nanoTime() - start));
    }

    private static EntityRecognizer.Recognition get(Future<EntityRecognizer.Recognition> future, EvalDocument doc) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing " + doc.id(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysing " + doc.id() + " failed: " + e.getCause(), e.getCause());
        }
    }
}
