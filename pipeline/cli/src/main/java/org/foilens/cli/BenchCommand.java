package org.foilens.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.foilens.FoilensConfig;
import org.foilens.bench.BenchCorpus;
import org.foilens.bench.BenchCorpusSummary;
import org.foilens.bench.BenchIndex;
import org.foilens.bench.IngestBench;
import org.foilens.bench.QueryLatencyBench;
import org.foilens.extract.OcrMode;
import org.foilens.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code foilens bench …}: benchmark corpus and measurements. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Write benchmark corpora and measure foilens on them (see BENCHMARKS.md).",
    subcommands = {
      BenchCommand.Corpus.class,
      BenchCommand.Ingest.class,
      BenchCommand.Index.class,
      BenchCommand.Queries.class
    })
final class BenchCommand implements Runnable {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "corpus",
      mixinStandardHelpOptions = true,
      description = {
        "Write a deterministic benchmark corpus: decision-notice PDFs of 2-30 pages in both ICO",
        "templates, response letters, and FOI threads as .eml and .mbox with PDF and .docx",
        "attachments; about 1 in 40 notices and 1 in 25 letters has a scanned page without text.",
        "The same --seed writes the same files whatever --threads is."
      })
  static final class Corpus implements Callable<Integer> {

    @Option(
        names = "--out",
        paramLabel = "DIR",
        required = true,
        description = "Folder to write into.")
    Path out;

    @Option(
        names = "--notices",
        paramLabel = "N",
        defaultValue = "2000",
        description = "Decision-notice PDFs (default: ${DEFAULT-VALUE}).")
    int notices;

    @Option(
        names = "--letters",
        paramLabel = "N",
        defaultValue = "-1",
        description = "Standalone response-letter PDFs (default: a quarter of --notices).")
    int letters;

    @Option(
        names = "--mail",
        paramLabel = "N",
        defaultValue = "-1",
        description =
            "Mail threads, each one .eml or .mbox file of 3-5 messages (default: as many as"
                + " --notices).")
    int mail;

    @Option(
        names = "--seed",
        paramLabel = "S",
        defaultValue = "1",
        description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
        names = "--threads",
        paramLabel = "T",
        defaultValue = "0",
        description = "Files written at once (default: the number of cores).")
    int threads;

    @Option(
        names = "--config",
        paramLabel = "DIR",
        description =
            "Configuration folder, for the authorities gazetteer (default: as for analyze).")
    Path config;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Option(
        names = "--no-scans",
        description =
            "Give every page a text layer: no scanned notice annex or letter, so OCR has nothing"
                + " to do (the texts are the same as with scans).")
    boolean noScans;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      FoilensConfig cfg = config == null ? FoilensConfig.locate() : FoilensConfig.of(config);
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      BenchCorpus.Plan plan =
          new BenchCorpus.Plan(
              this.out,
              notices,
              letters < 0 ? notices / 4 : letters,
              mail < 0 ? notices : mail,
              seed,
              threads > 0 ? threads : Runtime.getRuntime().availableProcessors(),
              !noScans);
      BenchCorpusSummary summary = new BenchCorpus(cfg.file("authorities.tsv"), err).write(plan);
      if (json) {
        out.println(Json.MAPPER.writeValueAsString(summary.toMap()));
      } else {
        out.print(summary.describe());
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description = {
        "Measure a full ingest of a corpus against bare PDFBox extraction (the floor) and Tika's",
        "tika-app batch mode on the same PDFs, then a re-ingest of the unchanged corpus. Each run",
        "is a JVM of its own with the same heap limit; wall time, CPU, peak heap and peak resident",
        "memory are measured, and the full ingest's time per stage. Prints a table and the ratios."
      })
  static final class Ingest implements Callable<Integer> {

    @Option(
        names = "--corpus",
        paramLabel = "DIR",
        required = true,
        description = "Corpus to ingest, e.g. from 'bench corpus'.")
    Path corpus;

    @Option(
        names = "--work",
        paramLabel = "DIR",
        defaultValue = "target/bench",
        description =
            "Scratch folder for indexes, logs and tika-app's output (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(
        names = "--threads",
        paramLabel = "T",
        defaultValue = "0",
        description = "Threads for every run (default: the number of cores).")
    int threads;

    @Option(
        names = "--heap",
        paramLabel = "SIZE",
        defaultValue = "1g",
        description = "Heap limit (-Xmx) of every run (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(
        names = "--tika-app",
        paramLabel = "JAR",
        description =
            "tika-app jar to compare with (default: fetched once from Maven Central into"
                + " ~/.cache/foilens).")
    Path tikaApp;

    @Option(names = "--no-tika", description = "Skip the tika-app comparison.")
    boolean noTika;

    @Option(
        names = "--isolate",
        negatable = true,
        defaultValue = "true",
        fallbackValue = "true",
        description =
            "Ingest with parsing in worker processes, as 'foilens ingest' does by default (default:"
                + " ${DEFAULT-VALUE}).")
    boolean isolate;

    @Option(
        names = "--ocr",
        paramLabel = "MODE",
        defaultValue = "auto",
        converter = PipelineOptions.OcrModeConverter.class,
        description =
            "OCR for the ingest runs, as 'foilens ingest --ocr': auto, off or force (default:"
                + " ${DEFAULT-VALUE}); with off, tika-app runs without Tesseract too.")
    OcrMode ocr;

    @Option(
        names = "--json",
        paramLabel = "FILE",
        description = "Also write the figures as JSON to FILE.")
    Path json;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (!Files.isDirectory(corpus)) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "no such folder: " + corpus);
      }
      IngestBench.Plan plan =
          new IngestBench.Plan(
              corpus,
              work,
              threads > 0 ? threads : Runtime.getRuntime().availableProcessors(),
              heap,
              tikaApp,
              noTika,
              isolate,
              ocr);
      var report = new IngestBench(spec.commandLine().getErr()).run(plan);
      IngestBench.print(report, spec.commandLine().getOut());
      if (json != null) {
        Json.PRETTY.writeValue(json.toFile(), report);
      }
      return 0;
    }
  }

  @Command(
      name = "index",
      mixinStandardHelpOptions = true,
      description = {
        "Write a large index to measure search on: generated notices structured and tagged by the",
        "real pipeline from the text their PDFs extract to, and generated mail threads through the",
        "whole pipeline. Adds to an existing index."
      })
  static final class Index implements Callable<Integer> {

    @Option(names = "--index", paramLabel = "DIR", required = true, description = "Index folder.")
    Path index;

    @Option(
        names = "--documents",
        paramLabel = "N",
        defaultValue = "20000",
        description = "Documents to write (default: ${DEFAULT-VALUE}).")
    int documents;

    @Option(
        names = "--seed",
        paramLabel = "S",
        defaultValue = "1",
        description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @picocli.CommandLine.Mixin PipelineOptions options = new PipelineOptions();

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      FoilensConfig cfg =
          options.config == null ? FoilensConfig.locate() : FoilensConfig.of(options.config);
      long start = System.nanoTime();
      int indexed =
          new BenchIndex(cfg.file("authorities.tsv"), spec.commandLine().getErr())
              .write(options.pipeline(), index, documents, seed, options.threads());
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "indexed %d of %d documents into %s in %.0f s%n",
              indexed,
              documents,
              index,
              (System.nanoTime() - start) / 1e9);
      return indexed == documents ? 0 : 1;
    }
  }

  @Command(
      name = "queries",
      mixinStandardHelpOptions = true,
      description = {
        "Measure the latency of a mixed query set against a running 'foilens serve': one request",
        "at a time, after one warm-up round; p50, p90, p99 and max per class of request and"
            + " overall."
      })
  static final class Queries implements Callable<Integer> {

    @Option(
        names = "--url",
        paramLabel = "URL",
        defaultValue = "http://127.0.0.1:8080/",
        description = "The server (default: ${DEFAULT-VALUE}).")
    URI url;

    @Option(
        names = "--queries",
        paramLabel = "FILE",
        defaultValue = "bench/queries.txt",
        description = "Requests, one CLASS<tab>PATH per line (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Option(
        names = "--rounds",
        paramLabel = "N",
        defaultValue = "20",
        description = "Times through the set (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      var figures =
          new QueryLatencyBench().run(url, QueryLatencyBench.readRequests(queries), rounds);
      spec.commandLine().getOut().print(QueryLatencyBench.table(figures));
      spec.commandLine().getOut().flush();
      return figures.stream().anyMatch(f -> f.errors() > 0) ? 1 : 0;
    }
  }
}
