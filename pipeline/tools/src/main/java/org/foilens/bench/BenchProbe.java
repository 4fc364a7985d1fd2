package org.foilens.bench;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.foilens.FoilensConfig;
import org.foilens.Pipeline;
import org.foilens.StageClock;
import org.foilens.extract.ExtractSettings;
import org.foilens.extract.OcrMode;
import org.foilens.ingest.IngestRun;
import org.foilens.ingest.IngestSummary;
import org.foilens.ingest.ProgressLog;
import org.foilens.model.Json;

/**
 * One measurement, run in a JVM of its own so that its memory and CPU are its own: bare PDFBox text
 * extraction over a list of PDFs, or a full ingest. Prints one line {@code BENCH-RESULT {json}} on
 * standard output.
 *
 * <pre>
 *   BenchProbe pdfbox THREADS LIST_FILE
 *   BenchProbe ingest THREADS INDEX ISOLATE OCR PATH...
 * </pre>
 */
public final class BenchProbe {

  static final String RESULT_PREFIX = "BENCH-RESULT ";

  private BenchProbe() {}

  public static void main(String[] args) throws Exception {
    AtomicLong heapPeak = new AtomicLong();
    ScheduledExecutorService heap =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("bench-heap").daemon().factory());
    heap.scheduleAtFixedRate(
        () ->
            heapPeak.accumulateAndGet(
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max),
        0,
        50,
        TimeUnit.MILLISECONDS);
    long start = System.nanoTime();
    Map<String, Object> result =
        switch (args[0]) {
          case "pdfbox" -> pdfbox(Integer.parseInt(args[1]), Path.of(args[2]));
          case "ingest" -> ingest(Integer.parseInt(args[1]), Path.of(args[2]), args);
          default -> throw new IllegalArgumentException("unknown probe: " + args[0]);
        };
    result.put("wall_seconds", (System.nanoTime() - start) / 1e9);
    result.put("heap_peak_mb", heapPeak.get() / 1048576.0);
    result.put("heap_max_mb", Runtime.getRuntime().maxMemory() / 1048576.0);
    heap.shutdownNow();
    System.out.println(RESULT_PREFIX + Json.MAPPER.writeValueAsString(result));
    System.out.flush();
    System.exit(0);
  }

  private static Map<String, Object> pdfbox(int threads, Path list) throws Exception {
    List<Path> pdfs =
        Files.readAllLines(list, StandardCharsets.UTF_8).stream()
            .filter(s -> !s.isBlank())
            .map(Path::of)
            .toList();
    AtomicLong pages = new AtomicLong();
    AtomicLong chars = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads, Thread.ofPlatform().name("bench-pdfbox-", 0).factory());
    List<Future<?>> work = new ArrayList<>();
    for (Path pdf : pdfs) {
      work.add(
          pool.submit(
              () -> {
                try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                  pages.addAndGet(document.getNumberOfPages());
                  chars.addAndGet(new PDFTextStripper().getText(document).length());
                } catch (Exception e) {
                  failed.incrementAndGet();
                }
              }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    pool.shutdown();
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("documents", pdfs.size());
    r.put("pages", pages.get());
    r.put("chars", chars.get());
    r.put("failed", failed.get());
    return r;
  }

  private static Map<String, Object> ingest(int threads, Path index, String[] args)
      throws Exception {
    List<Path> roots = new ArrayList<>();
    boolean isolate = Boolean.parseBoolean(args[3]);
    OcrMode ocr = OcrMode.valueOf(args[4]);
    for (int i = 5; i < args.length; i++) {
      roots.add(Path.of(args[i]));
    }
    FoilensConfig config = FoilensConfig.locate();
    ExtractSettings extract =
        new ExtractSettings(
            ocr,
            ExtractSettings.DEFAULT_TIMEOUT,
            isolate,
            ExtractSettings.DEFAULT_WORKER_HEAP_MB,
            threads);
    Pipeline[] opened = new Pipeline[1];
    IngestRun run =
        new IngestRun(
            index,
            new IngestRun.Settings(500, Duration.ofSeconds(10), false, threads),
            () -> opened[0] = new Pipeline(config, extract),
            new ProgressLog(
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                Duration.ofSeconds(10)));
    IngestSummary summary;
    try {
      summary = run.run(roots);
    } finally {
      if (opened[0] != null) {
        opened[0].close();
      }
    }
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("documents", summary.indexed() + summary.failed() + summary.unchanged());
    r.put("indexed", summary.indexed());
    r.put("failed", summary.failed());
    r.put("unchanged", summary.unchanged());
    r.put("by_kind", summary.indexedByKind());
    r.put("failures_by_reason", summary.failuresByReason());
    r.put("stage_seconds", StageClock.seconds());
    return r;
  }
}
