package org.foilens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.foilens.StageException;
import org.foilens.ingest.FolderWatch;
import org.foilens.ingest.IngestProgress;
import org.foilens.ingest.IngestRun;
import org.foilens.ingest.IngestSummary;

/**
 * {@code ingest --watch}: polls the watched paths, ingests what is ready in one incremental,
 * committed run per poll, and ends cleanly on Ctrl-C (or SIGTERM): a run under way finishes and
 * commits, then the totals are printed.
 */
final class WatchLoop {

  private final Path index;
  private final IngestRun.Settings settings;
  private final IngestRun.PipelineFactory pipelines;
  private final IngestRun.MirrorFactory mirror;
  private final FolderWatch folders;
  private final Duration interval;
  private final Object wake = new Object();
  private volatile boolean stopping;

  /**
   * @param mirror a SolrCloud collection that each run also writes to, or null
   */
  WatchLoop(
      Path index,
      IngestRun.Settings settings,
      IngestRun.PipelineFactory pipelines,
      IngestRun.MirrorFactory mirror,
      FolderWatch folders,
      Duration interval) {
    this.index = index;
    this.settings = settings;
    this.pipelines = pipelines;
    this.mirror = mirror;
    this.folders = folders;
    this.interval = interval;
  }

  void run(List<Path> paths, PrintWriter out, PrintWriter err)
      throws IOException, StageException, InterruptedException {
    CountDownLatch ended = new CountDownLatch(1);
    Thread stop =
        new Thread(
            () -> {
              stopping = true;
              synchronized (wake) {
                wake.notifyAll();
              }
              try {
                ended.await(5, TimeUnit.MINUTES); // let a run under way commit
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "foilens-watch-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    long start = System.nanoTime();
    int files = 0;
    Map<String, Integer> totals = new HashMap<>();
    try {
      err.printf(
          Locale.ROOT, "watching %s for new and changed files (Ctrl-C to stop) ...%n", paths);
      err.flush();
      while (!stopping) {
        synchronized (wake) {
          if (!stopping) {
            wake.wait(interval.toMillis());
          }
        }
        if (stopping) {
          break;
        }
        List<Path> ready = folders.poll();
        if (ready.isEmpty()) {
          continue;
        }
        IngestRun run = new IngestRun(index, settings, pipelines, IngestProgress.NONE);
        if (mirror != null) {
          run.mirroringTo(mirror);
        }
        IngestSummary s = run.run(ready);
        folders.ingested(ready);
        files += ready.size();
        totals.merge("indexed", s.indexed(), Integer::sum);
        totals.merge("failed", s.failed(), Integer::sum);
        totals.merge("unchanged", s.unchanged(), Integer::sum);
        out.printf(
            Locale.ROOT,
            "watch: %d file%s: indexed %d, failed %d, unchanged %d (%s)%n",
            ready.size(),
            ready.size() == 1 ? "" : "s",
            s.indexed(),
            s.failed(),
            s.unchanged(),
            ready.size() == 1 ? ready.get(0) : ready.get(0) + ", ...");
        out.flush();
      }
      out.printf(
          Locale.ROOT,
          "watch ended: %d files picked up, indexed %d, failed %d, unchanged %d, %.0f s%n",
          files,
          totals.getOrDefault("indexed", 0),
          totals.getOrDefault("failed", 0),
          totals.getOrDefault("unchanged", 0),
          (System.nanoTime() - start) / 1e9);
      out.flush();
    } finally {
      ended.countDown();
    }
  }
}
