package org.foilens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FailureEntryTest {

  private static FailureEntry failed(String path, String reason) {
    return new FailureEntry(path, "ab", "extract", reason, null, "0.1.0", "2024-01-01T00:00:00Z");
  }

  @Test
  void reasonsGroupWithoutTheFilesOwnPath() {
    assertEquals(
        "cannot parse: XML parse error",
        failed("in/bad.xml", "cannot parse in/bad.xml: XML parse error").reasonWithoutPath());
    assertEquals(
        "encrypted document, no password configured",
        failed("x/y.pdf", "encrypted document, no password configured: x/y.pdf")
            .reasonWithoutPath());
    assertEquals(
        "empty file (0 bytes)", failed("e.txt", "empty file (0 bytes): e.txt").reasonWithoutPath());
    assertEquals(
        "timed out after 120 s", failed("slow.pdf", "timed out after 120 s").reasonWithoutPath());
  }

  @Test
  void theSameContentAndPipelineIsNotTriedAgain() {
    FailureEntry f = failed("a.pdf", "broken");
    assertTrue(f.isSameAttempt("ab", "0.1.0"));
    assertFalse(f.isSameAttempt("cd", "0.1.0"), "the file changed");
    assertFalse(f.isSameAttempt("ab", "0.2.0"), "the pipeline changed");
    FailureEntry unreadable =
        new FailureEntry("a.pdf", null, "source", "cannot read file", null, "0.1.0", "t");
    assertFalse(unreadable.isSameAttempt("ab", "0.1.0"), "an unread file has no hash to compare");
    FailureEntry oldLedger = new FailureEntry("a.pdf", "ab", "extract", "broken", null, null, "t");
    assertFalse(oldLedger.isSameAttempt("ab", "0.1.0"), "a ledger from before versions were kept");
  }
}
