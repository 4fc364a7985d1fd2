package org.foilens.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.foilens.PipelineVersion;
import org.foilens.index.IndexInventory;
import org.foilens.ingest.FailureEntry;
import org.foilens.ingest.FailureLedger;
import org.foilens.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code foilens status}: what an index holds and how its last ingest went. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Print what an index holds and how its last ingest went.",
      "Documents by kind, distinct source files, failures by reason, the pipeline",
      "version and the time of the last completed ingest run."
    })
final class StatusCommand implements Callable<Integer> {

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder.")
  Path index;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    IndexInventory inventory = IndexInventory.read(index, PipelineVersion.CURRENT);
    List<FailureEntry> failures =
        Files.isDirectory(index) ? FailureLedger.load(index).entries() : List.of();
    Map<String, Integer> byReason = new TreeMap<>();
    failures.forEach(f -> byReason.merge(f.reasonWithoutPath(), 1, Integer::sum));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> status = new LinkedHashMap<>();
      status.put("documents", inventory.documents());
      status.put("by_kind", inventory.byKind());
      status.put("sources", inventory.sources());
      status.put("failures", failures.size());
      status.put("failures_by_reason", byReason);
      status.put("pipeline_version", inventory.run().lastRunPipelineVersion());
      status.put(
          "last_run",
          inventory.run().lastRun() == null ? null : inventory.run().lastRun().toString());
      out.println(Json.MAPPER.writeValueAsString(status));
    } else {
      printText(inventory, failures.size(), byReason, out);
    }
    out.flush();
    return 0;
  }

  private void printText(
      IndexInventory inv, int failures, Map<String, Integer> byReason, PrintWriter out) {
    Map<String, Integer> kinds = new TreeMap<>();
    inv.byKind().forEach((k, v) -> kinds.put(k, v.intValue()));
    out.printf(Locale.ROOT, "index: %s%n", index);
    out.printf(
        Locale.ROOT,
        "documents: %d%s%n",
        inv.documents(),
        kinds.isEmpty() ? "" : " (" + IngestCommand.counts(kinds) + ")");
    out.printf(Locale.ROOT, "sources: %d%n", inv.sources());
    out.printf(Locale.ROOT, "failures: %d%n", failures);
    for (Map.Entry<String, Integer> e : IngestCommand.byCount(byReason)) {
      out.printf(Locale.ROOT, "  %5d  %s%n", e.getValue(), e.getKey());
    }
    out.printf(
        Locale.ROOT,
        "pipeline version: %s%n",
        inv.run().lastRunPipelineVersion() == null
            ? "none (no completed run)"
            : inv.run().lastRunPipelineVersion());
    out.printf(
        Locale.ROOT,
        "last run: %s%n",
        inv.run().lastRun() == null ? "none completed" : inv.run().lastRun());
    if (inv.run().runStarted() != null) {
      out.printf(
          Locale.ROOT,
          "a run started at %s has not completed: it is still going, or it was stopped;%n"
              + "  run the same ingest again to finish it%n",
          inv.run().runStarted());
    }
    if (inv.otherPipelineVersions() > 0) {
      out.printf(
          Locale.ROOT,
          "%d documents were analyzed by another pipeline version than %s; ingest again to update"
              + " them%n",
          inv.otherPipelineVersions(),
          PipelineVersion.CURRENT);
    }
  }
}
