package org.foilens;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.foilens.model.SourceDocument;

/**
 * Analyzes many files on several threads and hands the results to one consumer, on the calling
 * thread, in the order of the input; at most a few files per thread are in flight.
 */
public final class BatchRunner {

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final Pipeline pipeline;
  private final int threads;

  public BatchRunner(Pipeline pipeline, int threads) {
    this.pipeline = pipeline;
    this.threads = Math.max(1, threads);
  }

  /** Finds, hashes and analyzes each file. */
  public void run(List<Path> files, Consumer<Analysis> consumer) throws InterruptedException {
    run(files, pipeline::analyze, consumer);
  }

  /** Analyzes files already found and hashed. */
  public void runSources(List<SourceDocument> sources, Consumer<Analysis> consumer)
      throws InterruptedException {
    run(sources, pipeline::analyze, consumer);
  }

  private <T> void run(List<T> inputs, Function<T, Analysis> analyze, Consumer<Analysis> consumer)
      throws InterruptedException {
    int pool = POOLS.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    ExecutorService executor =
        Executors.newFixedThreadPool(
            threads, r -> new Thread(r, "foilens-analyze-" + pool + "-" + n.incrementAndGet()));
    try {
      Deque<Future<Analysis>> window = new ArrayDeque<>();
      int next = 0;
      while (next < inputs.size() || !window.isEmpty()) {
        while (next < inputs.size() && window.size() < threads * 4) {
          T input = inputs.get(next++);
          window.add(executor.submit(() -> analyze.apply(input)));
        }
        try {
          consumer.accept(window.poll().get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("analysis failed outside any stage", e.getCause());
        }
      }
    } finally {
      executor.shutdownNow();
    }
  }
}
