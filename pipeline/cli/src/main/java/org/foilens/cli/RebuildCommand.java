package org.foilens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.foilens.PipelineVersion;
import org.foilens.index.IndexInventory;
import org.foilens.index.IndexSink;
import org.foilens.index.LuceneIndexWriter;
import org.foilens.index.RecordLog;
import org.foilens.solr.SolrIndexWriter;
import org.foilens.solr.SolrNodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code foilens rebuild}: an index rebuilt from the records an ingest kept, without parsing. */
@Command(
    name = "rebuild",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuild an index from the analyzed records an ingest keeps beside it",
      "(DIR/records.jsonl), without reading or parsing a source file again: into a new",
      "index folder (--to-index), or into a SolrCloud collection made by 'foilens solr",
      "init' (--solr, --collection), where documents already there are replaced."
    })
final class RebuildCommand implements Callable<Integer> {

  @Option(
      names = "--index",
      required = true,
      paramLabel = "DIR",
      description = "The index folder whose records to read.")
  Path index;

  @Option(
      names = "--to-index",
      paramLabel = "NEWDIR",
      description = "A new index folder to build (must not hold an index).")
  Path toIndex;

  @Mixin SolrTarget solr = new SolrTarget();

  @Option(
      names = "--commit-every",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Commit after every N documents (default: ${DEFAULT-VALUE}).")
  int commitEvery;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if ((toIndex == null) == !solr.given()) {
      throw new ParameterException(
          spec.commandLine(), "give either --to-index NEWDIR or --solr URLS --collection NAME");
    }
    if (commitEvery < 1) {
      throw new ParameterException(spec.commandLine(), "--commit-every must be positive");
    }
    if (!Files.isRegularFile(index.resolve(RecordLog.FILE_NAME))) {
      throw new IllegalStateException(
          "no records at "
              + index.resolve(RecordLog.FILE_NAME)
              + "; ingest keeps them from now on, so ingest again (after removing the index folder)"
              + " to get them");
    }
    if (toIndex != null && Files.isDirectory(toIndex)) {
      try (var entries = Files.list(toIndex)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalStateException(toIndex + " is not empty; rebuild into a new folder");
        }
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    int total = RecordLog.countLive(index);
    long indexed = IndexInventory.read(index, PipelineVersion.CURRENT).documents();
    if (total < indexed) {
      throw new IllegalStateException(
          "the records hold "
              + total
              + " of the "
              + indexed
              + " documents in "
              + index
              + ": some were ingested before records were kept; ingest the files again into a new"
              + " index folder");
    }
    long start = System.nanoTime();
    int done;
    SolrNodes nodes = solr.given() ? solr.nodes(spec) : null;
    try {
      List<IndexSink> sinks = new ArrayList<>();
      try {
        if (nodes != null) {
          sinks.add(SolrIndexWriter.open(nodes, solr.collection, SolrIndexWriter.Settings.DEFAULT));
        } else {
          sinks.add(new LuceneIndexWriter(toIndex));
          sinks.add(RecordLog.open(toIndex));
        }
        done = copy(sinks, total, err);
      } finally {
        for (IndexSink sink : sinks) {
          sink.close();
        }
      }
    } finally {
      if (nodes != null) {
        nodes.close();
      }
    }
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "rebuilt %d documents into %s, %.1f s%n",
            done,
            toIndex != null ? toIndex : "collection " + solr.collection,
            (System.nanoTime() - start) / 1e9);
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** Writes every live record into the sinks, committing as it goes and at the end. */
  private int copy(List<IndexSink> sinks, int total, PrintWriter err) throws IOException {
    int[] done = {0};
    long[] lastReport = {System.nanoTime()};
    try {
      RecordLog.readLive(
          index,
          record -> {
            try {
              for (IndexSink sink : sinks) {
                sink.write(record);
              }
              if (++done[0] % commitEvery == 0) {
                for (IndexSink sink : sinks) {
                  sink.commit();
                }
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            if (System.nanoTime() - lastReport[0] > 5_000_000_000L) {
              err.printf(Locale.ROOT, "rebuild: %d of %d documents%n", done[0], total);
              err.flush();
              lastReport[0] = System.nanoTime();
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (IndexSink sink : sinks) {
      sink.commit();
    }
    return done[0];
  }
}
