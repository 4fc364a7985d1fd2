package org.foilens;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.foilens.model.SourceDocument;

/**
 * Analyzes many files on several threads and hands the results to one consumer, on the calling
 * thread; at most a few files per thread are in flight. {@link #run} hands them over in the order
 * of the input (for output that must not depend on timing); {@link #runSources} as they finish, so
 * that one slow file (pages to OCR, say) does not hold the others back and leave cores idle.
 */
public final class BatchRunner {

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final Pipeline pipeline;
  private final int threads;

  public BatchRunner(Pipeline pipeline, int threads) {
    this.pipeline = pipeline;
    this.threads = Math.max(1, threads);
  }

  /** Finds, hashes and analyzes each file; results in the order of the files. */
  public void run(List<Path> files, Consumer<Analysis> consumer) throws InterruptedException {
    ExecutorService executor = executor();
    try {
      Deque<Future<Analysis>> window = new ArrayDeque<>();
      int next = 0;
      while (next < files.size() || !window.isEmpty()) {
        while (next < files.size() && window.size() < inFlight()) {
          Path file = files.get(next++);
          window.add(executor.submit(() -> pipeline.analyze(file)));
        }
        consumer.accept(result(window.poll()));
      }
    } finally {
      executor.shutdownNow();
    }
  }

  /** Analyzes files already found and hashed; results in the order they finish. */
  public void runSources(List<SourceDocument> sources, Consumer<Analysis> consumer)
      throws InterruptedException {
    ExecutorService executor = executor();
    try {
      CompletionService<Analysis> done = new ExecutorCompletionService<>(executor);
      int next = 0;
      int pending = 0;
      while (next < sources.size() || pending > 0) {
        while (next < sources.size() && pending < inFlight()) {
          SourceDocument source = sources.get(next++);
          done.submit(() -> pipeline.analyze(source));
          pending++;
        }
        consumer.accept(result(done.take()));
        pending--;
      }
    } finally {
      executor.shutdownNow();
    }
  }

  private int inFlight() {
    return threads * 4;
  }

  private ExecutorService executor() {
    int pool = POOLS.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    return Executors.newFixedThreadPool(
        threads, r -> new Thread(r, "foilens-analyze-" + pool + "-" + n.incrementAndGet()));
  }

  private static Analysis result(Future<Analysis> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis failed outside any stage", e.getCause());
    }
  }
}
