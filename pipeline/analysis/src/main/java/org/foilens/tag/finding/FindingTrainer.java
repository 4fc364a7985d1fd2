package org.foilens.tag.finding;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentSample;
import org.foilens.tag.ModelTraining;

/**
 * Trains the finding model: an OpenNLP maxent document categorizer over each provision's evidence
 * ({@link ProvisionEvidence#features}, the rulings read by the fixed rules). Deterministic: the
 * same samples give the same model.
 */
public final class FindingTrainer {

  public static final int ITERATIONS = 300;
  public static final int CUTOFF = 1;

  private FindingTrainer() {}

  public static DoccatModel train(List<FindingTrainingSet.Sample> samples) throws IOException {
    List<DocumentSample> docs = new ArrayList<>();
    for (FindingTrainingSet.Sample s : samples) {
      docs.add(new DocumentSample(s.label(), s.features()));
    }
    return ModelTraining.categorizer(docs, ModelTraining.parameters("MAXENT", ITERATIONS, CUTOFF));
  }

  /** The samples of some decisions. */
  public static List<FindingTrainingSet.Sample> samples(
      List<FindingTrainingSet.Decision> decisions) {
    List<FindingTrainingSet.Sample> out = new ArrayList<>();
    decisions.forEach(d -> out.addAll(d.samples()));
    return out;
  }
}
