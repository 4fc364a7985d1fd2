package org.foilens.cli;

import org.foilens.PipelineVersion;
import picocli.CommandLine;

/** Prints the pipeline version, which also marks what an index was built with. */
public final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {"foilens " + PipelineVersion.CURRENT};
  }
}
