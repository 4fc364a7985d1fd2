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

  private final StatusFeatures features;

  public StatusCrossValidator(StatusFeatures features) {
    this.features = features;
  }

  /**
   * @param withModel false for the plain reading alone; else the categorizer is used as the
   *     pipeline uses it
   */
  public Result run(
      StatusTrainingSet set, int k, long seed, String algorithm, int cutoff, boolean withModel)
      throws IOException {
    List<StatusTrainingSet.Thread> threads = set.all();
    Map<String, Integer> folds = set.stratifiedFolds(k, seed);
    Map<String, String[]> read = withModel ? StatusTrainer.featuresOf(threads, features) : Map.of();
    ThreadStatusReader reader = features.reader();
    ClassifierReport all = new ClassifierReport();
    ClassifierReport answered = new ClassifierReport();
    ClassifierReport byReader = new ClassifierReport();
    for (int fold = 0; fold < k; fold++) {
      int f = fold;
      List<StatusTrainingSet.Thread> train =
          threads.stream().filter(t -> folds.get(t.name()) != f).toList();
      RequestStatusClassifier model =
          withModel
              ? new RequestStatusClassifier(
                  StatusTrainer.train(train, read, algorithm, cutoff), features, 0)
              : null;
      for (StatusTrainingSet.Thread t : threads) {
        if (folds.get(t.name()) != f) {
          continue;
        }
        RequestStatus plain = reader.status(t.messages(), true);
        if (plain != null) {
          byReader.add(t.status().label(), plain.label());
        }
        RequestStatus status =
            model == null
                ? plain
                : ThreadStatusDecider.decide(
                    plain, model.best(read.get(t.name())), read.get(t.name()));
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
