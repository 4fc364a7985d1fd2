package org.foilens;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.foilens.extract.ExtractSettings;
import org.foilens.extract.Extractor;
import org.foilens.extract.IsolatedExtractor;
import org.foilens.extract.LetterheadImages;
import org.foilens.extract.TikaExtractor;
import org.foilens.extract.WdtkJsonExtractor;
import org.foilens.extract.WdtkPageExtractor;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Extraction;
import org.foilens.model.FailureRecord;
import org.foilens.model.IcoListing;
import org.foilens.model.SourceDocument;
import org.foilens.model.StructuredDocument;
import org.foilens.source.IcoSidecar;
import org.foilens.source.SourceWalker;
import org.foilens.structure.Structurer;
import org.foilens.structure.ThreadJoiner;
import org.foilens.tag.AnnotatedText;
import org.foilens.tag.Annotator;
import org.foilens.tag.Tagger;
import org.foilens.tag.finding.FindingModel;
import org.foilens.tag.finding.FindingModels;

/**
 * Runs extract → structure → tag on one file. A failure in any stage is caught here, at the stage
 * boundary, and becomes a document whose {@code error} says which stage gave up and why; nothing is
 * dropped. Thread-safe: one pipeline serves every worker thread. Closing it ends the extract
 * stage's worker processes, when it has them.
 */
public final class Pipeline implements AutoCloseable {

  private final Extractor tika;
  private final Extractor wdtk = new WdtkJsonExtractor();
  private final Extractor wdtkPage = new WdtkPageExtractor();
  private final Structurer structurer = new Structurer();
  private final ThreadJoiner joiner = new ThreadJoiner();
  private final Tagger tagger;

  public Pipeline(FoilensConfig config) throws IOException, StageException {
    this(config, ExtractSettings.defaults());
  }

  public Pipeline(FoilensConfig config, ExtractSettings extract)
      throws IOException, StageException {
    this(config, extract, FindingModels.fromConfig(config));
  }

  /**
   * A pipeline whose tag stage weighs rulings with the given finding model instead of the
   * configured one: for cross-validating a model on decisions it was not trained on.
   */
  public Pipeline(FoilensConfig config, ExtractSettings extract, FindingModel findings)
      throws IOException, StageException {
    this(
        config,
        extract,
        Tagger.load(config, findings, LetterheadImages.forMode(extract.ocr())::read));
  }

  private Pipeline(FoilensConfig config, ExtractSettings extract, Tagger tagger)
      throws IOException, StageException {
    Path tikaConfig = config.file("tika-config.xml");
    this.tika =
        extract.isolate()
            ? new IsolatedExtractor(tikaConfig, extract)
            : new TikaExtractor(tikaConfig, extract.timeout().toMillis(), extract.ocr(), false);
    this.tagger = tagger;
  }

  /**
   * Runs a file through every stage and hands what the tag stage read to {@code after}: the
   * annotated text and the record as the annotators left it. For trainers that learn from what the
   * annotators see.
   *
   * @throws IOException when a stage fails on the file
   */
  public <T> T inspect(Path file, BiFunction<AnnotatedText, AnalyzedDocument.Builder, T> after)
      throws IOException {
    SourceDocument source = SourceWalker.describe(file);
    try {
      return tagger.inspect(structurer.apply(extract(source)), after);
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("cannot analyze " + file + ": " + reason(e), e);
    }
  }

  /** The tag stage's annotators, in the order they run. */
  public List<Annotator> annotators() {
    return tagger.annotators();
  }

  /** Analyzes one file; never throws for a problem with the file itself. */
  public Analysis analyze(Path file) {
    SourceDocument source;
    try {
      source = SourceWalker.describe(file);
    } catch (IOException e) {
      return unreadable(file, e);
    }
    return analyze(source);
  }

  /** The record for a file that cannot even be read to hash it. */
  public static Analysis unreadable(Path file, IOException e) {
    return Analysis.failed(
        failure(file.toString(), null, "source", "cannot read file: " + reason(e), e));
  }

  /**
   * Analyzes a file already found and hashed; never throws for a problem with the file itself. A
   * PDF with an ICO listing sidecar beside it gets that listing as its record's {@code listing}.
   */
  public Analysis analyze(SourceDocument source) {
    IcoListing listing;
    try {
      listing = IcoSidecar.read(source.path());
    } catch (IOException e) {
      return failed(source, "source", e);
    }
    return analyzeStages(listing == null ? source : source.withListing(listing));
  }

  private Analysis analyzeStages(SourceDocument source) {
    Extraction extraction;
    long start = System.nanoTime();
    try {
      extraction = extract(source);
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      return failed(source, "extract", e);
    } finally {
      StageClock.record("extract", start);
    }
    return analyze(extraction);
  }

  /**
   * Analyzes mail files of one correspondence saved separately (each message its own .eml in one
   * folder): files {@link ThreadJoiner} links become one thread, whose source is its first file's
   * path with {@code #thread} appended; a file linked to none is analyzed on its own. A file that
   * cannot be read gives its own failed record. Results come in the order of the threads.
   */
  public List<Analysis> analyzeJoined(List<SourceDocument> mailFiles) {
    List<Analysis> out = new ArrayList<>();
    List<Extraction> extracted = new ArrayList<>();
    for (SourceDocument source : mailFiles) {
      try {
        extracted.add(extract(source));
      } catch (Exception | StackOverflowError | OutOfMemoryError e) {
        out.add(failed(source, "extract", e));
      }
    }
    for (List<Extraction> thread : joiner.group(extracted)) {
      out.add(analyze(ThreadJoiner.merge(thread)));
    }
    return out;
  }

  private Extraction extract(SourceDocument source) throws Exception {
    if (WdtkJsonExtractor.accepts(source)) {
      return wdtk.apply(source);
    }
    return (WdtkPageExtractor.accepts(source) ? wdtkPage : tika).apply(source);
  }

  /**
   * Structures and tags text that is already extracted, as from a file; never throws for a problem
   * with the text itself.
   */
  public Analysis analyze(Extraction extraction) {
    SourceDocument source = extraction.source();
    StructuredDocument structured;
    long start = System.nanoTime();
    try {
      structured = structurer.apply(extraction);
    } catch (Exception | StackOverflowError e) {
      return failed(source, "structure", e);
    } finally {
      StageClock.record("structure", start);
    }
    start = System.nanoTime();
    try {
      return new Analysis(tagger.apply(structured), structured.body(), structured.messages());
    } catch (Exception | StackOverflowError e) {
      return failed(source, "tag", e);
    } finally {
      StageClock.record("tag", start);
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (tika instanceof IsolatedExtractor isolated) {
      isolated.close();
    }
  }

  private static Analysis failed(SourceDocument source, String stage, Throwable e) {
    return Analysis.failed(failure(source, stage, e), source.origin());
  }

  private static FailureRecord failure(SourceDocument source, String stage, Throwable e) {
    return failure(source.displayPath(), source.sha256(), stage, reason(e), e);
  }

  private static FailureRecord failure(
      String path, String sha, String stage, String reason, Throwable e) {
    return new FailureRecord(path, sha, stage, reason, e.getClass().getName());
  }

  private static String reason(Throwable e) {
    if (e instanceof StageException) {
      return e.getMessage();
    }
    if (e instanceof StackOverflowError) {
      return "the document is nested too deeply to parse (stack overflow)";
    }
    if (e instanceof OutOfMemoryError) {
      return "ran out of memory";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
