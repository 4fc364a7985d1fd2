package org.foilens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailureLedgerTest {

  @TempDir Path index;

  private static FailureEntry entry(String path, String sha) {
    return new FailureEntry(
        path,
        sha,
        "extract",
        "cannot parse " + path + ": broken",
        "java.io.IOException",
        "1",
        "2024-01-01T00:00:00Z");
  }

  @Test
  void keepsOneEntryPerPathAndSurvivesARoundTrip() throws IOException {
    FailureLedger ledger = FailureLedger.load(index);
    ledger.record(entry("b.pdf", "11"));
    ledger.record(entry("a.pdf", "22"));
    ledger.record(entry("b.pdf", "33")); // the file changed and failed again
    ledger.save();

    List<String> lines =
        Files.readAllLines(index.resolve(FailureLedger.FILE_NAME), StandardCharsets.UTF_8);
    assertEquals(2, lines.size(), lines.toString());
    assertFalse(Files.exists(index.resolve(FailureLedger.FILE_NAME + ".tmp")));

    FailureLedger again = FailureLedger.load(index);
    assertEquals(List.of(entry("a.pdf", "22"), entry("b.pdf", "33")), again.entries());
    assertTrue(
        lines
            .get(0)
            .startsWith("{\"path\":\"a.pdf\",\"sha256\":\"22\",\"stage\":\"extract\",\"reason\":"),
        lines.get(0));
  }

  @Test
  void aFileThatNowSucceedsDropsOut() throws IOException {
    FailureLedger ledger = FailureLedger.load(index);
    ledger.record(entry("a.pdf", "1"));
    ledger.record(entry("b.pdf", "2"));
    ledger.save();
    ledger.remove("a.pdf");
    ledger.save();
    assertEquals(List.of(entry("b.pdf", "2")), FailureLedger.load(index).entries());
  }

  @Test
  void removesByPath() throws IOException {
    FailureLedger ledger = FailureLedger.load(index);
    ledger.record(entry("in/a.pdf", "1"));
    ledger.record(entry("in/sub/b.pdf", "2"));
    ledger.record(entry("other/c.pdf", "3"));
    assertEquals(List.of("in/a.pdf", "in/sub/b.pdf"), ledger.removeIf(p -> p.startsWith("in/")));
    assertEquals(List.of(entry("other/c.pdf", "3")), ledger.entries());
  }

  @Test
  void readsAnOldAppendOnlyLedgerWithRepeatsAndRewritesItWithoutThem() throws IOException {
    Path file = index.resolve(FailureLedger.FILE_NAME);
    Files.writeString(
        file,
        "{\"path\":\"a.pdf\",\"sha256\":\"1\",\"stage\":\"extract\",\"reason\":\"old\",\"time\":\"t1\"}\n"
            + "{\"path\":\"a.pdf\",\"sha256\":\"1\",\"stage\":\"extract\",\"reason\":\"new\",\"time\":\"t2\"}\n",
        StandardCharsets.UTF_8);
    FailureLedger ledger = FailureLedger.load(index);
    assertEquals(1, ledger.entries().size());
    assertEquals("new", ledger.entries().get(0).reason());
    ledger.save();
    assertEquals(1, Files.readAllLines(file, StandardCharsets.UTF_8).size());
  }

  @Test
  void aDamagedLedgerIsAnErrorThatSaysWhere() throws IOException {
    Files.writeString(
        index.resolve(FailureLedger.FILE_NAME),
        "{\"path\":\"a.pdf\"}\n{\"path\":",
        StandardCharsets.UTF_8);
    IOException e = assertThrows(IOException.class, () -> FailureLedger.load(index));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }
}
