package org.foilens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.foilens.model.AnalyzedDocument;
import org.foilens.source.SourceWalker;
import org.junit.jupiter.api.Test;

/**
 * Every corrupt, encrypted, odd or hostile file in the shared robustness set gives exactly one
 * record, and a failure says in words what went wrong.
 */
class RobustnessIT {

  @Test
  void everyFileEndsInARecordAndFailuresAreReadable() throws Exception {
    Path robustness = TestData.shared().resolve("robustness");
    List<Path> files = new SourceWalker().list(List.of(robustness));
    assertTrue(files.size() > 150, "expected the whole robustness set, got " + files.size());
    List<AnalyzedDocument> results = new ArrayList<>();
    new BatchRunner(TestPipeline.pipeline(), 2).run(files, a -> results.add(a.document()));
    assertEquals(files.size(), results.size());
    int failures = 0;
    for (int i = 0; i < files.size(); i++) {
      AnalyzedDocument d = results.get(i);
      assertEquals(files.get(i).toString(), d.source());
      if (d.error() != null) {
        failures++;
        assertFalse(
            d.error().contains("Exception"), "a failure should read as a sentence: " + d.error());
        assertNotNull(d.origin().sha256());
      } else {
        assertNotNull(d.kind());
      }
    }
    long encrypted =
        results.stream().filter(d -> d.error() != null && d.error().contains("encrypted")).count();
    assertTrue(encrypted >= 3, "the encrypted PDFs should say so, found " + encrypted);
    assertTrue(failures < files.size() / 10, "too many failures: " + failures);
  }
}
