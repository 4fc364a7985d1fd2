package org.foilens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.foilens.extract.Extractor;
import org.foilens.extract.TikaExtractor;
import org.foilens.extract.WdtkJsonExtractor;
import org.foilens.model.Extraction;
import org.foilens.model.FailureRecord;
import org.foilens.model.SourceDocument;
import org.foilens.model.StructuredDocument;
import org.foilens.source.SourceWalker;
import org.foilens.structure.Structurer;
import org.foilens.tag.AuthorityGazetteer;
import org.foilens.tag.NameFinder;
import org.foilens.tag.FindingClassifier;
import org.foilens.tag.LegislationTable;
import org.foilens.tag.NlpModels;
import org.foilens.tag.Tagger;

/**
 * Runs extract → structure → tag on one file. A failure in any stage is caught here, at the stage
 * boundary, and becomes a document whose {@code error} says which stage gave up and why; nothing
 * is dropped. Thread-safe: one pipeline serves every worker thread.
 */
public final class Pipeline {

  /** Bumped whenever a change to parsing or tagging changes what documents look like. */
  public static final String VERSION = "0.2.0";

  /** The person and organisation name finder, in the configuration folder ({@code foilens train ner}). */
  public static final String NAME_MODEL = "models/ner-persons-organisations.bin";

  /** How long one file may take to parse before it is abandoned. */
  public static final long DEFAULT_PARSE_TIMEOUT_MS = 120_000;

  private final Extractor tika;
  private final Extractor wdtk = new WdtkJsonExtractor();
  private final Structurer structurer = new Structurer();
  private final Tagger tagger;

  public Pipeline(FoilensConfig config) throws IOException, StageException {
    this.tika = new TikaExtractor(config.file("tika-config.xml"), DEFAULT_PARSE_TIMEOUT_MS);
    LegislationTable legislation = LegislationTable.load(config.file("legislation"));
    AuthorityGazetteer gazetteer = AuthorityGazetteer.load(config.file("authorities.tsv"));
    FindingClassifier findings = FindingClassifier.load(config.file("finding-cues.tsv"), legislation);
    Path names = config.file(NAME_MODEL);
    this.tagger =
        new Tagger(NlpModels.load(), legislation, gazetteer, findings,
            Files.isRegularFile(names) ? NameFinder.load(names) : null);
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

  /** Analyzes a file already found and hashed; never throws for a problem with the file itself. */
  public Analysis analyze(SourceDocument source) {
    Extraction extraction;
    try {
      extraction = (WdtkJsonExtractor.accepts(source) ? wdtk : tika).apply(source);
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      return failed(failure(source, "extract", e));
    }
    StructuredDocument structured;
    try {
      structured = structurer.apply(extraction);
    } catch (Exception | StackOverflowError e) {
      return failed(failure(source, "structure", e));
    }
    try {
      return new Analysis(tagger.apply(structured), structured.body());
    } catch (Exception | StackOverflowError e) {
      return failed(failure(source, "tag", e));
    }
  }

  private static Analysis failed(FailureRecord failure) {
    return Analysis.failed(failure);
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
