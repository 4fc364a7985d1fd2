package org.foilens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.foilens.PipelineVersion;
import org.foilens.TestData;
import org.foilens.index.IndexedDocuments;
import org.foilens.index.LuceneIndexWriter;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.SourceDocument;
import org.foilens.source.SourceWalker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run decides to do, against a real Lucene index and ledger, without any parsing. */
class IngestPlannerTest {

  @TempDir Path work;
  private Path in;
  private Path index;

  @BeforeEach
  void files() throws IOException {
    in = Files.createDirectories(work.resolve("in"));
    index = work.resolve("index");
    Files.createDirectories(in.resolve("sub"));
    for (String name :
        List.of("same.txt", "changed.txt", "new.txt", "failed.txt", "sub/failed-changed.txt")) {
      Files.writeString(in.resolve(name), "content of " + name, StandardCharsets.UTF_8);
    }
  }

  private static AnalyzedDocument indexed(SourceDocument s) {
    return TestData.document(s.displayPath(), s.sha256(), "other");
  }

  private static FailureEntry failed(SourceDocument s) {
    return new FailureEntry(
        s.displayPath(), s.sha256(), "extract", "cannot parse", null, PipelineVersion.CURRENT, "t");
  }

  @Test
  void parsesOnlyNewAndChangedFilesAndDoesNotRetryKnownFailures() throws IOException {
    FailureLedger ledger = FailureLedger.load(index);
    try (LuceneIndexWriter writer = new LuceneIndexWriter(index)) {
      writer.write(indexed(SourceWalker.describe(in.resolve("same.txt"))), "body");
      writer.write(indexed(SourceWalker.describe(in.resolve("changed.txt"))), "body");
      writer.write(indexed(SourceWalker.describe(in.resolve("failed.txt"))), "body");
      Files.writeString(in.resolve("failed.txt"), "broken since", StandardCharsets.UTF_8);
      ledger.record(
          failed(SourceWalker.describe(in.resolve("failed.txt")))); // indexed, changed, failed
      ledger.record(failed(SourceWalker.describe(in.resolve("sub/failed-changed.txt"))));
      writer.commit();
      Files.writeString(in.resolve("changed.txt"), "new content", StandardCharsets.UTF_8);
      Files.writeString(in.resolve("sub/failed-changed.txt"), "fixed", StandardCharsets.UTF_8);

      IngestPlan plan = plan(writer, ledger, List.of(in), false);

      assertEquals(List.of(path("same.txt")), plan.unchanged());
      assertEquals(
          List.of(path("changed.txt"), path("new.txt"), path("sub/failed-changed.txt")),
          plan.toAnalyze().stream().map(SourceDocument::displayPath).toList());
      assertEquals(
          List.of(path("failed.txt")),
          plan.knownFailures().stream().map(FailureEntry::path).toList());
      assertEquals(List.of(path("failed.txt")), plan.staleDocuments(), "its old document must go");
      assertEquals(5, plan.inputs());
      assertTrue(plan.prunedDocuments().isEmpty() && plan.prunedFailures().isEmpty());
    }
  }

  @Test
  void prunesOnlyWhatIsGoneFromUnderTheGivenPaths() throws IOException {
    FailureLedger ledger = FailureLedger.load(index);
    Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("kept.txt"), "x", StandardCharsets.UTF_8);
    try (LuceneIndexWriter writer = new LuceneIndexWriter(index)) {
      writer.write(indexed(SourceWalker.describe(in.resolve("same.txt"))), "body");
      writer.write(indexed(SourceWalker.describe(in.resolve("sub/failed-changed.txt"))), "body");
      writer.write(indexed(SourceWalker.describe(elsewhere.resolve("kept.txt"))), "body");
      ledger.record(failed(SourceWalker.describe(in.resolve("failed.txt"))));
      writer.commit();
      Files.delete(in.resolve("same.txt"));
      Files.delete(in.resolve("sub/failed-changed.txt"));
      Files.delete(in.resolve("failed.txt"));
      Files.delete(elsewhere.resolve("kept.txt"));

      assertTrue(
          plan(writer, ledger, List.of(in), false).prunedDocuments().isEmpty(),
          "only with --prune");
      IngestPlan plan = plan(writer, ledger, List.of(in), true);
      assertEquals(
          List.of(path("same.txt"), path("sub/failed-changed.txt")),
          plan.prunedDocuments().stream().sorted().toList());
      assertEquals(List.of(path("failed.txt")), plan.prunedFailures());
    }
  }

  @Test
  void underMeansTheFolderItselfOrBelowIt() {
    assertTrue(IngestPlanner.isUnder("corpus/a.pdf", "corpus"));
    assertTrue(IngestPlanner.isUnder("corpus/a.pdf", "corpus/"));
    assertTrue(IngestPlanner.isUnder("corpus/a.pdf", "corpus/a.pdf"));
    assertTrue(!IngestPlanner.isUnder("corpus2/a.pdf", "corpus"));
  }

  private String path(String name) {
    return in.resolve(name).toString();
  }

  private static IngestPlan plan(
      LuceneIndexWriter writer, FailureLedger ledger, List<Path> roots, boolean prune)
      throws IOException {
    List<Path> files = new SourceWalker().list(roots);
    try (IndexedDocuments indexed = writer.indexedDocuments()) {
      return new IngestPlanner(indexed, ledger, PipelineVersion.CURRENT).plan(files, roots, prune);
    }
  }
}
