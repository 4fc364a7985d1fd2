package org.foilens.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.foilens.solr.SolrCollections;
import org.foilens.solr.SolrConfigset;
import org.foilens.solr.SolrNodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code foilens solr init}: upload the configset and create the collection. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Upload foilens's configset (schema with the legal-reference analyzer, facet fields,",
      "solrconfig) to SolrCloud and create the collection, then wait until every replica",
      "is active. On a collection that already uses the configset, updates the configset",
      "and reloads the collection."
    })
final class SolrInitCommand implements Callable<Integer> {

  @Mixin SolrTarget target = new SolrTarget();

  @Option(
      names = "--shards",
      paramLabel = "N",
      defaultValue = "2",
      description = "Shards (default: ${DEFAULT-VALUE}).")
  int shards;

  @Option(
      names = "--replicas",
      paramLabel = "N",
      defaultValue = "2",
      description = "Replicas of each shard (default: ${DEFAULT-VALUE}).")
  int replicas;

  @Option(
      names = "--configset",
      paramLabel = "NAME",
      defaultValue = SolrConfigset.DEFAULT_NAME,
      description = "Name of the configset in SolrCloud (default: ${DEFAULT-VALUE}).")
  String configset;

  @Option(
      names = "--wait",
      paramLabel = "SECONDS",
      defaultValue = "120",
      description =
          "How long to wait for the replicas to become active (default: ${DEFAULT-VALUE}).")
  int waitSeconds;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (shards < 1 || replicas < 1 || waitSeconds < 1) {
      throw new ParameterException(
          spec.commandLine(), "--shards, --replicas and --wait must be positive");
    }
    try (SolrNodes nodes = target.nodes(spec)) {
      SolrCollections.Outcome outcome =
          new SolrCollections(nodes)
              .init(
                  target.collection, configset, shards, replicas, Duration.ofSeconds(waitSeconds));
      PrintWriter out = spec.commandLine().getOut();
      if (outcome == SolrCollections.Outcome.CREATED) {
        out.printf(
            Locale.ROOT,
            "created collection %s (%d shards x %d replicas) with configset %s%n",
            target.collection,
            shards,
            replicas,
            configset);
      } else {
        out.printf(
            Locale.ROOT,
            "collection %s already exists with configset %s: configset updated, collection"
                + " reloaded%n",
            target.collection,
            configset);
      }
      out.flush();
    }
    return 0;
  }
}
