package org.foilens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.foilens.TestData;
import org.foilens.TestPipeline;
import org.foilens.index.FoiSearcher;
import org.foilens.index.IndexedDocuments;
import org.foilens.index.LuceneIndexWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest --join-threads} on a folder of separate mail files: the threads are indexed, an
 * unchanged folder is skipped on the next run, a changed file re-joins the folder, and pruning
 * leaves the joined threads alone.
 */
class JoinedThreadIngestIT {

  @TempDir Path work;

  private IngestSummary ingest(Path index, Path folder) throws Exception {
    return new IngestRun(
            index,
            new IngestRun.Settings(100, Duration.ofSeconds(10), true, 1),
            TestPipeline::pipeline,
            IngestProgress.NONE,
            true)
        .run(List.of(folder));
  }

  private static Set<String> sources(Path index, String folder) throws Exception {
    try (LuceneIndexWriter w = new LuceneIndexWriter(index);
        IndexedDocuments docs = w.indexedDocuments()) {
      Set<String> names = new TreeSet<>();
      for (String s : docs.sourcesUnder(folder)) {
        names.add(s.substring(s.lastIndexOf('/') + 1));
      }
      return names;
    }
  }

  @Test
  void joinedThreadsAreIndexedOnceAndReJoinedWhenAFileChanges() throws Exception {
    Path folder = work.resolve("mail");
    Files.createDirectories(folder);
    Path fixtures = TestData.root().resolve("pipeline/analysis/src/test/resources/split-thread");
    try (var files = Files.list(fixtures)) {
      for (Path f : files.toList()) {
        Files.copy(f, folder.resolve(f.getFileName()));
      }
    }
    Path index = work.resolve("index");
    IngestSummary first = ingest(index, folder);
    assertEquals(3, first.indexed());
    assertEquals(
        Set.of("01-request.eml#thread", "05-forwarded-copy.eml#thread", "07-other-request.eml"),
        sources(index, folder.toString()));
    try (FoiSearcher searcher = new FoiSearcher(index)) {
      assertEquals(
          1,
          searcher
              .search("\"conducts Freedom of Information reviews\" AND \"1,184 claims\"", 10, 0)
              .total(),
          "the request's files are one document");
    }

    IngestSummary again = ingest(index, folder);
    assertEquals(0, again.indexed(), "an unchanged folder is not parsed again");
    assertEquals(3, again.unchanged());
    assertEquals(0, again.pruned(), "pruning leaves joined threads alone");

    Files.writeString(
        folder.resolve("07-other-request.eml"),
        Files.readString(folder.resolve("07-other-request.eml"))
            .replace("library branches", "leisure centres"));
    IngestSummary changed = ingest(index, folder);
    assertEquals(3, changed.indexed(), "the folder's threads are joined again");
    assertEquals(3, sources(index, folder.toString()).size(), "no duplicates after re-joining");
    try (FoiSearcher searcher = new FoiSearcher(index)) {
      assertEquals(1, searcher.search("\"leisure centres\"", 10, 0).total());
      assertTrue(searcher.search("\"library branches\"", 10, 0).total() == 0);
    }
  }
}
