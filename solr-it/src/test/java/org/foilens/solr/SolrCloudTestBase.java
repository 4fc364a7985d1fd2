package org.foilens.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A real two-node SolrCloud for one test class (MiniSolrCloudCluster: an embedded ZooKeeper and two
 * Jetty nodes on free ports), foilens run as a child process from the command line module's
 * launcher class path (its Lucene 10 cannot share this class path with Solr's Lucene 9), and HTTP
 * helpers for Solr and for foilens's server.
 */
public abstract class SolrCloudTestBase {

  /** The project root: this module's parent folder. */
  protected static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  protected static final ObjectMapper JSON = new ObjectMapper();
  protected static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  protected static MiniSolrCloudCluster cluster;
  protected static Path work;

  @BeforeAll
  static void startCluster() throws Exception {
    work = Files.createTempDirectory(ROOT.resolve("solr-it/target"), "cloud-");
    System.setProperty("solr.log.dir", work.resolve("logs").toString());
    cluster = new MiniSolrCloudCluster.Builder(2, work.resolve("nodes")).build();
    cluster.waitForAllNodes(60);
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.shutdown();
      cluster = null;
    }
  }

  /** The running nodes' base URLs, comma-separated, as {@code --solr} takes them. */
  protected static String nodeUrls() {
    return cluster.getJettySolrRunners().stream()
        .filter(JettySolrRunner::isRunning)
        .map(j -> j.getBaseUrl().toString())
        .collect(Collectors.joining(","));
  }

  /** Every node's base URL, running or not. */
  protected static String allNodeUrls() {
    return cluster.getJettySolrRunners().stream()
        .map(j -> j.getBaseUrl().toString())
        .collect(Collectors.joining(","));
  }

  /** What a foilens command printed, and how it ended. */
  public record Run(int exit, String out, String err) {
    /** Fails with the command's output unless it exited 0. */
    public Run ok() {
      assertEquals(
          0, exit, () -> "foilens exited " + exit + "\nstdout:\n" + out + "\nstderr:\n" + err);
      return this;
    }
  }

  /** The command that starts foilens: the JDK running the tests, the launcher's class path. */
  protected static List<String> foilensCommand(String... args) {
    Path jar = ROOT.resolve("pipeline/cli/target/foilens-cli-0.1.0-SNAPSHOT.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("the command line is not built: " + jar);
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-Dfoilens.config=" + ROOT.resolve("config"));
    command.add("-cp");
    command.add(ROOT.resolve("pipeline/cli/target/lib") + "/*:" + jar);
    command.add("org.foilens.cli.Main");
    command.addAll(List.of(args));
    return command;
  }

  /** Runs foilens to its end (at most ten minutes), in the project root. */
  protected static Run foilens(String... args) throws IOException, InterruptedException {
    Path out = Files.createTempFile(work, "out-", ".txt");
    Path err = Files.createTempFile(work, "err-", ".txt");
    Process p =
        new ProcessBuilder(foilensCommand(args))
            .directory(ROOT.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("foilens " + String.join(" ", args) + " did not end in 10 minutes");
    }
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** GETs a URL and reads its JSON answer; fails on a status other than 200. */
  protected static JsonNode getJson(String url) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new AssertionError("GET " + url + " -> " + r.statusCode() + ": " + r.body());
    }
    return JSON.readTree(r.body());
  }

  /** A Solr request on a collection through the given node, with params as name, value pairs. */
  protected static JsonNode solr(String node, String collection, String handler, String... params)
      throws IOException, InterruptedException {
    StringBuilder url =
        new StringBuilder(node).append('/').append(collection).append(handler).append("?wt=json");
    for (int i = 0; i < params.length; i += 2) {
      url.append('&')
          .append(params[i])
          .append('=')
          .append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
    }
    return getJson(url.toString());
  }

  /** How many documents of a collection match a query, through the first running node. */
  protected static long count(String collection, String query)
      throws IOException, InterruptedException {
    String node = nodeUrls().split(",")[0];
    return solr(node, collection, "/select", "q", query, "rows", "0")
        .path("response")
        .path("numFound")
        .asLong();
  }
}
