package org.foilens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;
import org.foilens.ForkedFoilens;
import org.foilens.PipelineVersion;
import org.foilens.TestData;
import org.foilens.index.IndexInventory;
import org.foilens.index.LuceneIndexWriter;
import org.foilens.source.SourceWalker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest --watch} as a user runs it: a real process, a file dropped in, then Ctrl-C. */
class WatchIT {

  @TempDir Path work;

  @Test
  void aFileDroppedIntoTheWatchedFolderIsIndexed() throws Exception {
    Path inbox = Files.createDirectories(work.resolve("inbox"));
    Files.copy(TestData.seed("003_"), inbox.resolve("first.txt"));
    Path index = work.resolve("index");
    Path log = work.resolve("watch.log");
    Process p =
        ForkedFoilens.start(
            work,
            log,
            "ingest",
            "--index",
            index.toString(),
            "--threads",
            "1",
            "--watch",
            "--watch-interval",
            "1",
            inbox.toString());
    try {
      awaitDocuments(index, n -> n == 1, p, log);

      // written in two steps, as a slow copy does; the watch takes what stays still for a poll
      Path dropped = inbox.resolve("dropped.txt");
      String text = Files.readString(TestData.seed("001_"), StandardCharsets.UTF_8);
      Files.writeString(dropped, text.substring(0, text.length() / 2), StandardCharsets.UTF_8);
      Thread.sleep(200);
      Files.writeString(dropped, text, StandardCharsets.UTF_8);
      awaitDocuments(index, n -> n == 2, p, log);
      Thread.sleep(2500); // a partly written file seen still for a poll would be read again now
    } finally {
      p.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the shutdown hook ends the watch
    }
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the watch ends when interrupted");
    String printed = Files.readString(log, StandardCharsets.UTF_8);
    assertTrue(printed.contains("watch ended: "), printed);
    assertTrue(printed.contains("indexed 1,"), printed);
    try (LuceneIndexWriter writer = new LuceneIndexWriter(index);
        var indexed = writer.indexedDocuments()) {
      Path dropped = inbox.resolve("dropped.txt");
      assertEquals(
          SourceWalker.describe(dropped).sha256(),
          indexed.find(dropped.toString()).orElseThrow().sha256(),
          "the whole file, not its first half");
    }
  }

  private static void awaitDocuments(Path index, LongPredicate wanted, Process p, Path log)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      assertTrue(p.isAlive(), () -> "the watch stopped: " + read(log));
      if (Files.isDirectory(index)) {
        try {
          IndexInventory inventory = IndexInventory.read(index, PipelineVersion.CURRENT);
          if (wanted.test(inventory.documents()) && inventory.run().lastRun() != null) {
            return;
          }
        } catch (IOException e) {
          // not committed yet
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the document did not arrive: " + read(log));
  }

  private static String read(Path log) {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
