package org.foilens.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.foilens.FoilensConfig;
import org.foilens.Pipeline;
import org.foilens.StageException;
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

  Pipeline pipeline() throws IOException, StageException {
    return new Pipeline(config());
  }

  FoilensConfig config() throws IOException {
    return config == null ? FoilensConfig.locate() : FoilensConfig.of(config);
  }

  int threads() {
    return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
  }
}
