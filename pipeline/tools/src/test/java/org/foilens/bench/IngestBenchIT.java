package org.foilens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.foilens.TestData;
import org.foilens.extract.OcrMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench ingest} end to end on a small generated corpus: every run is a real child JVM, and
 * the report holds the figures and ratios BENCHMARKS.md quotes. No timing is asserted.
 */
class IngestBenchIT {

  @TempDir Path tmp;

  @Test
  void measuresPdfboxIngestAndReingestInChildJvms() throws Exception {
    Path corpus = tmp.resolve("corpus");
    new BenchCorpus(
            TestData.root().resolve("config/authorities.tsv"), new PrintWriter(new StringWriter()))
        .write(new BenchCorpus.Plan(corpus, 4, 1, 3, 3L, 2));
    System.setProperty("foilens.config", TestData.root().resolve("config").toString());
    StringWriter log = new StringWriter();
    JsonNode report =
        new IngestBench(new PrintWriter(log, true))
            .run(
                new IngestBench.Plan(
                    corpus, tmp.resolve("work"), 2, "512m", null, true, true, OcrMode.OFF));

    assertEquals(8, report.path("input").path("files").asInt(), log.toString());
    assertEquals(5, report.path("pdfbox").path("documents").asInt());
    assertTrue(report.path("pdfbox").path("pages").asInt() >= 9);
    assertEquals(5, report.path("ingest_pdfs").path("indexed").asInt(), log.toString());
    assertEquals(8, report.path("ingest").path("indexed").asInt(), log.toString());
    assertEquals(8, report.path("reingest").path("unchanged").asInt(), "a re-run parses nothing");
    for (String stage : new String[] {"extract", "structure", "tag", "index"}) {
      assertTrue(report.path("ingest").path("stage_seconds").path(stage).asDouble() > 0, stage);
    }
    assertTrue(report.path("ingest").path("peak_rss_mb").asDouble() > 50, "RSS is read from /proc");
    assertTrue(report.path("ingest").path("cpu_seconds").asDouble() > 0);
    assertTrue(report.path("ratios").path("reingest_over_ingest").asDouble() > 0);

    StringWriter table = new StringWriter();
    IngestBench.print(report, new PrintWriter(table));
    assertTrue(table.toString().contains("foilens re-ingest, all"), table.toString());
  }
}
