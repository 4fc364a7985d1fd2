package org.foilens.solr;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;

/**
 * A SolrCloud collection reached through the base URLs of its nodes, over the JDK's HTTP client.
 * Any node answers for the whole collection, so requests go round the nodes, and a node that
 * cannot be reached is passed over for the next. Thread-safe.
 */
public final class SolrNodes implements AutoCloseable {

  private final List<String> urls;
  private final List<HttpJdkSolrClient> clients = new ArrayList<>();
  private final String collection;
  private final AtomicInteger next = new AtomicInteger();

  private SolrNodes(List<String> urls, String collection) {
    this.urls = List.copyOf(urls);
    this.collection = collection;
    for (String url : urls) {
      clients.add(new HttpJdkSolrClient.Builder(url)
          .withConnectionTimeout(5, TimeUnit.SECONDS)
          .withRequestTimeout(120, TimeUnit.SECONDS)
          .useHttp1_1(true)
          .build());
    }
  }

  /**
   * @param urls comma-separated base URLs of nodes, such as {@code http://127.0.0.1:8983/solr}
   * @throws IllegalArgumentException naming what is wrong with them
   */
  public static SolrNodes of(String urls, String collection) {
    List<String> list = Arrays.stream(urls.split(",")).map(String::strip).filter(u -> !u.isEmpty()).toList();
    if (list.isEmpty()) {
      throw new IllegalArgumentException("--solr needs the base URL of at least one node, such as http://127.0.0.1:8983/solr");
    }
    for (String url : list) {
      URI uri;
      try {
        uri = URI.create(url);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("not a URL: " + url);
      }
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
        throw new IllegalArgumentException("--solr takes node base URLs such as http://127.0.0.1:8983/solr, not "
            + url + " (a ZooKeeper address is not supported)");
      }
    }
    if (collection == null || collection.isBlank()) {
      throw new IllegalArgumentException("--solr needs --collection NAME");
    }
    return new SolrNodes(list, collection);
  }

  public String collection() {
    return collection;
  }

  public List<String> urls() {
    return urls;
  }

  /**
   * Runs a query on the collection through the next node that answers. A node's answer, an error
   * included, is final; only a node that cannot be reached is passed over.
   *
   * @throws IOException when no node could be reached
   */
  public QueryResponse query(QueryRequest request) throws IOException {
    int first = Math.floorMod(next.getAndIncrement(), clients.size());
    IOException failure = null;
    for (int i = 0; i < clients.size(); i++) {
      int n = (first + i) % clients.size();
      try {
        return request.process(clients.get(n), collection);
      } catch (SolrServerException | IOException e) {
        IOException unreachable = new IOException("cannot reach Solr at " + urls.get(n) + ": " + reason(e), e);
        if (failure != null) {
          unreachable.addSuppressed(failure);
        }
        failure = unreachable;
      }
    }
    throw failure;
  }

  private static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  @Override
  public void close() throws IOException {
    for (HttpJdkSolrClient c : clients) {
      c.close();
    }
  }
}
