package org.foilens.tag.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import org.foilens.FoilensConfig;
import org.foilens.Pipeline;
import org.foilens.TestData;
import org.foilens.extract.ExtractSettings;
import org.foilens.extract.OcrMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The finding model trained on the real decisions of {@code ../shared/data/decisions}: the
 * versioned model is what training gives today, training is reproducible, and the samples are what
 * the gold says.
 */
class FindingTrainingIT {

  private static List<FindingTrainingSet.Decision> decisions;

  @BeforeAll
  static void read() throws Exception {
    FoilensConfig config = FoilensConfig.of(TestData.root().resolve("config"));
    try (Pipeline rules =
        new Pipeline(config, ExtractSettings.defaults().withOcr(OcrMode.OFF), FindingModel.RULES)) {
      decisions =
          FindingTrainingSet.read(
              TestData.shared().resolve("decisions"), rules, FindingModels.reader(config));
    }
  }

  @Test
  void everyDecisionIsReadAndMostProvisionsAreSamples() {
    assertEquals(98, decisions.size());
    int samples = FindingTrainer.samples(decisions).size();
    assertTrue(samples >= 240, "samples: " + samples);
  }

  @Test
  void theVersionedModelIsWhatTrainingGives() throws Exception {
    DoccatModel versioned =
        FindingCategorizer.load(TestData.root().resolve("config/" + FindingModels.MODEL)).model();
    DoccatModel trained = FindingTrainer.train(FindingTrainer.samples(decisions));
    assertEquals(
        trained.getManifestProperty("Training-Eventhash"),
        versioned.getManifestProperty("Training-Eventhash"),
        "config/models/finding.bin is stale: retrain it with the command in README (train"
            + " finding)");
  }

  @Test
  void trainingIsReproducible() throws Exception {
    List<FindingTrainingSet.Sample> samples = FindingTrainer.samples(decisions);
    FindingCategorizer a = new FindingCategorizer(FindingTrainer.train(samples));
    FindingCategorizer b = new FindingCategorizer(FindingTrainer.train(samples));
    for (FindingTrainingSet.Sample s : samples) {
      assertEquals(a.category(s.features()), b.category(s.features()));
    }
  }
}
