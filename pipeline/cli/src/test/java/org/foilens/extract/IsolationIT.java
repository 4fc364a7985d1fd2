package org.foilens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.foilens.CliRun;
import org.foilens.PipelineVersion;
import org.foilens.TestData;
import org.foilens.index.IndexInventory;
import org.foilens.ingest.FailureEntry;
import org.foilens.ingest.FailureLedger;
import org.foilens.source.SourceWalker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One hostile input cannot hang or sink an ingest: a parser stuck in a loop is killed at the time
 * limit, a file that exhausts the worker's heap is recorded as such, and a nested zip bomb, a 200
 * MB PDF and the corrupt files of ../shared/data/robustness all end in the index or in the failure
 * ledger while the run completes.
 */
class IsolationIT {

  @TempDir Path work;

  @BeforeEach
  void spinOnTestFiles() {
    // the worker's test hook: a file named *.spin makes it loop forever, as a runaway parser does
    System.setProperty(
        IsolatedExtractor.WORKER_OPTIONS_PROPERTY,
        "-D" + ExtractionWorker.SPIN_PROPERTY + "=.spin");
  }

  @AfterEach
  void noHook() {
    System.clearProperty(IsolatedExtractor.WORKER_OPTIONS_PROPERTY);
  }

  @Test
  void hostileInputsEndInTheLedgerAndTheRunCompletes() throws Exception {
    Path hostile = Files.createDirectories(work.resolve("hostile"));
    Files.writeString(hostile.resolve("loop.spin"), "any content", StandardCharsets.UTF_8);
    long t0 = System.nanoTime();
    HostileFiles.zipBomb(hostile.resolve("bomb.zip"), 64, 32, 16); // 32 GB of text, nested
    HostileFiles.largePdf(hostile.resolve("large.pdf"), 200);
    HostileFiles.inflatingPdf(hostile.resolve("inflating.pdf"), 512); // 512 MB content stream
    HostileFiles.largeText(hostile.resolve("large.txt"), 40); // more text than a 64 MB heap holds
    System.out.printf(
        Locale.ROOT,
        "hostile files written in %.1f s: bomb.zip %d KB, large.pdf %d MB, inflating.pdf %d KB%n",
        (System.nanoTime() - t0) / 1e9,
        Files.size(hostile.resolve("bomb.zip")) >> 10,
        Files.size(hostile.resolve("large.pdf")) >> 20,
        Files.size(hostile.resolve("inflating.pdf")) >> 10);

    Path index = work.resolve("index");
    String out =
        ingest(
            index,
            "--timeout",
            "20",
            "--worker-heap",
            "64",
            "--threads",
            "2",
            "--ocr",
            "off",
            hostile.toString());
    System.out.printf(Locale.ROOT, "isolated ingest of the hostile files:%n%s", out);
    Map<String, String> reasons = reasons(index);
    assertEquals(
        "timed out after 20 s (the parser was stopped)",
        reasons.get(hostile.resolve("loop.spin").toString()),
        out);
    assertEquals(
        "out of memory (limit 64 MB)", reasons.get(hostile.resolve("large.txt").toString()), out);
    assertEveryInputAccountedFor(index, List.of(hostile), reasons, out);

    // the real corrupt, encrypted and odd files, with the default limits, into the same index
    Path robustness = TestData.shared().resolve("robustness");
    long start = System.nanoTime();
    out = ingest(index, "--threads", "2", "--ocr", "off", robustness.toString());
    System.out.printf(
        Locale.ROOT,
        "isolated ingest of the robustness set: %.1f s%n%s",
        (System.nanoTime() - start) / 1e9,
        out);
    reasons = reasons(index);
    assertEveryInputAccountedFor(index, List.of(hostile, robustness), reasons, out);
  }

  private static Map<String, String> reasons(Path index) throws IOException {
    Map<String, String> reasons = new TreeMap<>();
    for (FailureEntry e : FailureLedger.load(index).entries()) {
      reasons.put(e.path(), e.reasonWithoutPath());
    }
    return reasons;
  }

  /** Every input is in the index or in the ledger, and in only one of them; the run completed. */
  private static void assertEveryInputAccountedFor(
      Path index, List<Path> roots, Map<String, String> reasons, String out) throws Exception {
    List<Path> files = new SourceWalker().list(roots);
    IndexInventory inventory = IndexInventory.read(index, PipelineVersion.CURRENT);
    assertEquals(files.size(), inventory.sources() + reasons.size(), out);
    Set<String> paths = new HashSet<>();
    files.forEach(f -> paths.add(f.toString()));
    assertTrue(paths.containsAll(reasons.keySet()), reasons.toString());
    assertTrue(
        inventory.run().lastRun() != null && inventory.run().runStarted() == null,
        "the run completed");
  }

  private static String ingest(Path index, String... args) {
    String[] all = new String[args.length + 5];
    all[0] = "ingest";
    all[1] = "--config";
    all[2] = TestData.root().resolve("config").toString();
    all[3] = "--index";
    all[4] = index.toString();
    System.arraycopy(args, 0, all, 5, args.length);
    CliRun.Result r = CliRun.run(all);
    assertEquals(0, r.exit(), r.err());
    return r.out();
  }
}
