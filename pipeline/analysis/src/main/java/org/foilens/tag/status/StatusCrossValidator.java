package org.foilens.tag.status;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.foilens.eval.ClassifierReport;
import org.foilens.model.RequestStatus;

/**
 * Cross-validates the status a thread gets when it states none, as the pipeline gives it ({@link
 * ThreadStatusDecider}: what the thread says plainly, which nothing here trains, with the
 * categorizer trained each time on the other folds only). Folds are stratified by status ({@link
 * StatusTrainingSet#stratifiedFolds}). A thread left without a status counts as wrong in the
 * accuracy; precision counts only the threads answered.
 */
public final class StatusCrossValidator {

  /** What cross-validation found, over all threads and over those answered. */
  public record Result(
      ClassifierReport all, ClassifierReport answered, ClassifierReport byReader, int threads) {

    /** Right answers over all threads: an unanswered thread is wrong. */
    public double accuracy() {
      return all.accuracy();
    }

    /** Right answers over the threads answered. */
    public double precision() {
      return answered.accuracy();
    }

    public double coverage() {
      return threads == 0 ? 0 : answered.size() / (double) threads;
    }
  }

  /** The label a thread left without a status is given in the reports. */
  public static final String NONE = "-";

  private final ThreadStatusReader reader;
  private final List<StatusFeatures.Cue> cues;

  public StatusCrossValidator(ThreadStatusReader reader, List<StatusFeatures.Cue> cues) {
    this.reader = reader;
    this.cues = cues;
  }

  /**
   * @param threshold above 1 for no categorizer (the plain reading alone); else the categorizer is
   *     used as the pipeline uses it
   */
  public Result run(
      StatusTrainingSet set, int k, long seed, String algorithm, int cutoff, double threshold)
      throws IOException {
    List<StatusTrainingSet.Thread> threads = set.all();
    Map<String, Integer> folds = set.stratifiedFolds(k, seed);
    ClassifierReport all = new ClassifierReport();
    ClassifierReport answered = new ClassifierReport();
    ClassifierReport byReader = new ClassifierReport();
    for (int fold = 0; fold < k; fold++) {
      int f = fold;
      List<StatusTrainingSet.Thread> train =
          threads.stream().filter(t -> folds.get(t.name()) != f).toList();
      RequestStatusClassifier model =
          threshold > 1
              ? null
              : new RequestStatusClassifier(
                  StatusTrainer.train(train, cues, algorithm, cutoff), cues, threshold);
      for (StatusTrainingSet.Thread t : threads) {
        if (folds.get(t.name()) != f) {
          continue;
        }
        RequestStatus read = reader == null ? null : reader.status(t.messages(), true);
        if (read != null) {
          byReader.add(t.status().label(), read.label());
        }
        RequestStatus status = new ThreadStatusDecider(reader, model).status(t.messages(), true);
        String gold = t.status().label();
        all.add(gold, status == null ? NONE : status.label());
        if (status != null) {
          answered.add(gold, status.label());
        }
      }
    }
    return new Result(all, answered, byReader, threads.size());
  }
}
