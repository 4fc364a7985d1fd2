package org.foilens.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the figures of an {@link IngestBench} run as a table for people. */
final class IngestBenchReport {

  private static final List<String[]> ROWS =
      List.of(
          new String[] {"pdfbox", "PDFBox text only (floor)"},
          new String[] {"tika_app", "tika-app " + TikaAppJar.VERSION + " batch"},
          new String[] {"ingest_pdfs", "foilens ingest, PDFs"},
          new String[] {"ingest", "foilens ingest, all"},
          new String[] {"reingest", "foilens re-ingest, all"});

  private IngestBenchReport() {}

  static void print(JsonNode report, PrintWriter out) {
    JsonNode in = report.path("input");
    out.printf(
        Locale.ROOT,
        "corpus %s: %d files, %.1f MB; %d PDFs, %.1f MB, %d pages; %d threads, heap %s, %d"
            + " cores%n%n",
        in.path("corpus").asText(),
        in.path("files").asInt(),
        in.path("mb").asDouble(),
        in.path("pdfs").asInt(),
        in.path("pdf_mb").asDouble(),
        report.path("pdfbox").path("pages").asLong(),
        in.path("threads").asInt(),
        in.path("heap").asText(),
        in.path("cores").asInt());
    out.printf(
        Locale.ROOT,
        "%-26s %6s %8s %7s %8s %6s %7s %5s %9s %8s%n",
        "run",
        "docs",
        "wall s",
        "docs/s",
        "pages/s",
        "MB/s",
        "CPU s",
        "CPU%",
        "heap MB",
        "RSS MB");
    for (String[] row : ROWS) {
      JsonNode m = report.path(row[0]);
      if (m.isMissingNode()) {
        continue;
      }
      out.printf(
          Locale.ROOT,
          "%-26s %6d %8.1f %7.1f %8s %6.2f %7.1f %5.0f %9s %8.0f%n",
          row[1],
          m.path("documents").asLong(),
          m.path("wall_seconds").asDouble(),
          m.path("docs_per_second").asDouble(),
          m.has("pages_per_second")
              ? String.format(Locale.ROOT, "%.0f", m.path("pages_per_second").asDouble())
              : "-",
          m.path("mb_per_second").asDouble(),
          m.path("cpu_seconds").asDouble(),
          100 * m.path("cpu_utilisation").asDouble(),
          m.has("heap_peak_mb")
              ? String.format(Locale.ROOT, "%.0f", m.path("heap_peak_mb").asDouble())
              : "-",
          m.path("peak_rss_mb").asDouble());
    }
    JsonNode stages = report.path("ingest").path("stage_seconds");
    if (stages.isObject()) {
      double total = 0;
      for (JsonNode v : stages) {
        total += v.asDouble();
      }
      StringBuilder s = new StringBuilder("\ntime per stage, full ingest, summed over threads:");
      for (Iterator<Map.Entry<String, JsonNode>> it = stages.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        s.append(
            String.format(
                Locale.ROOT,
                "  %s %.1f s (%.0f%%)",
                e.getKey(),
                e.getValue().asDouble(),
                total == 0 ? 0 : 100 * e.getValue().asDouble() / total));
      }
      out.println(s);
    }
    JsonNode r = report.path("ratios");
    out.printf(
        Locale.ROOT, "%nratios: ingest/PDFBox %.2f", r.path("ingest_pdfs_over_pdfbox").asDouble());
    if (r.has("ingest_pdfs_over_tika_app")) {
      out.printf(
          Locale.ROOT, ", ingest/tika-app %.2f", r.path("ingest_pdfs_over_tika_app").asDouble());
    }
    out.printf(Locale.ROOT, ", re-ingest/ingest %.3f%n", r.path("reingest_over_ingest").asDouble());
    out.flush();
  }
}
