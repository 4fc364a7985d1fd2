package org.foilens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.foilens.BatchRunner;
import org.foilens.index.LuceneIndexWriter;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.FailureRecord;
import org.foilens.source.SourceWalker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code foilens ingest}: analyze files and write them into a Lucene index. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Analyze files or folders and add them to a Lucene index.",
      "The index folder is created if missing.",
      "A file already in the index is replaced. Files that fail are listed in",
      "DIR/failures.jsonl with the stage and the reason."
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

  @Mixin PipelineOptions options = new PipelineOptions();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    List<Path> files = new SourceWalker().list(paths);
    Files.createDirectories(index);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ObjectMapper json = new ObjectMapper();
    Map<String, Integer> byKind = new TreeMap<>();
    Map<String, Integer> failuresByStage = new LinkedHashMap<>();
    int[] done = {0};
    long[] lastReport = {System.nanoTime()};
    try (LuceneIndexWriter writer = new LuceneIndexWriter(index);
        Writer failures =
            Files.newBufferedWriter(
                index.resolve("failures.jsonl"),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
      new BatchRunner(options.pipeline(), options.threads())
          .run(
              files,
              analysis -> {
                AnalyzedDocument doc = analysis.document();
                if (!doc.isFailure()) {
                  try {
                    writer.write(doc, analysis.body());
                    byKind.merge(doc.kind(), 1, Integer::sum);
                  } catch (IOException | RuntimeException e) {
                    // the index stage's boundary: this document fails, the run goes on
                    doc = AnalyzedDocument.failed(new FailureRecord(doc.source(), doc.sha256(), "index",
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e.getClass().getName()));
                  }
                }
                try {
                  if (doc.isFailure()) {
                    failuresByStage.merge(doc.error().split(":", 2)[0], 1, Integer::sum);
                    Map<String, Object> record = new LinkedHashMap<>();
                    record.put("path", doc.source());
                    record.put("sha256", doc.sha256());
                    record.put("stage", doc.error().split(":", 2)[0]);
                    record.put("reason", doc.error().contains(": ") ? doc.error().split(": ", 2)[1] : doc.error());
                    record.put("time", Instant.now().toString());
                    failures.write(json.writeValueAsString(record) + "\n");
                  }
                  if (++done[0] % commitEvery == 0) {
                    writer.commit();
                    failures.flush();
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                if (System.nanoTime() - lastReport[0] > 5_000_000_000L) {
                  lastReport[0] = System.nanoTime();
                  err.printf("ingest: %d of %d files%n", done[0], files.size());
                  err.flush();
                }
              });
      writer.commit();
    }
    int failed = failuresByStage.values().stream().mapToInt(Integer::intValue).sum();
    int indexed = byKind.values().stream().mapToInt(Integer::intValue).sum();
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf("indexed %d, failed %d, %.1f s%n", indexed, failed, seconds);
    out.printf("  by kind: %s%n", byKind);
    if (failed > 0) {
      out.printf("  failed by stage: %s (see %s)%n", failuresByStage, index.resolve("failures.jsonl"));
    }
    return 0;
  }
}
