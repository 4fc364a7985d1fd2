package org.foilens.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Renders the corpus's sources to PDF: every {@code *.notice.txt} of a folder to {@code <name>.pdf}
 * in another, and every {@code *.letter.txt} (response letters attached to the mail threads) to a
 * PDF beside it. The same sources always give the same files.
 *
 * <p>{@code foilens corpus render} runs it over the bundled corpus.
 */
public final class CorpusRenderer {

  private static final String NOTICE_SUFFIX = ".notice.txt";
  private static final String LETTER_SUFFIX = ".letter.txt";

  private CorpusRenderer() {}

  /**
   * Renders every {@code *.notice.txt} in {@code srcDir} to {@code outDir/<name>.pdf}, in name
   * order.
   */
  public static List<Path> renderAll(Path srcDir, Path outDir) throws IOException {
    NoticePdfWriter writer = new NoticePdfWriter();
    return render(
        srcDir,
        outDir,
        NOTICE_SUFFIX,
        (name, text, pdf) -> writer.write(NoticeSource.parse(name, text), pdf));
  }

  /**
   * Renders every {@code *.letter.txt} in {@code srcDir} to {@code outDir/<name>.pdf}, in name
   * order.
   */
  public static List<Path> renderLetters(Path srcDir, Path outDir) throws IOException {
    LetterPdfWriter writer = new LetterPdfWriter();
    return render(
        srcDir,
        outDir,
        LETTER_SUFFIX,
        (name, text, pdf) -> writer.write(LetterSource.parse(name, text), pdf));
  }

  /** Writes one source's PDF. */
  @FunctionalInterface
  private interface SourceRenderer {
    void render(String name, String text, Path pdf) throws IOException;
  }

  private static List<Path> render(Path srcDir, Path outDir, String suffix, SourceRenderer renderer)
      throws IOException {
    List<Path> written = new ArrayList<>();
    for (Path source : sources(srcDir, suffix)) {
      String name = baseName(source, suffix);
      Path pdf = outDir.resolve(name + ".pdf");
      renderer.render(name, Files.readString(source, StandardCharsets.UTF_8), pdf);
      written.add(pdf);
    }
    return written;
  }

  private static List<Path> sources(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
          .sorted()
          .toList();
    }
  }

  private static String baseName(Path source, String suffix) {
    String file = source.getFileName().toString();
    return file.substring(0, file.length() - suffix.length());
  }
}
