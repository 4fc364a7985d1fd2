package org.foilens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.foilens.ingest.FailureEntry;
import org.foilens.ingest.FailureLedger;
import org.foilens.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code foilens failures}: the inputs that are not in the index, and why. */
@Command(
    name = "failures",
    mixinStandardHelpOptions = true,
    description = {
      "List the inputs that could not be indexed, and why.",
      "Reason and path from DIR/failures.jsonl, then counts by reason. A failed file",
      "is tried again only when it or the pipeline changes."
    })
final class FailuresCommand implements Callable<Integer> {

  private static final int REASON_WIDTH = 48;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder.")
  Path index;

  @Option(names = "--json", description = "Print the ledger's records, one JSON object per line.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(index)) {
      throw new IOException("no index at " + index + " (run foilens ingest first)");
    }
    List<FailureEntry> failures = FailureLedger.load(index).entries();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectMapper mapper = Json.MAPPER;
      for (FailureEntry f : failures) {
        out.println(mapper.writeValueAsString(f));
      }
    } else if (failures.isEmpty()) {
      out.println("no failures");
    } else {
      printTable(failures, out);
    }
    out.flush();
    return 0;
  }

  private static void printTable(List<FailureEntry> failures, PrintWriter out) {
    int width = 6;
    for (FailureEntry f : failures) {
      width = Math.max(width, Math.min(REASON_WIDTH, f.reasonWithoutPath().length()));
    }
    String row = "%-" + width + "s  %s%n";
    out.printf(Locale.ROOT, row, "REASON", "PATH");
    Map<String, Integer> byReason = new TreeMap<>();
    for (FailureEntry f : failures) {
      String reason = f.reasonWithoutPath();
      byReason.merge(reason, 1, Integer::sum);
      String shown = reason.length() > width ? reason.substring(0, width - 1) + "…" : reason;
      out.printf(Locale.ROOT, row, shown, f.path());
    }
    out.printf(Locale.ROOT, "%n%d failures by reason:%n", failures.size());
    for (Map.Entry<String, Integer> e : IngestCommand.byCount(byReason)) {
      out.printf(Locale.ROOT, "  %5d  %s%n", e.getValue(), e.getKey());
    }
  }
}
