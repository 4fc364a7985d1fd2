package org.foilens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.foilens.CliRun;
import org.foilens.TestData;
import org.foilens.index.IndexedDocument;
import org.foilens.index.LuceneIndexWriter;
import org.foilens.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same content under several names is stored once, under its first path in name order, and
 * lists the others; the grouping follows the files as they change, appear and go.
 */
class DuplicatesIT {

  @TempDir Path work;

  @Test
  void sameContentIsStoredOnceAndLinkedFromEachPlace() throws Exception {
    Path in = Files.createDirectories(work.resolve("in"));
    String notice = Files.readString(TestData.seed("003_"), StandardCharsets.UTF_8);
    Files.writeString(in.resolve("a.txt"), notice, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("b.txt"), notice, StandardCharsets.UTF_8);
    Files.writeString(
        in.resolve("c.txt"), "A letter about something else.", StandardCharsets.UTF_8);
    Path index = work.resolve("index");

    String first = ingest(index, in);
    assertTrue(first.contains("indexed 2,"), first);
    assertTrue(first.contains("duplicates (same content as a document, stored once): 1"), first);
    assertStatus(index, 2, 3);
    assertEquals(List.of(path(in, "b.txt")), stored(index, path(in, "a.txt")).duplicates());
    assertEquals(
        path(in, "a.txt"), stored(index, path(in, "b.txt")).source(), "found by either name");

    String again = ingest(index, in);
    assertTrue(again.contains("indexed 0,") && again.contains("unchanged, skipped: 3"), again);

    // b changes: it gets its own document, and a no longer lists it
    Files.writeString(in.resolve("b.txt"), notice + "\nA postscript.", StandardCharsets.UTF_8);
    ingest(index, in);
    assertStatus(index, 3, 3);
    assertEquals(List.of(), stored(index, path(in, "a.txt")).duplicates());

    // c becomes a copy of a: one document again, for a and c
    Files.writeString(in.resolve("c.txt"), notice, StandardCharsets.UTF_8);
    ingest(index, in);
    assertStatus(index, 2, 3);
    assertEquals(List.of(path(in, "c.txt")), stored(index, path(in, "a.txt")).duplicates());

    // a goes: with --prune, c holds the content now
    Files.delete(in.resolve("a.txt"));
    ingest(index, in, "--prune");
    assertStatus(index, 2, 2);
    IndexedDocument c = stored(index, path(in, "c.txt"));
    assertEquals(path(in, "c.txt"), c.source());
    assertEquals(List.of(), c.duplicates());
  }

  private static String path(Path folder, String name) {
    return folder.resolve(name).toString();
  }

  private static IndexedDocument stored(Path index, String source) throws Exception {
    try (LuceneIndexWriter writer = new LuceneIndexWriter(index);
        var indexed = writer.indexedDocuments()) {
      return indexed.find(source).orElseThrow(() -> new AssertionError("not indexed: " + source));
    }
  }

  private static void assertStatus(Path index, int documents, int sources) throws Exception {
    JsonNode status =
        Json.MAPPER.readTree(foilens("status", "--index", index.toString(), "--json"));
    assertEquals(documents, status.get("documents").asInt(), status.toString());
    assertEquals(sources, status.get("sources").asInt(), status.toString());
  }

  private static String ingest(Path index, Path folder, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "ingest",
                "--config",
                TestData.root().resolve("config").toString(),
                "--index",
                index.toString(),
                "--no-isolate",
                "--threads",
                "1"));
    args.addAll(List.of(more));
    args.add(folder.toString());
    return foilens(args.toArray(String[]::new));
  }

  private static String foilens(String... args) {
    CliRun.Result r = CliRun.run(args);
    assertEquals(0, r.exit(), r.err());
    return r.out();
  }
}
