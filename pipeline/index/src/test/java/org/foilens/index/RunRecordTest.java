package org.foilens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.foilens.PipelineVersion;
import org.foilens.TestData;
import org.foilens.model.AnalyzedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run record travels in the commit user data, and intermediate commits keep it. */
class RunRecordTest {

  @TempDir Path index;

  private static AnalyzedDocument doc(String source, String kind) {
    return TestData.document(source, "ab", kind);
  }

  @Test
  void aCompletedRunIsRecordedAndSurvivesLaterCommits() throws Exception {
    Instant started = Instant.parse("2024-05-01T10:00:00Z");
    Instant finished = Instant.parse("2024-05-01T10:05:00Z");
    try (LuceneIndexWriter writer = new LuceneIndexWriter(index)) {
      assertEquals(new RunRecord(null, null, null), writer.runRecord());
      writer.write(doc("a.pdf", "decision_notice"), "text");
      writer.commit(writer.runRecord().started(started));
      assertEquals(
          new RunRecord(null, null, started),
          IndexInventory.read(index, PipelineVersion.CURRENT).run());
      writer.write(doc("b.eml", "foi_thread"), "text");
      writer.write(doc("c.eml", "foi_thread"), "text");
      writer.commit(writer.runRecord().completed(finished, "9.9"));
    }
    try (LuceneIndexWriter writer = new LuceneIndexWriter(index)) {
      writer.delete("c.eml");
      writer.commit(); // a commit without a run record keeps the last one
    }
    IndexInventory inventory = IndexInventory.read(index, PipelineVersion.CURRENT);
    assertEquals(new RunRecord(finished, "9.9", null), inventory.run());
    assertEquals(2, inventory.documents());
    assertEquals(Map.of("decision_notice", 1L, "foi_thread", 1L), inventory.byKind());
    assertEquals(2, inventory.sources());
    assertEquals(0, inventory.otherPipelineVersions());
  }

  @Test
  void commitDataRoundTrip() {
    RunRecord none = RunRecord.fromCommitData(Map.of());
    assertNull(none.lastRun());
    RunRecord r =
        new RunRecord(
            Instant.parse("2024-01-02T03:04:05Z"), "0.1.0", Instant.parse("2024-01-03T00:00:00Z"));
    assertEquals(r, RunRecord.fromCommitData(r.toCommitData()));
  }
}
