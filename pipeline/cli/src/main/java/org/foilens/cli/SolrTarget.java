package org.foilens.cli;

import org.foilens.solr.SolrNodes;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --solr URLS --collection NAME} options of the commands that talk to SolrCloud. */
final class SolrTarget {

  @Option(
      names = "--solr",
      paramLabel = "URLS",
      description =
          "SolrCloud node base URLs, comma-separated: http://host:8983/solr,http://host2:8983/solr")
  String solr;

  @Option(names = "--collection", paramLabel = "NAME", description = "The SolrCloud collection.")
  String collection;

  boolean given() {
    return solr != null || collection != null;
  }

  /** The nodes, after checking that both options were given and that the URLs are URLs. */
  SolrNodes nodes(CommandSpec spec) {
    if (solr == null || collection == null) {
      throw new ParameterException(spec.commandLine(), "--solr and --collection go together");
    }
    try {
      return SolrNodes.of(solr);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
