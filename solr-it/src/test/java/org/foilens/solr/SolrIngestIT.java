package org.foilens.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code foilens ingest --solr} of the project's corpus into a two-shard, two-replica collection on
 * a real two-node SolrCloud, beside the embedded index: the same documents, unchanged files sending
 * nothing, a changed file replacing its whole block, a removed file pruned, a node going down while
 * reads and writes go on, and the records rebuilt into a new collection and a new index folder. The
 * steps build on each other, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrIngestIT extends SolrCloudTestBase {

  static final String COLLECTION = "foi";
  static Path corpus;
  static Path index;

  @BeforeAll
  static void initAndCopyCorpus() throws Exception {
    foilens("solr", "init", "--solr", nodeUrls(), "--collection", COLLECTION).ok();
    corpus = work.resolve("corpus");
    copy(ROOT.resolve("corpus"), corpus);
    index = work.resolve("index");
  }

  @Test
  @Order(1)
  void ingestSendsWhatTheEmbeddedIndexHolds() throws Exception {
    Run run = ingest(nodeUrls());
    assertTrue(run.out().contains("failed 0"), run.out());

    Map<String, String> solr = parents();
    JsonNode embedded = embeddedDocuments();
    assertTrue(embedded.path("total").asInt() >= 30, embedded.toString());
    assertEquals(embedded.path("total").asInt(), solr.size());
    Set<String> ids = new TreeSet<>();
    embedded.path("hits").forEach(h -> ids.add(h.path("id").asText()));
    assertEquals(ids, solr.keySet());
    Set<String> sources = new TreeSet<>();
    embedded.path("hits").forEach(h -> sources.add(h.path("source").asText()));
    assertEquals(sources, new TreeSet<>(solr.values()));

    assertTrue(count(COLLECTION, "doc_type:paragraph") > 100);
    assertTrue(count(COLLECTION, "doc_type:message") > 10);
    assertEquals(childrenInRecords(), childrenInSolr(COLLECTION));
    assertNoOrphans();
  }

  @Test
  @Order(2)
  void reingestOfUnchangedFilesSendsNothing() throws Exception {
    long version = maxVersion();
    long all = count(COLLECTION, "*:*");
    Run run = ingest(nodeUrls());
    assertTrue(run.out().contains("indexed 0, failed 0"), run.out());
    assertEquals(version, maxVersion(), "nothing was written to Solr");
    assertEquals(all, count(COLLECTION, "*:*"));
  }

  @Test
  @Order(3)
  void aChangedFileReplacesItsWholeBlock() throws Exception {
    Path thread = corpus.resolve("threads/mod-reserve-nationality.mbox");
    String id = idOf(thread);
    List<String> before = childUids(id, "message");
    assertTrue(before.size() >= 3, before.toString());
    long allBefore = count(COLLECTION, "*:*");

    String mbox = Files.readString(thread);
    int last = mbox.lastIndexOf("\nFrom ");
    Files.writeString(thread, mbox.substring(0, last + 1)); // the thread without its last message
    Run run = ingest(nodeUrls());
    assertTrue(run.out().contains("indexed 1, failed 0"), run.out());

    List<String> after = childUids(id, "message");
    assertEquals(before.size() - 1, after.size(), after.toString());
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= after.size(); i++) {
      expected.add(id + ".m" + i);
    }
    assertEquals(expected, after);
    assertEquals(1, count(COLLECTION, "uid:" + id));
    assertTrue(count(COLLECTION, "*:*") < allBefore, "the old block's children are gone");
    assertEquals(childrenInRecords(), childrenInSolr(COLLECTION));
    assertNoOrphans();
  }

  @Test
  @Order(4)
  void aRemovedFileIsPrunedWithItsChildren() throws Exception {
    Path notice = corpus.resolve("notices/fs50276543.pdf");
    String id = idOf(notice);
    assertTrue(count(COLLECTION, "id:" + id) > 1, "the notice and its paragraphs are there");
    long parents = count(COLLECTION, "doc_type:document");
    Files.delete(notice);
    Run run = ingest(nodeUrls(), "--prune");
    assertTrue(run.out().contains("pruned (files gone): 1"), run.out());
    assertEquals(0, count(COLLECTION, "id:" + id));
    assertEquals(parents - 1, count(COLLECTION, "doc_type:document"));
    assertEquals(embeddedDocuments().path("total").asLong(), parents - 1);
    assertEquals(childrenInRecords(), childrenInSolr(COLLECTION));
  }

  @Test
  @Order(5)
  void withANodeDownReadsAnswerAndWritesGoOn() throws Exception {
    long parents = count(COLLECTION, "doc_type:document");
    JettySolrRunner stopped = cluster.stopJettySolrRunner(1);
    String bothNodes =
        stopped.getBaseUrl()
            + ","
            + cluster.getJettySolrRunner(0).getBaseUrl(); // the stopped one first
    cluster.waitForJettyToStop(stopped);
    String alive = nodeUrls();
    assertEquals(1, alive.split(",").length);

    assertEquals(
        parents, count(COLLECTION, "doc_type:document"), "every shard still has a replica");

    // At once, while Solr may still be moving the stopped node's shard leaders: every document
    // again (rebuild loads no models, so it writes within seconds), the same ids, the same count.
    Run again =
        foilens(
                "rebuild",
                "--index",
                index.toString(),
                "--solr",
                bothNodes,
                "--collection",
                COLLECTION)
            .ok();
    assertEquals(parents, count(COLLECTION, "doc_type:document"), "upserts by id: nothing doubled");
    System.out.printf(
        Locale.ROOT,
        "rebuild just after a node stopped: %s, retries:%n%s%n",
        again.out().strip(),
        retries(again));

    Files.copy(
        ROOT.resolve("corpus/notices/fs50276543.pdf"),
        corpus.resolve("notices/fs50276543-again.pdf"));
    long start = System.nanoTime();
    Run run = ingest(bothNodes);
    assertTrue(run.out().contains("indexed 1, failed 0"), run.out());
    // For the record: whether the writer had to retry while Solr moved the shard leaders (on this
    // machine it usually did not: the leaders had moved while foilens loaded its models).
    System.out.printf(
        Locale.ROOT,
        "ingest with a node down: %.1f s; retries:%n%s%n",
        (System.nanoTime() - start) / 1e9,
        retries(run));
    assertEquals(parents + 1, count(COLLECTION, "doc_type:document"));

    cluster.startJettySolrRunner(stopped, true);
    cluster.waitForNode(stopped, 60);
    cluster.waitForActiveCollection(COLLECTION, 60, TimeUnit.SECONDS, 2, 4);
    for (String node : allNodeUrls().split(",")) {
      JsonNode r = solr(node, COLLECTION, "/select", "q", "doc_type:document", "rows", "0");
      assertEquals(parents + 1, r.path("response").path("numFound").asLong(), node);
    }
    assertNoOrphans();
  }

  @Test
  @Order(6)
  void rebuildFromRecordsGivesTheSameDocumentsWithoutParsing() throws Exception {
    foilens(
            "solr",
            "init",
            "--solr",
            nodeUrls(),
            "--collection",
            "rebuilt",
            "--shards",
            "1",
            "--replicas",
            "1")
        .ok();
    Run toSolr =
        foilens(
                "rebuild",
                "--index",
                index.toString(),
                "--solr",
                nodeUrls(),
                "--collection",
                "rebuilt")
            .ok();
    Map<String, String> original = parents();
    assertTrue(
        toSolr
            .out()
            .startsWith("rebuilt " + original.size() + " documents into collection rebuilt"),
        toSolr.out());
    JsonNode rebuilt =
        solr(
                nodeUrls().split(",")[0],
                "rebuilt",
                "/select",
                "q",
                "doc_type:document",
                "fl",
                "id,source",
                "rows",
                "1000")
            .path("response")
            .path("docs");
    Map<String, String> copy = new TreeMap<>();
    rebuilt.forEach(d -> copy.put(d.path("id").asText(), d.path("source").asText()));
    assertEquals(original, copy);
    assertEquals(childrenInSolr(COLLECTION), childrenInSolr("rebuilt"));
    assertEquals(childrenInRecords(), childrenInSolr("rebuilt"));

    Path newIndex = work.resolve("index-rebuilt");
    Run toIndex =
        foilens("rebuild", "--index", index.toString(), "--to-index", newIndex.toString()).ok();
    assertTrue(
        toIndex.out().startsWith("rebuilt " + original.size() + " documents into"), toIndex.out());
    JsonNode embedded =
        JSON.readTree(
            foilens("search", "--index", newIndex.toString(), "--json", "--limit", "100", "*:*")
                .ok()
                .out());
    Set<String> ids = new TreeSet<>();
    embedded.path("hits").forEach(h -> ids.add(h.path("id").asText()));
    assertEquals(original.keySet(), ids);
    assertTrue(
        Files.isRegularFile(newIndex.resolve("records.jsonl")), "the new index keeps records too");
  }

  /** Children per doc_type in a collection. */
  static Map<String, Long> childrenInSolr(String collection) throws Exception {
    Map<String, Long> out = new TreeMap<>();
    for (String type : List.of("paragraph", "message", "attachment")) {
      out.put(type, count(collection, "doc_type:" + type));
    }
    return out;
  }

  /**
   * Children per doc_type that the live records of the index folder call for: a paragraph per
   * numbered paragraph, a message per message, an attachment per attachment with text.
   */
  static Map<String, Long> childrenInRecords() throws Exception {
    Map<String, JsonNode> live = new TreeMap<>();
    for (String line : Files.readAllLines(index.resolve("records.jsonl"))) {
      JsonNode r = JSON.readTree(line);
      if (r.path("op").asText().equals("put")) {
        live.put(r.path("id").asText(), r);
      } else {
        live.remove(r.path("id").asText());
      }
    }
    Map<String, Long> out = new TreeMap<>(Map.of("paragraph", 0L, "message", 0L, "attachment", 0L));
    for (JsonNode r : live.values()) {
      for (JsonNode part : r.path("document").path("parts")) {
        out.merge("paragraph", (long) part.path("paragraphs").size(), Long::sum);
      }
      for (JsonNode m : r.path("messages")) {
        out.merge("message", 1L, Long::sum);
        for (JsonNode f : m.path("files")) {
          if (!f.path("text").asText().isBlank()) {
            out.merge("attachment", 1L, Long::sum);
          }
        }
      }
    }
    return out;
  }

  /** The writer's retry warnings in a run's stderr. */
  static String retries(Run run) {
    return run.err()
        .lines()
        .filter(l -> l.contains("retrying"))
        .reduce("", (a, b) -> a + "  " + b + "\n");
  }

  /** Runs an ingest of the corpus copy into the index folder and the collection. */
  static Run ingest(String nodes, String... more) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "ingest",
                "--index",
                index.toString(),
                "--solr",
                nodes,
                "--collection",
                COLLECTION,
                "--threads",
                "2"));
    args.addAll(List.of(more));
    args.add(corpus.toString());
    return foilens(args.toArray(String[]::new)).ok();
  }

  /** The embedded index's documents, through foilens search. */
  static JsonNode embeddedDocuments() throws Exception {
    return JSON.readTree(
        foilens("search", "--index", index.toString(), "--json", "--limit", "100", "*:*")
            .ok()
            .out());
  }

  /** Solr's parents: id to source. */
  static Map<String, String> parents() throws Exception {
    JsonNode docs = select("doc_type:document", "id,source", 1000);
    Map<String, String> out = new TreeMap<>();
    docs.forEach(d -> out.put(d.path("id").asText(), d.path("source").asText()));
    return out;
  }

  /** The uids of a document's children of one type, in uid order. */
  static List<String> childUids(String id, String docType) throws Exception {
    List<String> uids = new ArrayList<>();
    for (JsonNode d : select("id:" + id + " AND doc_type:" + docType, "uid", 1000)) {
      uids.add(d.path("uid").asText());
    }
    uids.sort(Comparator.comparingInt(u -> Integer.parseInt(u.substring(u.lastIndexOf(".m") + 2))));
    return uids;
  }

  /** Every child's id is a parent's. */
  static void assertNoOrphans() throws Exception {
    Set<String> parentIds = parents().keySet();
    JsonNode facets =
        solr(
                nodeUrls().split(",")[0],
                COLLECTION,
                "/select",
                "q",
                "-doc_type:document",
                "rows",
                "0",
                "facet",
                "true",
                "facet.field",
                "id",
                "facet.limit",
                "-1",
                "facet.mincount",
                "1")
            .path("facet_counts")
            .path("facet_fields")
            .path("id");
    Set<String> childIds = new TreeSet<>();
    for (int i = 0; i < facets.size(); i += 2) {
      childIds.add(facets.get(i).asText());
    }
    assertFalse(childIds.isEmpty());
    childIds.removeAll(parentIds);
    assertEquals(Set.of(), childIds, "children without a parent");
  }

  static JsonNode select(String q, String fl, int rows) throws Exception {
    return solr(
            nodeUrls().split(",")[0],
            COLLECTION,
            "/select",
            "q",
            q,
            "fl",
            fl,
            "rows",
            Integer.toString(rows))
        .path("response")
        .path("docs");
  }

  static long maxVersion() throws Exception {
    JsonNode docs =
        solr(
                nodeUrls().split(",")[0],
                COLLECTION,
                "/select",
                "q",
                "*:*",
                "fl",
                "_version_",
                "rows",
                "1",
                "sort",
                "_version_ desc")
            .path("response")
            .path("docs");
    assertNotEquals(0, docs.size());
    return docs.get(0).path("_version_").asLong();
  }

  /** The document id foilens gives a file: from its source path as the ingest wrote it. */
  static String idOf(Path file) throws Exception {
    String source = file.toString().replace('\\', '/');
    JsonNode docs = select("source:\"" + source + "\"", "id", 1);
    assertEquals(1, docs.size(), "indexed: " + source);
    return docs.get(0).path("id").asText();
  }

  static void copy(Path from, Path to) throws Exception {
    try (var files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }
}
