package org.foilens.tag.status;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the request-status categorizer: an OpenNLP document categorizer (maxent, naive Bayes or
 * perceptron) over {@link StatusFeatures}. Training is deterministic: the same threads give the
 * same model.
 */
public final class StatusTrainer {

  public static final int ITERATIONS = 200;

  private StatusTrainer() {}

  public static DoccatModel train(
      Iterable<StatusTrainingSet.Thread> threads,
      List<StatusFeatures.Cue> cues,
      String algorithm,
      int cutoff)
      throws IOException {
    List<DocumentSample> samples = new ArrayList<>();
    for (StatusTrainingSet.Thread t : threads) {
      samples.add(new DocumentSample(t.status().label(), StatusFeatures.of(t.messages(), cues)));
    }
    TrainingParameters params =
        new TrainingParameters(
            Map.of(
                TrainingParameters.ALGORITHM_PARAM, algorithm,
                TrainingParameters.ITERATIONS_PARAM, ITERATIONS,
                TrainingParameters.CUTOFF_PARAM, cutoff,
                TrainingParameters.THREADS_PARAM, 1));
    DoccatFactory factory =
        new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()});
    return DocumentCategorizerME.train(
        "en", ObjectStreamUtils.createObjectStream(samples), params, factory);
  }
}
