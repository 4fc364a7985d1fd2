package org.foilens.server;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code foilens serve}: the HTTP API and search page over an index. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve an index over HTTP: the web pages and the JSON API.",
      "Search, document and trends pages are at /; the API is described at /api/openapi.json.",
      "Binds to 127.0.0.1 unless --host says otherwise."
    })
public final class ServeCommand implements Callable<Integer> {

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder.")
  Path index;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--time-limit", defaultValue = "5000", paramLabel = "MS",
      description = "How long one search may run, in milliseconds, before it is refused with a 503 (default: ${DEFAULT-VALUE}).")
  long timeLimitMs;

  @Option(names = "--max-expansions", defaultValue = "1024", paramLabel = "N",
      description = "How many different words a wildcard, prefix, range or regular expression may match (default: ${DEFAULT-VALUE}).")
  int maxExpansions;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (timeLimitMs < 1 || maxExpansions < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--time-limit and --max-expansions must be at least 1");
    }
    SearchServer server =
        new SearchServer(index, new org.foilens.index.FoiSearcher.Limits(java.time.Duration.ofMillis(timeLimitMs), maxExpansions));
    int bound = server.start(host, port);
    spec.commandLine().getOut().printf("foilens: serving %s at http://%s:%d/ (Ctrl-C stops)%n", index, host, bound);
    spec.commandLine().getOut().flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (java.io.IOException e) {
        System.err.println("foilens: error while stopping: " + e.getMessage());
      }
      stopped.countDown();
    }, "foilens-serve-shutdown"));
    stopped.await();
    return 0;
  }
}
