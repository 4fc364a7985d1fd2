package org.foilens.solr;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.solr.common.util.NamedList;

/**
 * {@code foilens solr init}: uploads foilens's configset and creates a collection with it, and the
 * checks the writer makes before it sends anything.
 */
public final class SolrCollections {

  /** What {@link #init} did. */
  public enum Outcome {
    CREATED,
    /**
     * The collection existed with this configset: the configset was updated and the collection
     * reloaded.
     */
    RELOADED
  }

  private final SolrNodes nodes;

  public SolrCollections(SolrNodes nodes) {
    this.nodes = nodes;
  }

  /**
   * Uploads the configset under {@code configset} (replacing an older upload) and creates the
   * collection with {@code shards} shards of {@code replicas} replicas each, then waits until every
   * replica is active. A collection that exists with another configset is an error.
   */
  public Outcome init(String collection, String configset, int shards, int replicas, Duration wait)
      throws IOException, SolrServerException, InterruptedException {
    Map<String, String> existing = collectionConfigsets();
    String current = existing.get(collection);
    if (existing.containsKey(collection) && !configset.equals(current)) {
      throw new IllegalStateException(
          "collection "
              + collection
              + " already exists with configset "
              + current
              + ", not "
              + configset
              + "; choose another --collection");
    }
    ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload();
    upload.setConfigSetName(configset);
    upload.setOverwrite(true);
    upload.setCleanup(true);
    upload.setUploadStream(
        new ContentStreamBase.ByteArrayStream(
            SolrConfigset.zip(), configset + ".zip", "application/octet-stream"));
    nodes.process(upload, null);
    if (existing.containsKey(collection)) {
      nodes.process(CollectionAdminRequest.reloadCollection(collection), null);
      waitUntilActive(collection, wait);
      return Outcome.RELOADED;
    }
    nodes.process(
        CollectionAdminRequest.createCollection(collection, configset, shards, replicas), null);
    waitUntilActive(collection, wait);
    return Outcome.CREATED;
  }

  /** Fails with a one-line message when the collection does not exist. */
  public void requireCollection(String collection) throws IOException, SolrServerException {
    if (!collectionConfigsets().containsKey(collection)) {
      throw new IllegalStateException(
          "Solr has no collection "
              + collection
              + " (at "
              + String.join(", ", nodes.urls())
              + "); create it with: foilens solr init --solr URLS --collection "
              + collection);
    }
  }

  /** Shards and replicas of a collection: each replica's state, as "shard1/core_node3=active". */
  public List<String> replicaStates(String collection) throws IOException, SolrServerException {
    NamedList<Object> cluster = clusterStatus();
    Collection<?> live = (Collection<?>) get(cluster, "live_nodes");
    List<String> states = new ArrayList<>();
    Object shards = get(get(get(cluster, "collections"), collection), "shards");
    for (Map.Entry<String, Object> shard : entries(shards)) {
      for (Map.Entry<String, Object> replica : entries(get(shard.getValue(), "replicas"))) {
        Object node = get(replica.getValue(), "node_name");
        String state = String.valueOf(get(replica.getValue(), "state"));
        states.add(
            shard.getKey() + "/" + replica.getKey() + "=" + (live.contains(node) ? state : "down"));
      }
    }
    return states;
  }

  private void waitUntilActive(String collection, Duration wait)
      throws IOException, SolrServerException, InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    List<String> states = List.of();
    while (System.nanoTime() < deadline) {
      states = replicaStates(collection);
      if (!states.isEmpty() && states.stream().allMatch(s -> s.endsWith("=active"))) {
        return;
      }
      Thread.sleep(250);
    }
    throw new IOException(
        "collection " + collection + " is not active after " + wait.toSeconds() + " s: " + states);
  }

  /** Each collection's configset name. */
  private Map<String, String> collectionConfigsets() throws IOException, SolrServerException {
    Map<String, String> names = new TreeMap<>();
    for (Map.Entry<String, Object> c : entries(get(clusterStatus(), "collections"))) {
      names.put(c.getKey(), String.valueOf(get(c.getValue(), "configName")));
    }
    return names;
  }

  private NamedList<Object> clusterStatus() throws IOException, SolrServerException {
    @SuppressWarnings("unchecked")
    NamedList<Object> cluster =
        (NamedList<Object>)
            nodes
                .process(CollectionAdminRequest.getClusterStatus(), null)
                .getResponse()
                .get("cluster");
    return cluster;
  }

  /** A value of a Solr response object, which SolrJ gives as a NamedList or a Map. */
  static Object get(Object container, String key) {
    if (container instanceof NamedList<?> list) {
      return list.get(key);
    }
    if (container instanceof Map<?, ?> map) {
      return map.get(key);
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  static List<Map.Entry<String, Object>> entries(Object container) {
    List<Map.Entry<String, Object>> out = new ArrayList<>();
    if (container instanceof NamedList<?> list) {
      list.forEach((k, v) -> out.add(Map.entry(k, v)));
    } else if (container instanceof Map<?, ?> map) {
      ((Map<String, Object>) map).forEach((k, v) -> out.add(Map.entry(k, v)));
    }
    return out;
  }
}
