package org.foilens.solr;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrResponse;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.common.SolrException;

/**
 * The nodes of a SolrCloud, given as base URLs ({@code http://host:8983/solr}), reached over the
 * JDK's HTTP client. Any node routes updates to the shard leaders and spreads queries over the
 * shards, so a request goes to one node and, when that node cannot be reached or answers with a
 * server error, to the next: a cluster with a node down still answers. No ZooKeeper client and no
 * Jetty client are needed.
 */
public final class SolrNodes implements AutoCloseable {

  private final List<String> urls;
  private final List<HttpJdkSolrClient> clients = new ArrayList<>();
  private volatile int preferred;

  private SolrNodes(List<String> urls) {
    this.urls = List.copyOf(urls);
    for (String url : urls) {
      clients.add(
          new HttpJdkSolrClient.Builder(url)
              .useHttp1_1(true)
              .withConnectionTimeout(5, TimeUnit.SECONDS)
              .withRequestTimeout(5, TimeUnit.MINUTES)
              .build());
    }
  }

  /**
   * The nodes of a comma-separated list of base URLs; a ZooKeeper address ({@code zk1:2181}) is
   * refused with a message that asks for node URLs.
   */
  public static SolrNodes of(String commaSeparated) {
    List<String> urls = new ArrayList<>();
    for (String part : commaSeparated.split(",")) {
      String url = part.strip();
      if (url.isEmpty()) {
        continue;
      }
      URI uri;
      try {
        uri = URI.create(url);
      } catch (IllegalArgumentException e) {
        uri = null;
      }
      if (uri == null
          || uri.getScheme() == null
          || !uri.getScheme().startsWith("http")
          || uri.getHost() == null) {
        throw new IllegalArgumentException(
            "--solr takes Solr node URLs such as http://host:8983/solr, comma-separated (not a"
                + " ZooKeeper address): "
                + url);
      }
      urls.add(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }
    if (urls.isEmpty()) {
      throw new IllegalArgumentException(
          "--solr needs at least one node URL, such as http://host:8983/solr");
    }
    return new SolrNodes(urls);
  }

  public List<String> urls() {
    return urls;
  }

  /**
   * Sends a request to the collection (null for cluster-wide requests) through the first node that
   * answers. A client error (4xx: a bad request, a missing collection) is not retried on other
   * nodes; it would fail there too.
   */
  public <T extends SolrResponse> T process(SolrRequest<T> request, String collection)
      throws IOException, SolrServerException {
    Exception last = null;
    int start = preferred;
    for (int k = 0; k < clients.size(); k++) {
      int i = (start + k) % clients.size();
      try {
        T response = request.process(clients.get(i), collection);
        preferred = i;
        return response;
      } catch (SolrServerException | IOException e) {
        last = e;
      } catch (SolrException e) {
        if (e.code() < 500) {
          throw e;
        }
        last = e;
      }
    }
    if (last instanceof SolrServerException e) {
      throw new SolrServerException(unreachable(e), e);
    }
    if (last instanceof IOException e) {
      throw new IOException(unreachable(e), e);
    }
    throw (SolrException) last;
  }

  private String unreachable(Exception e) {
    return "cannot reach Solr at " + String.join(", ", urls) + ": " + why(e);
  }

  /**
   * What went wrong, in words: an unknown host, a refused or timed-out connection, or the last
   * message.
   */
  private static String why(Throwable e) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    if (chain.stream()
        .anyMatch(
            t -> t instanceof UnknownHostException || t instanceof UnresolvedAddressException)) {
      return "unknown host";
    }
    if (chain.stream()
        .anyMatch(t -> t instanceof ConnectException || t instanceof ClosedChannelException)) {
      return "connection refused";
    }
    if (chain.stream()
        .anyMatch(t -> t instanceof HttpTimeoutException || t instanceof SocketTimeoutException)) {
      return "timed out";
    }
    return chain.stream()
        .map(Throwable::getMessage)
        .filter(Objects::nonNull)
        .reduce((a, b) -> b)
        .orElse(e.getClass().getSimpleName());
  }

  @Override
  public void close() throws IOException {
    for (HttpJdkSolrClient c : clients) {
      c.close();
    }
  }
}
