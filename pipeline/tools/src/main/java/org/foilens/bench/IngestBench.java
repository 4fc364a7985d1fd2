package org.foilens.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.foilens.extract.OcrMode;
import org.foilens.model.Json;
import org.foilens.source.SourceWalker;

/**
 * {@code foilens bench ingest}: measures a full ingest of a corpus and, on the same PDFs, the two
 * things a user could run instead: bare PDFBox text extraction with the same number of threads (the
 * floor) and Tika's own {@code tika-app} batch mode. Each measurement runs in a JVM of its own with
 * the same heap limit, watched from outside for wall time, CPU time and peak resident memory.
 */
public final class IngestBench {

  /** What to measure. */
  public record Plan(
      Path corpus,
      Path work,
      int threads,
      String heap,
      Path tikaApp,
      boolean skipTika,
      boolean isolate,
      OcrMode ocr) {}

  private static final ObjectMapper JSON = Json.MAPPER;

  private final PrintWriter log;

  public IngestBench(PrintWriter log) {
    this.log = log;
  }

  public ObjectNode run(Plan plan) throws IOException, InterruptedException {
    Files.createDirectories(plan.work());
    List<Path> all = new SourceWalker().list(List.of(plan.corpus()));
    List<Path> pdfs =
        all.stream()
            .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
            .toList();
    long allBytes = size(all);
    long pdfBytes = size(pdfs);
    Path pdfList = plan.work().resolve("pdfs.txt");
    Files.write(pdfList, pdfs.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
    Path pdfOnly = linkFarm(plan.work().resolve("pdf-only"), pdfs);

    ObjectNode report = JSON.createObjectNode();
    ObjectNode input = report.putObject("input");
    input.put("corpus", plan.corpus().toString());
    input.put("files", all.size());
    input.put("mb", allBytes / 1e6);
    input.put("pdfs", pdfs.size());
    input.put("pdf_mb", pdfBytes / 1e6);
    input.put("threads", plan.threads());
    input.put("heap", plan.heap());
    input.put("isolate", plan.isolate());
    input.put("ocr", plan.ocr().name().toLowerCase(Locale.ROOT));
    input.put("cores", Runtime.getRuntime().availableProcessors());

    log.printf(
        Locale.ROOT,
        "bench: %d files (%d PDFs), %.1f MB; %d threads, heap %s%n",
        all.size(),
        pdfs.size(),
        allBytes / 1e6,
        plan.threads(),
        plan.heap());
    ObjectNode pdfbox =
        probe(
            "pdfbox: bare PDFBox text extraction of the PDFs",
            plan,
            List.of("pdfbox", Integer.toString(plan.threads()), pdfList.toString()));
    report.set("pdfbox", pdfbox);
    long pages = pdfbox.path("pages").asLong();

    if (!plan.skipTika()) {
      Path jar = plan.tikaApp() != null ? plan.tikaApp() : TikaAppJar.fetch(log);
      Path out = clean(plan.work().resolve("tika-out"));
      report.set(
          "tika_app",
          external(
              "tika-app: batch extraction of the PDFs",
              plan,
              List.of(
                  javaBinary(),
                  "-Xmx" + plan.heap(),
                  "-jar",
                  jar.toString(),
                  "-i",
                  pdfOnly.toString(),
                  "-o",
                  out.toString(),
                  "-numConsumers",
                  Integer.toString(plan.threads()),
                  "-JXmx" + plan.heap()),
              pdfs.size(),
              plan.ocr() == OcrMode.OFF));
    }

    Path pdfIndex = clean(plan.work().resolve("index-pdfs"));
    report.set(
        "ingest_pdfs",
        probe(
            "ingest: full pipeline over the same PDFs",
            plan,
            List.of(
                "ingest",
                Integer.toString(plan.threads()),
                pdfIndex.toString(),
                Boolean.toString(plan.isolate()),
                plan.ocr().name(),
                pdfOnly.toString())));
    Path index = clean(plan.work().resolve("index"));
    ObjectNode full =
        probe(
            "ingest: full pipeline over the whole corpus",
            plan,
            List.of(
                "ingest",
                Integer.toString(plan.threads()),
                index.toString(),
                Boolean.toString(plan.isolate()),
                plan.ocr().name(),
                plan.corpus().toString()));
    report.set("ingest", full);
    ObjectNode rerun =
        probe(
            "ingest again: the unchanged corpus",
            plan,
            List.of(
                "ingest",
                Integer.toString(plan.threads()),
                index.toString(),
                Boolean.toString(plan.isolate()),
                plan.ocr().name(),
                plan.corpus().toString()));
    report.set("reingest", rerun);

    ObjectNode ratios = report.putObject("ratios");
    double ingestPdfs = report.path("ingest_pdfs").path("wall_seconds").asDouble();
    ratios.put("ingest_pdfs_over_pdfbox", ingestPdfs / pdfbox.path("wall_seconds").asDouble());
    if (report.has("tika_app")) {
      ratios.put(
          "ingest_pdfs_over_tika_app",
          ingestPdfs / report.path("tika_app").path("wall_seconds").asDouble());
    }
    ratios.put(
        "reingest_over_ingest",
        rerun.path("wall_seconds").asDouble() / full.path("wall_seconds").asDouble());
    for (String name : List.of("pdfbox", "tika_app", "ingest_pdfs", "ingest", "reingest")) {
      if (report.has(name)) {
        ObjectNode m = (ObjectNode) report.get(name);
        double wall = m.path("wall_seconds").asDouble();
        long docs = m.path("documents").asLong();
        long mb = name.equals("ingest") || name.equals("reingest") ? allBytes : pdfBytes;
        m.put("docs_per_second", docs / wall);
        m.put("mb_per_second", mb / 1e6 / wall);
        if (!name.equals("ingest") && !name.equals("reingest")) {
          m.put("pages_per_second", pages / wall);
        }
        m.put(
            "cpu_utilisation",
            m.path("cpu_seconds").asDouble() / (wall * Runtime.getRuntime().availableProcessors()));
      }
    }
    return report;
  }

  /**
   * Runs a {@link BenchProbe} in a JVM of its own and returns its result with outside figures
   * added.
   */
  private ObjectNode probe(String title, Plan plan, List<String> probeArgs)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(javaBinary(), "-Xmx" + plan.heap(), "--enable-native-access=ALL-UNNAMED"));
    String config = System.getProperty("foilens.config");
    if (config != null) {
      command.add("-Dfoilens.config=" + config);
    }
    command.addAll(
        List.of("-cp", System.getProperty("java.class.path"), BenchProbe.class.getName()));
    command.addAll(probeArgs);
    return external(title, plan, command, -1, false);
  }

  /**
   * Runs a command, watched from outside. {@code withoutOcr} takes Tesseract off its PATH (leaving
   * the JDK's tools alone on it), which is how Tika (tika-app included) is told not to OCR.
   */
  private ObjectNode external(
      String title, Plan plan, List<String> command, int documents, boolean withoutOcr)
      throws IOException, InterruptedException {
    log.println("bench: " + title);
    log.flush();
    Path logFile =
        plan.work().resolve(title.replaceAll("[^A-Za-z]+", "-").replaceAll("-$", "") + ".log");
    long start = System.nanoTime();
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(logFile.toFile());
    // Tesseract alike in every run: one OpenMP thread a page, as foilens's own workers set it
    // (tika-app would otherwise run its pages with as many threads as cores, each).
    builder.environment().putIfAbsent("OMP_THREAD_LIMIT", "1");
    if (withoutOcr) {
      // only the JDK's own tools: tika-app's batch mode forks "java" from the PATH for its child
      builder.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin").toString());
    }
    Process process = builder.start();
    JsonNode result = null;
    try (ProcessSampler sampler = new ProcessSampler(process.toHandle());
        BufferedReader out =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        if (line.startsWith(BenchProbe.RESULT_PREFIX)) {
          result = JSON.readTree(line.substring(BenchProbe.RESULT_PREFIX.length()));
        }
      }
      int exit = process.waitFor();
      double wall = (System.nanoTime() - start) / 1e9;
      sampler.close();
      if (exit != 0) {
        throw new IOException(title + " failed with exit code " + exit + "; see " + logFile);
      }
      ObjectNode m = result instanceof ObjectNode o ? o : JSON.createObjectNode();
      if (documents >= 0) {
        m.put("documents", documents);
      }
      m.put("inner_seconds", m.path("wall_seconds").asDouble(wall));
      m.put(
          "wall_seconds", wall); // from process start: JVM start-up counts, as a user waits for it
      m.put("cpu_seconds", sampler.cpuSeconds());
      m.put("peak_rss_mb", sampler.peakRssMb());
      log.printf(
          Locale.ROOT,
          "bench:   %.1f s wall, %.1f s CPU, peak RSS %.0f MB%n",
          wall,
          sampler.cpuSeconds(),
          sampler.peakRssMb());
      log.flush();
      return m;
    } finally {
      process.destroyForcibly();
    }
  }

  private static String javaBinary() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  private static long size(List<Path> files) throws IOException {
    long total = 0;
    for (Path f : files) {
      total += Files.size(f);
    }
    return total;
  }

  /**
   * A folder of hard links to the given files (copies where the file system cannot link), so that
   * tools that take a folder see just them. Not symbolic links: ingest, like most batch tools, does
   * not follow those.
   */
  private static Path linkFarm(Path dir, List<Path> files) throws IOException {
    clean(dir);
    int i = 0;
    for (Path f : files) {
      Path link = dir.resolve(String.format(Locale.ROOT, "%06d-%s", i++, f.getFileName()));
      try {
        Files.createLink(link, f);
      } catch (IOException | UnsupportedOperationException e) {
        Files.copy(f, link);
      }
    }
    return dir;
  }

  private static Path clean(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
    return dir;
  }

  /** Prints a report as a table. */
  public static void print(JsonNode report, PrintWriter out) {
    IngestBenchReport.print(report, out);
  }
}
