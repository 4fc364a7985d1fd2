package org.foilens.tag.status;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentSample;
import org.foilens.tag.ModelTraining;

/**
 * Trains the request-status categorizer: an OpenNLP document categorizer (maxent, naive Bayes or
 * perceptron) over {@link StatusFeatures}. Training is deterministic: the same threads give the
 * same model.
 */
public final class StatusTrainer {

  public static final int ITERATIONS = 200;

  private StatusTrainer() {}

  public static DoccatModel train(
      List<StatusTrainingSet.Thread> threads, StatusFeatures features, String algorithm, int cutoff)
      throws IOException {
    return train(threads, featuresOf(threads, features), algorithm, cutoff);
  }

  /**
   * The features of each thread, by name: reading a thread takes a while, so cross-validation reads
   * each once.
   */
  public static Map<String, String[]> featuresOf(
      List<StatusTrainingSet.Thread> threads, StatusFeatures features) {
    Map<String, String[]> out = new LinkedHashMap<>();
    threads.forEach(t -> out.put(t.name(), features.of(t.messages())));
    return out;
  }

  /** Trains on threads whose features were built already ({@link #featuresOf}). */
  public static DoccatModel train(
      List<StatusTrainingSet.Thread> threads,
      Map<String, String[]> features,
      String algorithm,
      int cutoff)
      throws IOException {
    List<DocumentSample> samples = new ArrayList<>();
    for (StatusTrainingSet.Thread t : threads) {
      samples.add(new DocumentSample(t.status().label(), features.get(t.name())));
    }
    return ModelTraining.categorizer(
        samples, ModelTraining.parameters(algorithm, ITERATIONS, cutoff));
  }
}
