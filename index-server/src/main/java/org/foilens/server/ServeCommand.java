package org.foilens.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.foilens.index.FoiSearcher;
import org.foilens.index.SearchBackend;
import org.foilens.index.SearchRules;
import org.foilens.solr.SolrNodes;
import org.foilens.solr.SolrSearchBackend;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code foilens serve}: the HTTP API and search page over an index or a SolrCloud collection. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve an index over HTTP: the web pages and the JSON API.",
      "The index is a folder (--index) or a SolrCloud collection (--solr URLS --collection NAME).",
      "Search, document and trends pages are at /; the API is described at /api/openapi.json.",
      "Binds to 127.0.0.1 unless --host says otherwise."
    })
public final class ServeCommand implements Callable<Integer> {

  @Option(names = "--index", paramLabel = "DIR", description = "Index folder.")
  Path index;

  @Option(
      names = "--solr",
      paramLabel = "URLS",
      description =
          "Serve a SolrCloud collection instead: node base URLs, comma-separated, such as"
              + " http://host:8983/solr.")
  String solr;

  @Option(names = "--collection", paramLabel = "NAME", description = "With --solr: the collection.")
  String collection;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Folder of the saved searches (default: the index folder; with --solr, saved/COLLECTION"
              + " in the working folder).")
  Path data;

  @Option(
      names = "--files",
      paramLabel = "DIR",
      description =
          "Folder the index's relative source paths are resolved against, to serve the original"
              + " files (default: the working folder, where ingest usually ran).")
  Path files;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port to listen on (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--time-limit",
      defaultValue = "5000",
      paramLabel = "MS",
      description =
          "How long one search may run, in milliseconds, before it is refused with a 503 (default:"
              + " ${DEFAULT-VALUE}).")
  long timeLimitMs;

  @Option(
      names = "--max-expansions",
      defaultValue = "1024",
      paramLabel = "N",
      description =
          "How many different words a wildcard, prefix, range or regular expression may match"
              + " (default: ${DEFAULT-VALUE}).")
  int maxExpansions;

  @Option(
      names = "--count-cache",
      defaultValue = "512",
      paramLabel = "N",
      description =
          "How many queries' facet counts and trends to keep for the next request that asks for"
              + " them, until the index changes; 0 keeps none (default: ${DEFAULT-VALUE}; a local"
              + " index only: SolrCloud keeps its own caches).")
  int countCache;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (timeLimitMs < 1 || maxExpansions < 1) {
      throw new ParameterException(
          spec.commandLine(), "--time-limit and --max-expansions must be at least 1");
    }
    if (countCache < 0) {
      throw new ParameterException(spec.commandLine(), "--count-cache must be 0 or more");
    }
    if ((index == null) == (solr == null)) {
      throw new ParameterException(
          spec.commandLine(), "give either --index DIR or --solr URLS --collection NAME");
    }
    if ((solr == null) != (collection == null)) {
      throw new ParameterException(spec.commandLine(), "--solr and --collection go together");
    }
    SearchRules.Limits limits =
        new SearchRules.Limits(Duration.ofMillis(timeLimitMs), maxExpansions, countCache);
    SearchBackend backend = index != null ? new FoiSearcher(index, limits) : solr(limits);
    Path saved = data != null ? data : index != null ? index : Path.of("saved", collection);
    SearchServer server;
    try {
      Files.createDirectories(saved);
      server = new SearchServer(backend, saved, files != null ? files : Path.of(""));
    } catch (IOException | RuntimeException e) {
      backend.close();
      throw e;
    }
    int bound = server.start(host, port);
    String what = index != null ? index.toString() : "collection " + collection + " at " + solr;
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "foilens: serving %s at http://%s:%d/ (Ctrl-C stops)%n",
            what,
            host,
            bound);
    spec.commandLine().getOut().flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.close();
                  } catch (IOException e) {
                    LoggerFactory.getLogger(ServeCommand.class)
                        .warn("error while stopping: {}", e.getMessage());
                  }
                  stopped.countDown();
                },
                "foilens-serve-shutdown"));
    stopped.await();
    return 0;
  }

  private SearchBackend solr(SearchRules.Limits limits) throws IOException {
    SolrNodes nodes;
    try {
      nodes = SolrNodes.of(solr);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    try {
      return new SolrSearchBackend(nodes, collection, limits);
    } catch (IOException | RuntimeException e) {
      nodes.close();
      throw e;
    }
  }
}
