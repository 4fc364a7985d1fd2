package org.foilens.cli;

import java.io.IOException;
import org.foilens.Pipeline;
import org.foilens.StageException;
import org.foilens.ingest.IngestRun;

/** Opens a pipeline on first use only, keeps it for every later run, and closes it at the end. */
final class SharedPipeline implements IngestRun.PipelineFactory, AutoCloseable {

  private final IngestRun.PipelineFactory opener;
  private Pipeline pipeline;

  SharedPipeline(IngestRun.PipelineFactory opener) {
    this.opener = opener;
  }

  @Override
  public synchronized Pipeline open() throws IOException, StageException {
    if (pipeline == null) {
      pipeline = opener.open();
    }
    return pipeline;
  }

  @Override
  public synchronized void close() throws InterruptedException {
    if (pipeline != null) {
      pipeline.close();
    }
  }
}
