package org.foilens.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.foilens.Analysis;
import org.foilens.BatchRunner;
import org.foilens.Pipeline;
import org.foilens.StageException;
import org.foilens.index.IndexedDocuments;
import org.foilens.index.LuceneIndexWriter;
import org.foilens.index.RunRecord;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.FailureRecord;
import org.foilens.source.SourceWalker;

/**
 * One ingest run into an index folder: plans from hashes what to parse, analyzes only that,
 * writes documents and failures, and commits at bounded intervals so that a killed run loses at
 * most the last few seconds of work, which the next run redoes. Every input ends either in the
 * index or in the failure ledger.
 */
public final class IngestRun {

  /** How a run commits and what it may remove. */
  public record Settings(int commitEvery, Duration commitInterval, boolean prune, int threads) {}

  /**
   * Builds the pipeline; called only when some file needs parsing (loading it takes seconds). The
   * run does not close it: whoever made the factory does.
   */
  public interface PipelineFactory {
    Pipeline open() throws IOException, StageException;
  }

  private final Path index;
  private final Settings settings;
  private final PipelineFactory pipelines;
  private final IngestProgress progress;

  public IngestRun(Path index, Settings settings, PipelineFactory pipelines, IngestProgress progress) {
    this.index = index;
    this.settings = settings;
    this.pipelines = pipelines;
    this.progress = progress;
  }

  public IngestSummary run(List<Path> roots)
      throws IOException, StageException, InterruptedException {
    long start = System.nanoTime();
    List<Path> files = new SourceWalker().list(roots);
    Files.createDirectories(index);
    FailureLedger ledger = FailureLedger.load(index);
    try (LuceneIndexWriter writer = new LuceneIndexWriter(index)) {
      RunRecord run = writer.runRecord().started(Instant.now());
      IngestPlan plan;
      try (IndexedDocuments indexed = writer.indexedDocuments()) {
        plan = new IngestPlanner(indexed, ledger, Pipeline.VERSION).plan(files, roots, settings.prune());
      }
      Tally tally = new Tally();
      try (Checkpoints checkpoints =
          new Checkpoints(
              () -> {
                ledger.save();
                writer.commit(run);
              },
              settings.commitEvery(),
              settings.commitInterval())) {
        checkpoints.changed(applyDecisions(plan, writer, ledger, tally));
        if (!plan.toAnalyze().isEmpty() || !plan.unreadable().isEmpty()) {
          analyze(plan, writer, ledger, checkpoints, tally);
        }
      } // the timer has stopped: no periodic commit can overwrite the completed run's record
      ledger.save();
      writer.commit(run.completed(Instant.now(), Pipeline.VERSION));
      return tally.summary(plan, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /** Carries out what the plan decided without parsing; returns how many changes it made. */
  private static int applyDecisions(
      IngestPlan plan, LuceneIndexWriter writer, FailureLedger ledger, Tally tally) throws IOException {
    for (String source : plan.unchanged()) {
      ledger.remove(source); // a stale entry left by a run killed between two commits
    }
    for (FailureEntry known : plan.knownFailures()) {
      tally.failed(known);
    }
    for (String source : plan.staleDocuments()) {
      writer.delete(source);
    }
    for (String source : plan.prunedDocuments()) {
      writer.delete(source);
    }
    ledger.removeIf(plan.prunedFailures()::contains);
    return plan.staleDocuments().size() + plan.prunedDocuments().size() + plan.prunedFailures().size();
  }

  private void analyze(
      IngestPlan plan, LuceneIndexWriter writer, FailureLedger ledger, Checkpoints checkpoints, Tally tally)
      throws IOException, StageException, InterruptedException {
    progress.started(plan.toAnalyze().size() + plan.unreadable().size());
    try {
      for (Analysis unreadable : plan.unreadable()) {
        record(unreadable, plan, writer, ledger, tally);
        checkpoints.changed(1);
      }
      if (plan.toAnalyze().isEmpty()) {
        return;
      }
      try {
        new BatchRunner(pipelines.open(), settings.threads())
            .runSources(
                plan.toAnalyze(),
                analysis -> {
                  try {
                    record(analysis, plan, writer, ledger, tally);
                    checkpoints.changed(1);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    } finally {
      progress.close();
    }
  }

  /**
   * Puts one analyzed content in the index, listing the other paths where it was found, or puts
   * each of its paths in the ledger (and an old document out).
   */
  private void record(
      Analysis analysis, IngestPlan plan, LuceneIndexWriter writer, FailureLedger ledger, Tally tally)
      throws IOException {
    List<String> duplicates = plan.duplicatesOf(analysis.document().source());
    FailureRecord failure = analysis.failure();
    if (failure == null) {
      failure = write(analysis.document().withDuplicates(duplicates), analysis.body(), writer);
    }
    if (failure != null) {
      FailureEntry entry = FailureEntry.of(failure, Pipeline.VERSION, Instant.now());
      for (FailureEntry each : withDuplicates(entry, duplicates)) {
        ledger.record(each);
        writer.delete(each.path());
        tally.failed(each);
      }
    } else {
      ledger.remove(analysis.document().source());
      duplicates.forEach(ledger::remove);
      tally.indexed(analysis.document().kind(), duplicates.size());
    }
    progress.advanced(failure != null);
  }

  private static List<FailureEntry> withDuplicates(FailureEntry entry, List<String> duplicates) {
    List<FailureEntry> all = new java.util.ArrayList<>(List.of(entry));
    duplicates.forEach(d -> all.add(entry.forPath(d)));
    return all;
  }

  /**
   * Writes an analyzed document; Lucene refusing this one document (say, a term longer than it
   * allows) is the index stage failing for this input, not the run.
   */
  private static FailureRecord write(AnalyzedDocument document, String body, LuceneIndexWriter writer)
      throws IOException {
    try {
      writer.write(document, body);
      return null;
    } catch (IllegalArgumentException e) {
      return new FailureRecord(document.source(), document.sha256(), "index",
          "the index refused the document: " + e.getMessage(), e.getClass().getName());
    }
  }

  /** Counts as the run goes. */
  private static final class Tally {
    private final Map<String, Integer> byKind = new HashMap<>();
    private final Map<String, Integer> failuresByReason = new HashMap<>();
    private int duplicates;

    void indexed(String kind, int duplicatesLinked) {
      byKind.merge(kind == null ? "other" : kind, 1, Integer::sum);
      duplicates += duplicatesLinked;
    }

    void failed(FailureEntry entry) {
      failuresByReason.merge(entry.reasonWithoutPath(), 1, Integer::sum);
    }

    IngestSummary summary(IngestPlan plan, Duration elapsed) {
      return new IngestSummary(
          byKind, plan.unchanged().size(), plan.knownFailures().size(), failuresByReason,
          plan.prunedDocuments().size() + plan.prunedFailures().size(), duplicates, elapsed);
    }
  }
}
