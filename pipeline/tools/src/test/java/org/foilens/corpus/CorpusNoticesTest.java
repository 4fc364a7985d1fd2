package org.foilens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checked-in notice PDFs are what the renderer makes of the checked-in sources. */
class CorpusNoticesTest {

  @TempDir Path dir;

  @Test
  void checkedInPdfsMatchTheirSources() throws IOException {
    Path corpus = corpusDir();
    assumeTrue(
        corpus != null, "corpus/notices/src not found above " + Path.of("").toAbsolutePath());
    assertRenderedAsCheckedIn(corpus.resolve("notices"), 14);
    assertRenderedAsCheckedIn(corpus.resolve("heldout/notices"), 5);
  }

  private void assertRenderedAsCheckedIn(Path notices, int atLeast) throws IOException {
    Path out = Files.createDirectories(dir.resolve(notices.getParent().getFileName().toString()));
    List<Path> rendered = CorpusRenderer.renderAll(notices.resolve("src"), out);
    assertTrue(rendered.size() >= atLeast, "notices in " + notices + ": " + rendered.size());
    for (Path fresh : rendered) {
      Path checkedIn = notices.resolve(fresh.getFileName());
      assertTrue(Files.isRegularFile(checkedIn), "not rendered into the corpus: " + checkedIn);
      assertEquals(text(fresh), text(checkedIn), "stale PDF, re-render: " + checkedIn);
    }
  }

  private static Path corpusDir() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("corpus/notices/src"))) {
        return p.resolve("corpus");
      }
    }
    return null;
  }

  private static String text(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setLineSeparator("\n");
      return stripper.getText(document);
    }
  }
}
