package org.foilens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.foilens.FoilensConfig;
import org.foilens.Pipeline;
import org.foilens.StageException;
import org.foilens.extract.ExtractSettings;
import org.foilens.extract.OcrMode;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options shared by the commands that run the pipeline. */
final class PipelineOptions {

  @Option(
      names = "--config",
      paramLabel = "DIR",
      description = "Configuration folder (default: $FOILENS_CONFIG, else config/ here or above).")
  Path config;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Files analyzed at once (default: the number of cores, ${DEFAULT-VALUE}).",
      defaultValue = "${sys:foilens.threads:-0}")
  int threads;

  @Option(
      names = "--ocr",
      paramLabel = "MODE",
      defaultValue = "auto",
      converter = OcrModeConverter.class,
      description = {
        "OCR with Tesseract: auto (pages without a text layer, and images), off, or force",
        "(every page, ignoring the text layer). Default: ${DEFAULT-VALUE}."
      })
  OcrMode ocr;

  @Option(
      names = "--isolate",
      negatable = true,
      description = {
        "Parse each file in a worker process that is killed when it passes --timeout or",
        "--worker-heap (default: on for ingest, off for analyze and eval)."
      })
  Boolean isolate;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "120",
      description = "How long one file may take to parse (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(
      names = "--worker-heap",
      paramLabel = "MB",
      defaultValue = "512",
      description = "Heap of each worker process, with --isolate (default: ${DEFAULT-VALUE}).")
  int workerHeapMb;

  /** The pipeline with in-process parsing unless --isolate says otherwise. */
  Pipeline pipeline() throws IOException, StageException {
    return pipeline(false);
  }

  Pipeline pipeline(boolean isolateByDefault) throws IOException, StageException {
    return new Pipeline(config(), extractSettings(isolateByDefault));
  }

  /** The extract stage's settings from the options. */
  ExtractSettings extractSettings(boolean isolateByDefault) {
    if (timeoutSeconds < 1 || workerHeapMb < 64) {
      throw new IllegalArgumentException(
          "--timeout must be at least 1 s and --worker-heap at least 64 MB");
    }
    return new ExtractSettings(
        ocr,
        Duration.ofSeconds(timeoutSeconds),
        isolate == null ? isolateByDefault : isolate,
        workerHeapMb,
        threads());
  }

  FoilensConfig config() throws IOException {
    return config == null ? FoilensConfig.locate() : FoilensConfig.of(config);
  }

  int threads() {
    return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
  }

  /** Reads {@code auto}, {@code off} or {@code force}, in any case. */
  static final class OcrModeConverter implements CommandLine.ITypeConverter<OcrMode> {
    @Override
    public OcrMode convert(String value) {
      for (OcrMode mode : OcrMode.values()) {
        if (mode.label().equalsIgnoreCase(value)) {
          return mode;
        }
      }
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not an OCR mode: use auto, off or force");
    }
  }
}
