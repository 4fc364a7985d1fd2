package org.foilens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.foilens.FoilensConfig;
import org.foilens.tag.letter.LetterCues;
import org.foilens.tag.letter.LetterDecisionReader;
import org.foilens.tag.letter.LetterSentences;
import org.foilens.tag.status.RequestStatusClassifier;
import org.foilens.tag.status.StatusCrossValidator;
import org.foilens.tag.status.StatusFeatures;
import org.foilens.tag.status.StatusTrainingSet;
import org.foilens.tag.status.ThreadStatusDecider;
import org.foilens.tag.status.ThreadStatusReader;

/**
 * The part of {@code foilens train status} that cross-validates the status the pipeline gives a
 * thread that states none: the thread's own words first, then the model when sure.
 */
final class StatusPipelineReport {

  private StatusPipelineReport() {}

  static void print(
      PrintWriter w,
      StatusTrainingSet set,
      List<StatusFeatures.Cue> cues,
      Path configDir,
      int folds,
      long seed,
      String algorithm,
      int cutoff)
      throws IOException {
    FoilensConfig config = FoilensConfig.of(configDir);
    LetterSentences sentences =
        new LetterSentences(LetterCues.read(config.file("letter-voices.tsv"), "voice"));
    LetterDecisionReader decisions =
        new LetterDecisionReader(
            LetterCues.read(config.file("letter-decision-cues.tsv"), "reading"), sentences);
    StatusCrossValidator cv =
        new StatusCrossValidator(ThreadStatusReader.load(config, decisions), cues);
    StatusCrossValidator.Result readerOnly = cv.run(set, folds, seed, algorithm, cutoff, 2);
    StatusCrossValidator.Result result =
        cv.run(set, folds, seed, algorithm, cutoff, RequestStatusClassifier.DEFAULT_THRESHOLD);
    w.printf(
        Locale.ROOT,
        "%nthe pipeline's status for a thread that states none, %d folds stratified by status"
            + " (seed %d):%n",
        folds,
        seed);
    w.printf(
        Locale.ROOT,
        "  what the thread says alone: accuracy %.3f (none counted wrong), precision %.3f,"
            + " coverage %.3f%n",
        readerOnly.accuracy(),
        readerOnly.precision(),
        readerOnly.coverage());
    w.printf(
        Locale.ROOT,
        "  with the model (plain reading where it settles the state or the model agrees, else the"
            + " model at p >= %.2f): accuracy %.3f (none counted wrong), precision %.3f, coverage"
            + " %.3f%n%n",
        ThreadStatusDecider.SURE,
        result.accuracy(),
        result.precision(),
        result.coverage());
    w.print(result.all().format());
  }
}
