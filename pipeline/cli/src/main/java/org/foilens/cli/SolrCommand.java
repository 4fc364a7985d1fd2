package org.foilens.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code foilens solr}: the SolrCloud side of foilens. */
@Command(
    name = "solr",
    mixinStandardHelpOptions = true,
    description = {
      "SolrCloud: set up a collection for foilens, and look at its analysis.",
      "Documents are sent with 'foilens ingest --solr URLS --collection NAME'",
      "or 'foilens rebuild'."
    },
    subcommands = {SolrInitCommand.class, SolrTokensCommand.class})
final class SolrCommand implements Runnable {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
