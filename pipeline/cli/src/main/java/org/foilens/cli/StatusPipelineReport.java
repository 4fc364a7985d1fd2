package org.foilens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.foilens.tag.status.StatusCrossValidator;
import org.foilens.tag.status.StatusFeatures;
import org.foilens.tag.status.StatusTrainingSet;
import org.foilens.tag.status.ThreadStatusDecider;

/**
 * The part of {@code foilens train status} that cross-validates the status the pipeline gives a
 * thread that states none: the thread's own words first, then the model when sure.
 */
final class StatusPipelineReport {

  private StatusPipelineReport() {}

  static void print(
      PrintWriter w,
      StatusTrainingSet set,
      StatusFeatures features,
      int folds,
      long seed,
      String algorithm,
      int cutoff,
      double targetPrecision)
      throws IOException {
    StatusCrossValidator cv = new StatusCrossValidator(features);
    StatusCrossValidator.Result readerOnly = cv.run(set, folds, seed, algorithm, cutoff, false);
    StatusCrossValidator.Result result = cv.run(set, folds, seed, algorithm, cutoff, true);
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
        "  the pipeline (the plain reading where the words settle the state; else where the model"
            + " agrees, for successful and partially_successful at p >= %.2f, and for successful"
            + " with nothing kept back): accuracy %.3f (none counted wrong), precision %.3f,"
            + " coverage %.3f%n%n",
        ThreadStatusDecider.SURE,
        result.accuracy(),
        result.precision(),
        result.coverage());
    w.print(result.all().format());
    StatusCrossValidator.Nested nested =
        cv.runNested(set, folds, seed, algorithm, cutoff, targetPrecision);
    w.printf(
        Locale.ROOT,
        "%nthe threshold chosen by nested cross-validation instead (in each fold, the one that"
            + " answers the most threads of the training folds' own %d-fold cross-validation at"
            + " precision >= %.2f; %.2f where none does): accuracy %.3f (none counted wrong),"
            + " precision %.3f, coverage %.3f; thresholds %s%n",
        StatusCrossValidator.INNER_FOLDS,
        targetPrecision,
        StatusCrossValidator.NEVER,
        nested.result().accuracy(),
        nested.result().precision(),
        nested.result().coverage(),
        nested.thresholds().stream().map(t -> String.format(Locale.ROOT, "%.3f", t)).toList());
  }
}
