package org.foilens.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.foilens.Analysis;
import org.foilens.BatchRunner;
import org.foilens.Pipeline;
import org.foilens.PipelineVersion;
import org.foilens.StageException;
import org.foilens.index.DocumentRecord;
import org.foilens.index.IndexSink;
import org.foilens.index.IndexedDocuments;
import org.foilens.index.LuceneIndexWriter;
import org.foilens.index.RecordLog;
import org.foilens.index.RunRecord;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.FailureRecord;
import org.foilens.model.SourceDocument;
import org.foilens.model.Vocabulary;
import org.foilens.source.SourceWalker;

/**
 * One ingest run into an index folder: plans from hashes what to parse, analyzes only that, writes
 * documents and failures, and commits at bounded intervals so that a killed run loses at most the
 * last few seconds of work, which the next run redoes. Every input ends either in the index or in
 * the failure ledger.
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
  private final boolean joinThreads;
  private final List<MirrorFactory> mirrors = new ArrayList<>();
  private Pipeline pipeline;

  /** Opens, for one run, an index that receives the same writes and deletes as the index folder. */
  public interface MirrorFactory {
    IndexSink open() throws IOException;
  }

  public IngestRun(
      Path index, Settings settings, PipelineFactory pipelines, IngestProgress progress) {
    this(index, settings, pipelines, progress, false);
  }

  /**
   * A run that, with {@code joinThreads}, joins the .eml files of each folder holding two or more
   * into threads ({@link MailSets}); all other files are ingested one document per file.
   */
  public IngestRun(
      Path index,
      Settings settings,
      PipelineFactory pipelines,
      IngestProgress progress,
      boolean joinThreads) {
    this.index = index;
    this.settings = settings;
    this.pipelines = pipelines;
    this.progress = progress;
    this.joinThreads = joinThreads;
  }

  /**
   * Also sends every write and delete of the runs to another index (a SolrCloud collection): the
   * index folder stays the catalogue of what is ingested.
   */
  public IngestRun mirroringTo(MirrorFactory mirror) {
    mirrors.add(mirror);
    return this;
  }

  public IngestSummary run(List<Path> roots)
      throws IOException, StageException, InterruptedException {
    long start = System.nanoTime();
    List<Path> files = new SourceWalker().list(roots);
    Map<String, List<Path>> mailSets = joinThreads ? MailSets.partition(files) : Map.of();
    Set<Path> joined = new HashSet<>();
    mailSets.values().forEach(joined::addAll);
    List<Path> single = files.stream().filter(f -> !joined.contains(f)).toList();
    Files.createDirectories(index);
    FailureLedger ledger = FailureLedger.load(index);
    try (IngestOutput writer = open()) {
      RunRecord run = writer.catalogue().runRecord().started(Instant.now());
      IngestPlan plan;
      try (IndexedDocuments indexed = writer.catalogue().indexedDocuments()) {
        plan =
            new IngestPlanner(indexed, ledger, PipelineVersion.CURRENT)
                .plan(single, roots, settings.prune());
        plan = keepMailSets(plan, indexed, mailSets);
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
        joinMailSets(mailSets, writer, ledger, checkpoints, tally);
      } // the timer has stopped: no periodic commit can overwrite the completed run's record
      ledger.save();
      writer.commit(run.completed(Instant.now(), PipelineVersion.CURRENT));
      return tally.summary(plan, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /**
   * The index folder's writer, and the mirrors opened for this run: the folder's records log always
   * (for rebuilds without parsing), and a SolrCloud collection when one was given.
   */
  private IngestOutput open() throws IOException {
    LuceneIndexWriter catalogue = new LuceneIndexWriter(index);
    List<IndexSink> opened = new ArrayList<>();
    try {
      opened.add(RecordLog.open(index));
      for (MirrorFactory mirror : mirrors) {
        opened.add(mirror.open());
      }
    } catch (IOException | RuntimeException e) {
      for (IndexSink sink : opened) {
        sink.close();
      }
      catalogue.close();
      throw e;
    }
    return new IngestOutput(catalogue, opened);
  }

  /** The plan without pruning what the folders' mail sets hold: those are handled as sets. */
  private static IngestPlan keepMailSets(
      IngestPlan plan, IndexedDocuments indexed, Map<String, List<Path>> mailSets)
      throws IOException {
    if (mailSets.isEmpty()) {
      return plan;
    }
    Set<String> kept = new HashSet<>();
    for (Map.Entry<String, List<Path>> set : mailSets.entrySet()) {
      kept.addAll(indexed.mailSet(set.getKey()).sources());
      set.getValue().forEach(f -> kept.add(f.toString().replace('\\', '/')));
    }
    return new IngestPlan(
        plan.toAnalyze(),
        plan.unreadable(),
        plan.unchanged(),
        plan.knownFailures(),
        plan.staleDocuments(),
        plan.prunedDocuments().stream().filter(s -> !kept.contains(s)).toList(),
        plan.prunedFailures().stream().filter(s -> !kept.contains(s)).toList());
  }

  /**
   * Ingests each folder's set of mail files as the threads they join into: a set whose files are
   * unchanged since it was indexed (same paths, same hashes, same pipeline) is kept; otherwise its
   * documents, and any documents of its files indexed one by one before, are replaced.
   */
  private void joinMailSets(
      Map<String, List<Path>> mailSets,
      IngestOutput writer,
      FailureLedger ledger,
      Checkpoints checkpoints,
      Tally tally)
      throws IOException, StageException {
    List<Map.Entry<String, List<SourceDocument>>> changed = new ArrayList<>();
    for (Map.Entry<String, List<Path>> set : mailSets.entrySet()) {
      List<SourceDocument> sources = new ArrayList<>();
      for (Path f : set.getValue()) {
        try {
          sources.add(SourceWalker.describe(f));
        } catch (IOException e) {
          record(Pipeline.unreadable(f, e), null, writer, ledger, tally, null, null);
        }
      }
      IndexedDocuments.MailSet indexed;
      try (IndexedDocuments docs = writer.catalogue().indexedDocuments()) {
        indexed = docs.mailSet(set.getKey());
      }
      if (indexed.isCurrent(MailSets.hash(sources), PipelineVersion.CURRENT)) {
        tally.unchangedJoined += indexed.sources().size();
        continue;
      }
      for (String old : indexed.sources()) {
        writer.delete(old);
      }
      for (SourceDocument s : sources) {
        writer.delete(s.displayPath());
        ledger.remove(s.displayPath());
      }
      changed.add(Map.entry(set.getKey(), sources));
    }
    if (changed.isEmpty()) {
      return;
    }
    progress.started(changed.stream().mapToInt(e -> e.getValue().size()).sum());
    try {
      for (Map.Entry<String, List<SourceDocument>> set : changed) {
        String hash = MailSets.hash(set.getValue());
        for (Analysis a : pipeline().analyzeJoined(set.getValue())) {
          record(a, null, writer, ledger, tally, set.getKey(), hash);
          checkpoints.changed(1);
        }
      }
    } finally {
      progress.close();
    }
  }

  private Pipeline pipeline() throws IOException, StageException {
    if (pipeline == null) {
      pipeline = pipelines.open();
    }
    return pipeline;
  }

  /** Carries out what the plan decided without parsing; returns how many changes it made. */
  private static int applyDecisions(
      IngestPlan plan, IngestOutput writer, FailureLedger ledger, Tally tally) throws IOException {
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
    return plan.staleDocuments().size()
        + plan.prunedDocuments().size()
        + plan.prunedFailures().size();
  }

  private void analyze(
      IngestPlan plan,
      IngestOutput writer,
      FailureLedger ledger,
      Checkpoints checkpoints,
      Tally tally)
      throws IOException, StageException, InterruptedException {
    progress.started(plan.toAnalyze().size() + plan.unreadable().size());
    try {
      for (Analysis unreadable : plan.unreadable()) {
        record(unreadable, plan, writer, ledger, tally, null, null);
        checkpoints.changed(1);
      }
      if (plan.toAnalyze().isEmpty()) {
        return;
      }
      try {
        new BatchRunner(pipeline(), settings.threads())
            .runSources(
                plan.toAnalyze(),
                analysis -> {
                  try {
                    record(analysis, plan, writer, ledger, tally, null, null);
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
   * each of its paths in the ledger (and an old document out). A joined thread comes with its
   * folder's mail set and that set's hash, and without a plan (its files are never duplicates).
   */
  private void record(
      Analysis analysis,
      IngestPlan plan,
      IngestOutput writer,
      FailureLedger ledger,
      Tally tally,
      String mailSet,
      String mailSetSha)
      throws IOException {
    List<String> duplicates = analysis.document().origin().duplicates();
    FailureRecord failure = analysis.failure();
    if (failure == null) {
      failure = write(analysis.document(), analysis, writer, mailSet, mailSetSha);
    }
    if (failure != null) {
      FailureEntry entry = FailureEntry.of(failure, PipelineVersion.CURRENT, Instant.now());
      for (FailureEntry each : withDuplicates(entry, duplicates)) {
        ledger.record(each);
        writer.delete(each.path());
        tally.failed(each);
      }
    } else {
      ledger.remove(analysis.document().source());
      duplicates.forEach(ledger::remove);
      tally.indexed(Vocabulary.labelOf(analysis.document().kind()), duplicates.size());
    }
    progress.advanced(failure != null);
  }

  private static List<FailureEntry> withDuplicates(FailureEntry entry, List<String> duplicates) {
    List<FailureEntry> all = new ArrayList<>(List.of(entry));
    duplicates.forEach(d -> all.add(entry.forPath(d)));
    return all;
  }

  /**
   * Writes an analyzed document; Lucene refusing this one document (say, a term longer than it
   * allows) is the index stage failing for this input, not the run. A mirror that cannot take it
   * fails the run.
   */
  private static FailureRecord write(
      AnalyzedDocument document,
      Analysis analysis,
      IngestOutput writer,
      String mailSet,
      String mailSetSha)
      throws IOException {
    try {
      writer.write(
          new DocumentRecord(
              document, analysis.body(), analysis.messages(), mailSet, mailSetSha, Instant.now()));
      return null;
    } catch (IllegalArgumentException e) {
      return new FailureRecord(
          document.source(),
          document.origin().sha256(),
          "index",
          "the index refused the document: " + e.getMessage(),
          e.getClass().getName());
    }
  }

  /** Counts as the run goes. */
  private static final class Tally {
    private final Map<String, Integer> byKind = new HashMap<>();
    private final Map<String, Integer> failuresByReason = new HashMap<>();
    private int unchangedJoined;
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
          byKind,
          plan.unchanged().size() + unchangedJoined,
          plan.knownFailures().size(),
          failuresByReason,
          plan.prunedDocuments().size() + plan.prunedFailures().size(),
          duplicates,
          elapsed);
    }
  }
}
