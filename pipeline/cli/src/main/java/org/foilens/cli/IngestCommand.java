package org.foilens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.foilens.ingest.FailureLedger;
import org.foilens.ingest.FolderWatch;
import org.foilens.ingest.IngestProgress;
import org.foilens.ingest.IngestRun;
import org.foilens.ingest.IngestSummary;
import org.foilens.ingest.ProgressBarDisplay;
import org.foilens.ingest.ProgressLog;
import org.foilens.solr.SolrIndexWriter;
import org.foilens.solr.SolrNodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code foilens ingest}: analyze files and write them into a Lucene index, incrementally. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Analyze files or folders and add them to a Lucene index.",
      "The index folder is created if missing. Files whose content and pipeline",
      "version match what is indexed are skipped without parsing; a changed file",
      "replaces its document. Files that fail are listed in DIR/failures.jsonl and",
      "are not retried until they change. A killed run can simply be run again:",
      "it finishes the job with no duplicates.",
      "With --watch it then keeps watching the PATHs and ingests files dropped there,",
      "until interrupted (Ctrl-C).",
      "With --solr URLS --collection NAME every write and delete also goes to that",
      "SolrCloud collection (made by 'foilens solr init'); the index folder stays the",
      "record of what is ingested, so unchanged files are skipped for both."
    })
final class IngestCommand implements Callable<Integer> {

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder.")
  Path index;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
  List<Path> paths;

  @Option(
      names = "--commit-every",
      paramLabel = "N",
      defaultValue = "500",
      description = "Commit after every N documents (default: ${DEFAULT-VALUE}).")
  int commitEvery;

  @Option(
      names = "--commit-interval",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description =
          "Commit at least this often while there is work to commit (default: ${DEFAULT-VALUE}).")
  double commitInterval;

  @Option(
      names = "--prune",
      description =
          "Remove documents and failure records under the given PATHs whose files are gone.")
  boolean prune;

  @Option(
      names = "--join-threads",
      description = {
        "Join the separate .eml files of each folder into threads, as analyze",
        "--join-threads does; a folder's mail files are then re-read together",
        "whenever one of them changes."
      })
  boolean joinThreads;

  @Option(
      names = "--watch",
      description =
          "After ingesting, keep watching the PATHs and ingest new and changed files until"
              + " interrupted.")
  boolean watch;

  @Option(
      names = "--watch-interval",
      paramLabel = "SECONDS",
      defaultValue = "2",
      description =
          "With --watch: how often to look; a file must keep its size this long (default:"
              + " ${DEFAULT-VALUE}).")
  double watchInterval;

  @Mixin PipelineOptions options = new PipelineOptions();

  @Mixin SolrTarget solr = new SolrTarget();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (commitEvery < 1 || commitInterval <= 0 || watchInterval <= 0) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "--commit-every, --commit-interval and --watch-interval must be positive");
    }
    IngestRun.Settings settings =
        new IngestRun.Settings(
            commitEvery,
            Duration.ofMillis(Math.round(commitInterval * 1000)),
            prune,
            options.threads());
    PrintWriter err = spec.commandLine().getErr();
    IngestProgress progress =
        Terminal.isInteractive()
            ? new ProgressBarDisplay()
            : new ProgressLog(err, Duration.ofSeconds(5));
    SolrNodes nodes = solr.given() ? solr.nodes(spec) : null;
    IngestRun.MirrorFactory mirror =
        nodes == null
            ? null
            : () -> SolrIndexWriter.open(nodes, solr.collection, SolrIndexWriter.Settings.DEFAULT);
    try (SharedPipeline pipelines = new SharedPipeline(() -> options.pipeline(true))) {
      if (mirror != null) {
        mirror.open().close(); // Solr reachable, the collection there: say so before any parsing
      }
      FolderWatch folders = watch ? new FolderWatch(paths) : null;
      if (folders != null) {
        folders.markAllIngested(); // before the run: what changes during it is picked up after
      }
      IngestRun run = new IngestRun(index, settings, pipelines, progress, joinThreads);
      if (mirror != null) {
        run.mirroringTo(mirror);
      }
      IngestSummary summary = run.run(paths);
      print(summary, spec.commandLine().getOut(), index, prune);
      if (folders != null) {
        IngestRun.Settings each =
            new IngestRun.Settings(
                commitEvery, settings.commitInterval(), false, settings.threads());
        new WatchLoop(
                index,
                each,
                pipelines,
                mirror,
                folders,
                Duration.ofMillis(Math.round(watchInterval * 1000)))
            .run(paths, spec.commandLine().getOut(), err);
      }
    } finally {
      if (nodes != null) {
        nodes.close();
      }
    }
    return 0;
  }

  static void print(IngestSummary s, PrintWriter out, Path index, boolean prune) {
    out.printf(
        Locale.ROOT,
        "indexed %d, failed %d, %.1f s%n",
        s.indexed(),
        s.failed(),
        s.elapsed().toMillis() / 1000.0);
    out.printf(
        Locale.ROOT,
        "  by kind: %s%n",
        s.indexedByKind().isEmpty() ? "none" : counts(new TreeMap<>(s.indexedByKind())));
    out.printf(Locale.ROOT, "  unchanged, skipped: %d%n", s.unchanged());
    if (s.duplicates() > 0) {
      out.printf(
          Locale.ROOT,
          "  duplicates (same content as a document, stored once): %d%n",
          s.duplicates());
    }
    if (s.failed() > 0) {
      out.printf(
          Locale.ROOT, "  failed by reason (see %s):%n", index.resolve(FailureLedger.FILE_NAME));
      for (Map.Entry<String, Integer> e : byCount(s.failuresByReason())) {
        out.printf(Locale.ROOT, "    %5d  %s%n", e.getValue(), e.getKey());
      }
    }
    if (s.knownFailures() > 0) {
      out.printf(
          Locale.ROOT,
          "  failed before with the same content, not retried: %d%n",
          s.knownFailures());
    }
    if (prune) {
      out.printf(Locale.ROOT, "  pruned (files gone): %d%n", s.pruned());
    }
    out.flush();
  }

  static String counts(Map<String, Integer> counts) {
    List<String> parts = new ArrayList<>();
    counts.forEach((k, v) -> parts.add(k + " " + v));
    return String.join(", ", parts);
  }

  static List<Map.Entry<String, Integer>> byCount(Map<String, Integer> counts) {
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(
        Map.Entry.<String, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    return entries;
  }
}
