package org.foilens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.foilens.CliRun;
import org.foilens.ForkedFoilens;
import org.foilens.PipelineVersion;
import org.foilens.TestData;
import org.foilens.index.IndexedDocument;
import org.foilens.index.IndexedDocuments;
import org.foilens.index.LuceneIndexWriter;
import org.foilens.model.Json;
import org.foilens.source.SourceWalker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental, idempotent ingest as a user meets it: a re-run parses nothing, a changed file
 * replaces its document, a fixed file leaves the failure ledger, --prune removes what is gone, and
 * status and failures report it.
 */
class IncrementalIngestIT {

  @TempDir Path work;

  private static CliRun.Result foilens(String... args) {
    return CliRun.run(args);
  }

  private CliRun.Result ingest(Path index, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "ingest",
                "--config",
                TestData.root().resolve("config").toString(),
                "--index",
                index.toString(),
                "--ocr",
                "off"));
    args.addAll(List.of(more));
    CliRun.Result r = foilens(args.toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    return r;
  }

  @Test
  void reRunsSkipUnchangedFilesReplaceChangedOnesAndRetryOnlyWhatChanged() throws Exception {
    Path in = Files.createDirectories(work.resolve("in"));
    for (String seed : List.of("000_", "001_", "002_", "003_", "004_")) {
      Path s = TestData.seed(seed);
      Files.copy(s, in.resolve(s.getFileName()));
    }
    Path broken = in.resolve("notice.pdf");
    Files.writeString(broken, "%PDF-1.4\nthis is not really a PDF\n", StandardCharsets.UTF_8);
    Path index = work.resolve("index");

    CliRun.Result first = ingest(index, in.toString());
    assertTrue(first.out().startsWith("indexed 5, failed 1,"), first.out());
    List<String> ledger = ledgerLines(index);
    assertEquals(1, ledger.size(), ledger.toString());
    assertTrue(ledger.get(0).contains(broken.toString()), ledger.get(0));

    CliRun.Result failures = foilens("failures", "--index", index.toString());
    assertTrue(failures.out().contains(broken.toString()), failures.out());
    assertTrue(failures.out().contains("1 failures by reason:"), failures.out());

    CliRun.Result second = ingest(index, in.toString());
    assertTrue(second.out().startsWith("indexed 0, failed 1,"), second.out());
    assertTrue(second.out().contains("unchanged, skipped: 5"), second.out());
    assertTrue(
        second.out().contains("failed before with the same content, not retried: 1"), second.out());
    assertEquals(
        ledger, ledgerLines(index), "a known failure is neither retried nor written again");

    Path changed = in.resolve(TestData.seed("002_").getFileName());
    Files.writeString(
        changed, "\nA paragraph added later.\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    Files.copy(
        TestData.shared().resolve("robustness/alaveteli-mail/pdf-with-utf8-characters.pdf"),
        broken,
        StandardCopyOption.REPLACE_EXISTING);
    CliRun.Result third = ingest(index, in.toString());
    assertTrue(third.out().startsWith("indexed 2, failed 0,"), third.out());
    assertTrue(third.out().contains("unchanged, skipped: 4"), third.out());
    assertEquals(List.of(), ledgerLines(index), "a file that now succeeds drops out of the ledger");
    try (LuceneIndexWriter writer = new LuceneIndexWriter(index);
        IndexedDocuments indexed = writer.indexedDocuments()) {
      assertEquals(6, writer.documents(), "the changed file replaced its document");
      IndexedDocument doc = indexed.find(changed.toString()).orElseThrow();
      assertEquals(SourceWalker.describe(changed).sha256(), doc.sha256());
      assertEquals(PipelineVersion.CURRENT, doc.pipelineVersion());
    }

    Files.delete(in.resolve(TestData.seed("004_").getFileName()));
    assertTrue(ingest(index, in.toString()).out().startsWith("indexed 0, failed 0,"));
    assertEquals(6, status(index).get("documents").asInt(), "without --prune nothing is removed");
    CliRun.Result pruned = ingest(index, "--prune", in.toString());
    assertTrue(pruned.out().contains("pruned (files gone): 1"), pruned.out());

    JsonNode status = status(index);
    List<String> keys = new ArrayList<>();
    status.fieldNames().forEachRemaining(keys::add);
    assertEquals(
        List.of(
            "documents",
            "by_kind",
            "sources",
            "failures",
            "failures_by_reason",
            "pipeline_version",
            "last_run"),
        keys);
    assertEquals(5, status.get("documents").asInt());
    assertEquals(5, status.get("sources").asInt());
    assertEquals(5, sum(status.get("by_kind")));
    assertEquals(0, status.get("failures").asInt());
    assertEquals(PipelineVersion.CURRENT, status.get("pipeline_version").asText());
    assertNotNull(java.time.Instant.parse(status.get("last_run").asText()));
    CliRun.Result text = foilens("status", "--index", index.toString());
    assertTrue(text.out().contains("documents: 5 ("), text.out());
    assertFalse(text.out().contains("has not completed"), text.out());
  }

  /**
   * A re-run over an unchanged tree, timed against the first run, both as real processes (JVM start
   * included): the bundled corpus, the seeds and the robustness set. Prints the ratio; a benchmark,
   * not a timed assertion.
   */
  @Test
  void reRunOverAnUnchangedTreeTakesAFractionOfTheFirst() throws Exception {
    Path index = work.resolve("timed-index");
    String[] args = {
      "ingest",
      "--threads",
      "2",
      "--ocr",
      "off",
      "--index",
      index.toString(),
      TestData.root().resolve("corpus").toString(),
      TestData.shared().resolve("seeds").toString(),
      TestData.shared().resolve("robustness").toString()
    };
    long t0 = System.nanoTime();
    assertEquals(
        0,
        ForkedFoilens.run(work, work.resolve("first.log"), args),
        log(work.resolve("first.log")));
    double first = (System.nanoTime() - t0) / 1e9;
    long t1 = System.nanoTime();
    assertEquals(
        0,
        ForkedFoilens.run(work, work.resolve("second.log"), args),
        log(work.resolve("second.log")));
    double second = (System.nanoTime() - t1) / 1e9;
    String summary = log(work.resolve("second.log"));
    assertTrue(summary.lines().anyMatch(l -> l.startsWith("indexed 0, ")), summary);
    System.out.printf(
        Locale.ROOT,
        "re-run over an unchanged tree (corpus/ %d files, seeds, robustness; %d files in all): "
            + "first run %.1f s, re-run %.1f s, ratio %.3f%n",
        new SourceWalker().list(List.of(TestData.root().resolve("corpus"))).size(),
        new SourceWalker()
            .list(
                List.of(
                    TestData.root().resolve("corpus"),
                    TestData.shared().resolve("seeds"),
                    TestData.shared().resolve("robustness")))
            .size(),
        first,
        second,
        second / first);
  }

  private static JsonNode status(Path index) throws IOException {
    CliRun.Result r = foilens("status", "--index", index.toString(), "--json");
    assertEquals(0, r.exit(), r.err());
    return Json.MAPPER.readTree(r.out());
  }

  private static int sum(JsonNode counts) {
    int n = 0;
    for (JsonNode c : counts) {
      n += c.asInt();
    }
    return n;
  }

  private static List<String> ledgerLines(Path index) throws IOException {
    Path file = index.resolve(FailureLedger.FILE_NAME);
    return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
  }

  private static String log(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
