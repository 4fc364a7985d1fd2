package org.foilens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.foilens.Analysis;
import org.foilens.TestData;
import org.foilens.TestPipeline;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.DocumentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark corpus is deterministic, has the promised mix, and the pipeline reads it. */
class BenchCorpusIT {

  @TempDir Path tmp;

  private BenchCorpusSummary write(Path out, int threads) throws Exception {
    BenchCorpus corpus =
        new BenchCorpus(
            TestData.root().resolve("config/authorities.tsv"), new PrintWriter(new StringWriter()));
    return corpus.write(new BenchCorpus.Plan(out, 12, 4, 10, 42L, threads));
  }

  @Test
  void sameSeedWritesSameBytesWhateverTheThreadCount() throws Exception {
    BenchCorpusSummary one = write(tmp.resolve("one"), 1);
    BenchCorpusSummary two = write(tmp.resolve("two"), 2);
    assertEquals(hashes(tmp.resolve("one")), hashes(tmp.resolve("two")));
    assertEquals(26, one.files());
    assertEquals(one.noticePages(), two.noticePages());
    assertEquals(10, one.emlFiles() + one.mboxFiles());
    assertTrue(
        one.noticePages() >= 2 * 12 && one.noticePages() <= 31 * 12, "pages: " + one.noticePages());
    assertTrue(one.messages() >= 30, "messages: " + one.messages());
    assertEquals(
        10 + 4,
        one.pdfAttachments() + one.letterPdfs(),
        "one response letter per thread and per letter");
  }

  @Test
  void thePipelineReadsWhatTheGeneratorWrites() throws Exception {
    Path out = tmp.resolve("corpus");
    write(out, 2);
    List<Path> notices;
    try (Stream<Path> files = Files.list(out.resolve("notices"))) {
      notices = files.sorted().limit(3).toList();
    }
    for (Path pdf : notices) {
      AnalyzedDocument doc = TestPipeline.pipeline().analyze(pdf).document();
      assertEquals(null, doc.error(), pdf.toString());
      assertEquals(DocumentKind.DECISION_NOTICE, doc.kind(), pdf.toString());
      assertFalse(doc.provisions().isEmpty(), pdf + ": no provisions");
      assertTrue(doc.ruling().outcome() != null, pdf + ": no outcome");
      assertFalse(doc.mentions().caseRefs().isEmpty(), pdf + ": no case reference");
    }
    Path thread;
    try (Stream<Path> files = Files.list(out.resolve("threads"))) {
      thread = files.filter(p -> p.toString().endsWith(".mbox")).sorted().findFirst().orElseThrow();
    }
    Analysis analysis = TestPipeline.pipeline().analyze(thread);
    assertEquals(DocumentKind.FOI_THREAD, analysis.document().kind());
    assertTrue(analysis.messages().size() >= 3, "messages in " + thread);
  }

  /**
   * Only the scanned annexes lack a text layer: every other page of every notice has text. (With
   * seed 1, notice 97 of 18 pages has an annex; saving it over the file it was read from once left
   * 12 of its pages empty.)
   */
  @Test
  void onlyTheScannedPagesHaveNoText() throws Exception {
    Path out = tmp.resolve("scans");
    BenchCorpus corpus =
        new BenchCorpus(
            TestData.root().resolve("config/authorities.tsv"), new PrintWriter(new StringWriter()));
    BenchCorpusSummary summary = corpus.write(new BenchCorpus.Plan(out, 100, 0, 0, 1L, 2));
    int withoutText = 0;
    try (Stream<Path> files = Files.list(out.resolve("notices"))) {
      for (Path pdf : files.sorted().toList()) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
          int pages = document.getNumberOfPages();
          for (int page = 1; page <= pages; page++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (stripper.getText(document).strip().isEmpty()) {
              withoutText++;
              assertEquals(
                  pages,
                  page,
                  pdf
                      + ": page "
                      + page
                      + " of "
                      + pages
                      + " has no text; only an annex at the end may");
            }
          }
        }
      }
    }
    assertTrue(
        summary.scannedPages() >= 2, "seed 1 scans " + summary.scannedPages() + " of 100 notices");
    assertEquals(summary.scannedPages(), withoutText);
  }

  private static Map<String, String> hashes(Path dir) throws IOException {
    Map<String, String> hashes = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        hashes.put(dir.relativize(f).toString(), sha256(f));
      }
    }
    return hashes;
  }

  private static String sha256(Path f) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
