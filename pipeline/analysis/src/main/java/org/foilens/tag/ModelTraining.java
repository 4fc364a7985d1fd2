package org.foilens.tag;

import java.io.IOException;
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
 * How the project's OpenNLP models are trained: on one thread, so that the same samples and
 * parameters always give the same model (the training tests compare a versioned model's hash with
 * what training gives now).
 */
public final class ModelTraining {

  private ModelTraining() {}

  /** Training parameters for one thread. */
  public static TrainingParameters parameters(String algorithm, int iterations, int cutoff) {
    return new TrainingParameters(
        Map.of(
            TrainingParameters.ALGORITHM_PARAM,
            algorithm,
            TrainingParameters.ITERATIONS_PARAM,
            iterations,
            TrainingParameters.CUTOFF_PARAM,
            cutoff,
            TrainingParameters.THREADS_PARAM,
            1));
  }

  /** A document categorizer over the samples' words (each sample's features, as a bag). */
  public static DoccatModel categorizer(List<DocumentSample> samples, TrainingParameters params)
      throws IOException {
    DoccatFactory factory =
        new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()});
    return DocumentCategorizerME.train(
        "en", ObjectStreamUtils.createObjectStream(samples), params, factory);
  }
}
