package org.foilens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongPredicate;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.foilens.ForkedFoilens;
import org.foilens.PipelineVersion;
import org.foilens.TestData;
import org.foilens.TestPipeline;
import org.foilens.index.IndexInventory;
import org.foilens.index.IndexSchema;
import org.foilens.index.RunRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} during a real ingest, at several points: during start-up, while the models load,
 * and in the middle of the analysis between frequent commits. After each kill the index opens and
 * holds no duplicates; running the same ingest again then ends with exactly the documents and
 * failures of a clean run.
 */
class CrashRecoveryIT {

  @TempDir Path work;

  @Test
  void aKilledIngestRunAgainEndsLikeACleanRun() throws Exception {
    Path in = input();
    long t0 = System.nanoTime();
    // The reference run goes in-process, with the test run's already loaded pipeline, to save time.
    new IngestRun(
            work.resolve("clean"),
            new IngestRun.Settings(500, Duration.ofSeconds(10), false, 2),
            TestPipeline::pipeline,
            IngestProgress.NONE)
        .run(List.of(in));
    System.out.printf(
        Locale.ROOT, "clean run (in-process): %.1f s%n", (System.nanoTime() - t0) / 1e9);
    Set<String> expectedDocs = documents(work.resolve("clean"));
    Set<String> expectedFailures = failures(work.resolve("clean"));
    int total = expectedDocs.size();
    assertTrue(total > 150, "too few documents to kill a run in the middle: " + total);

    Path index = work.resolve("killed");
    String[] killed = args(index, in);
    int run = 0;
    for (double seconds : new double[] {0.5, 1.5, 3.0}) {
      killAfter(
          ++run, killed, index, elapsed -> elapsed >= seconds * 1e9, "after " + seconds + " s");
    }
    for (double share : new double[] {0.3, 0.6}) {
      long previously = documents(index).size();
      long target = Math.max(previously + 10, Math.round(total * share));
      killAfter(
          ++run,
          killed,
          index,
          elapsed -> committed(index) >= target,
          "once " + target + " documents were committed");
      assertNotNull(
          IndexInventory.read(index, PipelineVersion.CURRENT).run().runStarted(),
          "the index should say a run started and did not complete");
    }
    assertEquals(0, ForkedFoilens.run(work, work.resolve("final.log"), killed), log("final.log"));
    System.out.println("re-run to completion: " + summary(log("final.log")));

    RunRecord record = IndexInventory.read(index, PipelineVersion.CURRENT).run();
    assertNull(record.runStarted(), "the last run completed");
    assertNotNull(record.lastRun());
    assertEquals(
        expectedDocs, documents(index), "(id, sha256) of every document, as a clean run has them");
    assertEquals(
        paragraphs(work.resolve("clean")),
        paragraphs(index),
        "paragraphs, as a clean run has them");
    assertEquals(
        expectedFailures,
        failures(index),
        "(path, sha256) of every failure, as a clean run has them");
  }

  /**
   * Starts a run, SIGKILLs it when {@code due} says so (or when it ends by itself), and checks the
   * index it leaves.
   */
  private void killAfter(int run, String[] args, Path index, LongPredicate due, String when)
      throws Exception {
    Path log = work.resolve("killed-" + run + ".log");
    Process p = ForkedFoilens.start(work, log, args);
    long start = System.nanoTime();
    while (p.isAlive() && !due.test(System.nanoTime() - start)) {
      Thread.sleep(100); // opening the index to count is not free: the child needs both cores
    }
    boolean killed = p.isAlive();
    p.destroyForcibly().waitFor();
    Set<String> docs = documents(index); // the index opens
    Set<String> failures = failures(index);
    System.out.printf(
        Locale.ROOT,
        "run %d: %s at %.1f s %s; index holds %d documents, ledger %d failures%n",
        run,
        killed ? "killed" : "ended by itself",
        (System.nanoTime() - start) / 1e9,
        when,
        docs.size(),
        failures.size());
  }

  /** Documents (not paragraphs) committed so far, or 0 while there is no index yet. */
  private static long committed(Path index) {
    try (FSDirectory dir = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(dir)) {
        return 0;
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        return new IndexSearcher(reader).count(IndexSchema.documentsOnly());
      }
    } catch (IOException e) {
      throw new IllegalStateException(
          "the index of a running ingest cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * "id sha256" of every live document (not its paragraphs); fails on a duplicate id or source, or
   * on a Lucene document that is neither a document nor a paragraph.
   */
  private static Set<String> documents(Path index) throws IOException {
    if (!Files.exists(index)) {
      return Set.of();
    }
    Set<String> docs = new TreeSet<>();
    Set<String> sources = new HashSet<>();
    try (FSDirectory dir = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(dir)) {
        return Set.of(); // killed before the writer was opened
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query documents = IndexSchema.documentsOnly();
        StoredFields stored = reader.storedFields();
        for (ScoreDoc hit :
            searcher.search(documents, Math.max(1, searcher.count(documents))).scoreDocs) {
          Document d =
              stored.document(
                  hit.doc, Set.of(IndexSchema.ID, IndexSchema.SOURCE, IndexSchema.SHA256));
          assertTrue(
              docs.add(d.get(IndexSchema.ID) + " " + d.get(IndexSchema.SHA256)), "duplicate " + d);
          assertTrue(sources.add(d.get(IndexSchema.SOURCE)), "duplicate source " + d);
        }
        assertEquals(
            reader.numDocs(),
            docs.size() + searcher.count(IndexSchema.childrenOnly()),
            "every Lucene document is a document or a child in its block");
      }
    }
    return docs;
  }

  /** How many paragraphs the documents' blocks hold: a duplicated block would show here. */
  private static int paragraphs(Path index) throws IOException {
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return new IndexSearcher(reader).count(IndexSchema.paragraphsOnly());
    }
  }

  /** "path sha256" of every ledger entry; fails on a duplicate line for the same path and hash. */
  private static Set<String> failures(Path index) throws IOException {
    Set<String> failures = new TreeSet<>();
    for (FailureEntry f :
        Files.exists(index) ? FailureLedger.load(index).entries() : List.<FailureEntry>of()) {
      assertTrue(failures.add(f.path() + " " + f.sha256()), "duplicate failure " + f);
    }
    Path file = index.resolve(FailureLedger.FILE_NAME);
    if (Files.exists(file)) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      assertEquals(failures.size(), lines.size(), "one ledger line per failed input: " + lines);
    }
    return failures;
  }

  /**
   * The bundled corpus, the seeds and the robustness set, copied so that every run sees one tree.
   */
  private Path input() throws IOException {
    Path in = work.resolve("in");
    copy(TestData.root().resolve("corpus"), in.resolve("corpus"));
    copy(TestData.shared().resolve("seeds"), in.resolve("seeds"));
    copy(TestData.shared().resolve("robustness"), in.resolve("robustness"));
    return in;
  }

  private static void copy(Path from, Path to) throws IOException {
    List<Path> all;
    try (Stream<Path> s = Files.walk(from)) {
      all = new ArrayList<>(s.toList());
    }
    for (Path p : all) {
      Path target = to.resolve(from.relativize(p).toString());
      if (Files.isDirectory(p)) {
        Files.createDirectories(target);
      } else {
        Files.copy(p, target);
      }
    }
  }

  private static String[] args(Path index, Path in) {
    return new String[] {
      "ingest",
      "--threads",
      "2",
      "--commit-every",
      "10",
      "--commit-interval",
      "1",
      "--ocr",
      "off",
      "--index",
      index.toString(),
      in.toString()
    };
  }

  private String log(String name) throws IOException {
    return Files.readString(work.resolve(name), StandardCharsets.UTF_8);
  }

  /** The summary lines of a run's output that say what it did. */
  private static String summary(String output) {
    return String.join(
        " | ",
        output
            .lines()
            .filter(
                l ->
                    l.startsWith("indexed ")
                        || l.contains("unchanged")
                        || l.contains("not retried"))
            .map(String::strip)
            .toList());
  }
}
