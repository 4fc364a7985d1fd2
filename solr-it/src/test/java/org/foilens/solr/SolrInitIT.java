package org.foilens.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.junit.jupiter.api.Test;

/**
 * {@code foilens solr init} on a real two-node SolrCloud: the collection it creates, what it says
 * when the collection exists or Solr cannot be reached, and the schema's {@code text_legal}
 * analyzing as foilens's own analyzer does.
 */
class SolrInitIT extends SolrCloudTestBase {

  static final List<String> TRICKY =
      List.of(
          "s.35(1)(a) and section 12(4)(b)",
          "IC-155171-G3W9",
          "EA/2019/0123",
          "FS50123456",
          "Café’s",
          "2018/19",
          "regulation 12(5)(e) EIR; 40(2) by virtue of 40(3A)(a)",
          "12a(3)(b)(ii)(x) deep",
          "35abc 35(1)x",
          "Don't O’Neill’s naïve Zoë",
          "GIA/2020/00123 GI/2019/12");

  @Test
  void createsTheCollectionAndSaysSoWhenItExists() throws Exception {
    Run created = foilens("solr", "init", "--solr", nodeUrls(), "--collection", "notices").ok();
    assertTrue(
        created.out().contains("created collection notices (2 shards x 2 replicas)"),
        created.out());

    cluster.waitForActiveCollection("notices", 2, 4);
    DocCollection state = cluster.getSolrClient().getClusterState().getCollection("notices");
    assertEquals("foilens", state.getConfigName());
    assertEquals(2, state.getSlices().size());
    List<String> nodes = new ArrayList<>();
    for (Slice shard : state.getSlices()) {
      assertEquals(2, shard.getReplicas().size(), shard.getName());
      for (Replica r : shard.getReplicas()) {
        assertEquals(Replica.State.ACTIVE, r.getState());
        nodes.add(r.getNodeName());
      }
    }
    assertEquals(2, nodes.stream().distinct().count(), "replicas spread over both nodes: " + nodes);

    Run again = foilens("solr", "init", "--solr", nodeUrls(), "--collection", "notices").ok();
    assertTrue(again.out().contains("already exists with configset foilens"), again.out());

    Run other =
        foilens(
            "solr",
            "init",
            "--solr",
            nodeUrls(),
            "--collection",
            "notices",
            "--configset",
            "other");
    assertEquals(1, other.exit());
    assertEquals(
        "foilens: collection notices already exists with configset foilens, not other; choose"
            + " another --collection",
        other.err().strip());
  }

  @Test
  void oneLineErrorsForUnreachableSolrMissingCollectionsAndZooKeeperAddresses() throws Exception {
    Run down = foilens("solr", "init", "--solr", "http://127.0.0.1:9/solr", "--collection", "x");
    assertNotEquals(0, down.exit());
    assertEquals(1, down.err().strip().lines().count(), down.err());
    assertEquals(
        "foilens: cannot reach Solr at http://127.0.0.1:9/solr: connection refused",
        down.err().strip());

    Run missing =
        foilens(
            "ingest",
            "--index",
            work.resolve("index-missing").toString(),
            "--solr",
            nodeUrls(),
            "--collection",
            "nope",
            ROOT.resolve("corpus/notices/fs50098765.pdf").toString());
    assertEquals(1, missing.exit());
    assertTrue(
        missing.err().strip().startsWith("foilens: Solr has no collection nope (at http://"),
        missing.err());
    assertTrue(
        missing
            .err()
            .strip()
            .endsWith("create it with: foilens solr init --solr URLS --collection nope"),
        missing.err());

    Run zk = foilens("solr", "init", "--solr", "zk1:2181", "--collection", "x");
    assertNotEquals(0, zk.exit());
    assertTrue(zk.err().contains("not a ZooKeeper address"), zk.err());
  }

  @Test
  void textLegalAnalyzesAsFoilensDoes() throws Exception {
    foilens(
            "solr",
            "init",
            "--solr",
            nodeUrls(),
            "--collection",
            "analysis",
            "--shards",
            "1",
            "--replicas",
            "1")
        .ok();
    List<String> args = new ArrayList<>(List.of("solr", "tokens"));
    args.addAll(TRICKY);
    List<String> index = foilens(args.toArray(String[]::new)).ok().out().lines().toList();
    args.add(2, "--query");
    List<String> query = foilens(args.toArray(String[]::new)).ok().out().lines().toList();
    String node = nodeUrls().split(",")[0];
    for (int i = 0; i < TRICKY.size(); i++) {
      String text = TRICKY.get(i);
      JsonNode analysis =
          solr(
                  node,
                  "analysis",
                  "/analysis/field",
                  "analysis.fieldtype",
                  "text_legal",
                  "analysis.fieldvalue",
                  text,
                  "analysis.query",
                  text)
              .path("analysis")
              .path("field_types")
              .path("text_legal");
      assertEquals(ours(index.get(i)), solrs(analysis.path("index")), "index: " + text);
      assertEquals(ours(query.get(i)), solrs(analysis.path("query")), "query: " + text);
      assertTrue(ours(index.get(i)).size() > 0, text);
    }
  }

  /** foilens's tokens, as "position:term". */
  private static List<String> ours(String line) throws Exception {
    List<String> out = new ArrayList<>();
    for (JsonNode t : JSON.readTree(line).path("tokens")) {
      out.add(t.path("position").asInt() + ":" + t.path("term").asText());
    }
    return out;
  }

  /** The tokens after the last stage of a Solr analysis chain, as "position:term". */
  private static List<String> solrs(JsonNode stages) {
    JsonNode last = stages.get(stages.size() - 1);
    List<String> out = new ArrayList<>();
    for (JsonNode t : last) {
      out.add(t.path("position").asInt() + ":" + t.path("text").asText());
    }
    return out;
  }
}
