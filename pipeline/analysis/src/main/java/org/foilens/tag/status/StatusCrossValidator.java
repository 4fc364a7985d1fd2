package org.foilens.tag.status;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
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

  /** What nested cross-validation found, with the threshold chosen in each outer fold. */
  public record Nested(Result result, List<Double> thresholds) {}

  /** Inner folds of nested cross-validation. */
  public static final int INNER_FOLDS = 4;

  /** Thresholds tried in the inner folds, from this one up in steps of {@link #STEP}. */
  static final double LOWEST = 0.3;

  static final double STEP = 0.025;

  /** The threshold chosen where none reaches the target: the model's agreement never suffices. */
  public static final double NEVER = 1.01;

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

  /**
   * Nested cross-validation of the decider's threshold ({@link ThreadStatusDecider#SURE}): in each
   * outer fold, the training threads alone are cross-validated again ({@link #INNER_FOLDS} folds
   * stratified by status), and the threshold chosen is the one, of {@link #LOWEST} to 1 in steps of
   * {@link #STEP}, that answers the most inner threads at an inner precision of at least {@code
   * target} ({@link #NEVER} where none reaches it); the outer fold's threads, never seen in the
   * choice, are then decided at that threshold by a model trained on all the training threads.
   */
  public Nested runNested(
      StatusTrainingSet set, int k, long seed, String algorithm, int cutoff, double target)
      throws IOException {
    List<StatusTrainingSet.Thread> threads = set.all();
    Map<String, Integer> folds = set.stratifiedFolds(k, seed);
    Map<String, String[]> read = StatusTrainer.featuresOf(threads, features);
    ThreadStatusReader reader = features.reader();
    Map<String, RequestStatus> plain = new HashMap<>();
    threads.forEach(t -> plain.put(t.name(), reader.status(t.messages(), true)));
    ClassifierReport all = new ClassifierReport();
    ClassifierReport answered = new ClassifierReport();
    ClassifierReport byReader = new ClassifierReport();
    List<Double> chosen = new ArrayList<>();
    for (int fold = 0; fold < k; fold++) {
      int f = fold;
      List<StatusTrainingSet.Thread> train =
          threads.stream().filter(t -> folds.get(t.name()) != f).toList();
      Map<String, RequestStatusClassifier.Prediction> inner = new HashMap<>();
      Map<String, Integer> innerFolds = StatusTrainingSet.stratifiedFolds(train, INNER_FOLDS, seed);
      for (int j = 0; j < INNER_FOLDS; j++) {
        int g = j;
        RequestStatusClassifier model =
            new RequestStatusClassifier(
                StatusTrainer.train(
                    train.stream().filter(t -> innerFolds.get(t.name()) != g).toList(),
                    read,
                    algorithm,
                    cutoff),
                features,
                0);
        train.stream()
            .filter(t -> innerFolds.get(t.name()) == g)
            .forEach(t -> inner.put(t.name(), model.best(read.get(t.name()))));
      }
      double threshold = NEVER;
      int most = -1;
      for (int step = 0; LOWEST + step * STEP <= 1; step++) {
        double t = LOWEST + step * STEP;
        int right = 0;
        int given = 0;
        for (StatusTrainingSet.Thread th : train) {
          RequestStatus s =
              ThreadStatusDecider.decide(
                  plain.get(th.name()), inner.get(th.name()), read.get(th.name()), t);
          if (s != null) {
            given++;
            right += s == th.status() ? 1 : 0;
          }
        }
        if (given > most && given > 0 && right >= target * given) {
          most = given;
          threshold = t;
        }
      }
      chosen.add(threshold);
      RequestStatusClassifier model =
          new RequestStatusClassifier(
              StatusTrainer.train(train, read, algorithm, cutoff), features, 0);
      for (StatusTrainingSet.Thread t : threads) {
        if (folds.get(t.name()) != f) {
          continue;
        }
        RequestStatus p = plain.get(t.name());
        if (p != null) {
          byReader.add(t.status().label(), p.label());
        }
        RequestStatus status =
            ThreadStatusDecider.decide(
                p, model.best(read.get(t.name())), read.get(t.name()), threshold);
        all.add(t.status().label(), status == null ? NONE : status.label());
        if (status != null) {
          answered.add(t.status().label(), status.label());
        }
      }
    }
    return new Nested(new Result(all, answered, byReader, threads.size()), chosen);
  }
}
