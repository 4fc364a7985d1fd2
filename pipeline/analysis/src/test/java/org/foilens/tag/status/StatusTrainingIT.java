package org.foilens.tag.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.foilens.FoilensConfig;
import org.foilens.TestData;
import org.foilens.eval.ClassifierReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The request-status categorizer, trained and cross-validated on the real Sheffield threads, must
 * beat answering the commonest status by a margin, and training must be reproducible.
 */
class StatusTrainingIT {

  private static StatusFeatures features;

  @BeforeAll
  static void load() throws Exception {
    features = StatusFeatures.load(FoilensConfig.of(TestData.root().resolve("config")));
  }

  @Test
  void crossValidatedAccuracyBeatsTheMajorityClass() throws Exception {
    List<StatusTrainingSet.Thread> threads =
        StatusTrainingSet.read(List.of(TestData.shared().resolve("wdtk/sheffield-dev"))).all();
    assertEquals(154, threads.size(), "labelled threads (Awaiting classification is no label)");
    ClassifierReport report = new ClassifierReport();
    Map<String, String[]> read = StatusTrainer.featuresOf(threads, features);
    int folds = 5;
    for (int k = 0; k < folds; k++) {
      int fold = k;
      var classifier =
          new RequestStatusClassifier(
              StatusTrainer.train(
                  threads.stream().filter(t -> StatusTrainingSet.fold(t, folds) != fold).toList(),
                  read,
                  "MAXENT",
                  2),
              features,
              0);
      threads.stream()
          .filter(t -> StatusTrainingSet.fold(t, folds) == fold)
          .forEach(
              t ->
                  report.add(
                      t.status().label(), classifier.best(read.get(t.name())).status().label()));
    }
    System.out.print(report.format());
    assertTrue(
        report.accuracy() >= report.majorityBaseline() + 0.05,
        "accuracy " + report.accuracy() + " vs majority " + report.majorityBaseline());
  }

  @Test
  void heldOutAccuracyBeatsTheMajorityClass() throws Exception {
    StatusTrainingSet.Split split =
        StatusTrainingSet.read(List.of(TestData.shared().resolve("wdtk/sheffield-dev")))
            .split(0.3, 2024);
    assertEquals(47, split.test().size());
    var classifier =
        new RequestStatusClassifier(
            StatusTrainer.train(split.train(), features, "MAXENT", 2), features, 0);
    ClassifierReport report = new ClassifierReport();
    split
        .test()
        .forEach(
            t -> report.add(t.status().label(), classifier.best(t.messages()).status().label()));
    System.out.print(report.format());
    assertTrue(
        report.accuracy() >= report.majorityBaseline() + 0.1,
        "accuracy " + report.accuracy() + " vs majority " + report.majorityBaseline());
  }

  @Test
  void theVersionedModelIsWhatTrainingGives() throws Exception {
    List<StatusTrainingSet.Thread> threads =
        StatusTrainingSet.read(
                List.of(
                    TestData.shared().resolve("wdtk/sheffield-dev"),
                    TestData.root().resolve("corpus/wdtk")))
            .all();
    var versioned =
        RequestStatusClassifier.load(
                TestData.root().resolve("config/models/status.bin"), features, 0)
            .model();
    var trained = StatusTrainer.train(threads, features, "MAXENT", 2);
    assertEquals(
        trained.getManifestProperty("Training-Eventhash"),
        versioned.getManifestProperty("Training-Eventhash"),
        "config/models/status.bin is stale: retrain it with the command in README (train status)");
  }

  /**
   * The pipeline's decision, cross-validated as {@code train status} reports it, keeps its
   * precision where it answers; the floors sit a little under today's figures (docs/commands.md,
   * train status: precision 0.885, coverage 0.497).
   */
  @Test
  void theDecidersCrossValidatedPrecisionHoldsItsFloor() throws Exception {
    StatusTrainingSet set =
        StatusTrainingSet.read(
            List.of(
                TestData.shared().resolve("wdtk/sheffield-dev"),
                TestData.root().resolve("corpus/wdtk")));
    StatusCrossValidator.Result r =
        new StatusCrossValidator(features).run(set, 5, 2024, "MAXENT", 2, true);
    System.out.printf(
        Locale.ROOT,
        "decider: accuracy %.3f, precision %.3f, coverage %.3f%n",
        r.accuracy(),
        r.precision(),
        r.coverage());
    assertTrue(r.precision() >= 0.85, "precision " + r.precision());
    assertTrue(r.coverage() >= 0.45, "coverage " + r.coverage());
  }

  @Test
  void trainingIsReproducible() throws Exception {
    List<StatusTrainingSet.Thread> threads =
        StatusTrainingSet.read(List.of(TestData.shared().resolve("wdtk/sheffield-dev")))
            .all()
            .subList(0, 60);
    Map<String, String[]> read = StatusTrainer.featuresOf(threads, features);
    var a =
        new RequestStatusClassifier(StatusTrainer.train(threads, read, "MAXENT", 2), features, 0);
    var b =
        new RequestStatusClassifier(StatusTrainer.train(threads, read, "MAXENT", 2), features, 0);
    for (StatusTrainingSet.Thread t : threads) {
      assertEquals(a.best(read.get(t.name())), b.best(read.get(t.name())));
    }
  }
}
