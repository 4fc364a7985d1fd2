package org.foilens.tag.finding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.foilens.FoilensConfig;
import org.foilens.Pipeline;
import org.foilens.StageException;
import org.foilens.eval.ClassifierReport;
import org.foilens.eval.DecisionGold;
import org.foilens.eval.DecisionSetEvaluator;
import org.foilens.extract.ExtractSettings;
import org.foilens.model.Finding;
import org.foilens.text.AuthorityGazetteer;

/**
 * k-fold cross-validation of the finding model on real decisions with gold answers. Folds are
 * formed by decision, never by provision: the decisions in gold file order are dealt round the
 * folds in turn ({@link FindingTrainingSet#fold}), a model is trained on the other folds' samples,
 * and each decision is then analyzed by the whole pipeline with the model that never saw it. It
 * reports the provision-level categorizer (per class, confusion matrix) beside the fixed rules on
 * the same samples, and the decision-level scores of {@link DecisionSetEvaluator}.
 */
public final class FindingCrossValidator {

  /**
   * What cross-validation measured.
   *
   * @param model the trained categorizer on each sample, predicted by the model of its fold
   * @param rules the fixed rules on the same samples
   * @param decisions the decisions, each read with the model of its fold
   */
  public record Result(
      ClassifierReport model, ClassifierReport rules, DecisionSetEvaluator.Report decisions) {}

  private FindingCrossValidator() {}

  public static Result run(
      Path folder,
      FoilensConfig config,
      ExtractSettings settings,
      int folds,
      AuthorityGazetteer gazetteer)
      throws IOException, StageException {
    if (folds < 2) {
      throw new IllegalArgumentException("cross-validation needs 2 folds or more, not " + folds);
    }
    DecisionReading.Reader reader = FindingModels.reader(config);
    List<FindingTrainingSet.Decision> decisions;
    try (Pipeline rules = new Pipeline(config, settings, FindingModel.RULES)) {
      decisions = FindingTrainingSet.read(folder, rules, reader);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    ClassifierReport model = new ClassifierReport();
    ClassifierReport byRules = new ClassifierReport();
    Map<Path, FindingModel> byFile = new HashMap<>();
    for (int k = 0; k < folds; k++) {
      List<FindingTrainingSet.Decision> train = new ArrayList<>();
      List<FindingTrainingSet.Decision> test = new ArrayList<>();
      for (int i = 0; i < decisions.size(); i++) {
        (FindingTrainingSet.fold(i, folds) == k ? test : train).add(decisions.get(i));
      }
      FindingCategorizer categorizer =
          new FindingCategorizer(FindingTrainer.train(FindingTrainer.samples(train)));
      for (FindingTrainingSet.Decision d : test) {
        byFile.put(FoldedFindingModel.normal(d.gold().file()), categorizer);
        for (FindingTrainingSet.Sample s : d.samples()) {
          model.add(s.label(), categorizer.category(s.features()));
          byRules.add(s.label(), rulesLabel(s.features()));
        }
      }
    }
    List<DecisionGold> golds = decisions.stream().map(FindingTrainingSet.Decision::gold).toList();
    DecisionSetEvaluator.Report report;
    try (Pipeline folded = new Pipeline(config, settings, new FoldedFindingModel(byFile))) {
      report =
          new DecisionSetEvaluator(gazetteer)
              .evaluate(
                  golds,
                  g -> folded.analyze(g.file()).document(),
                  String.format(
                      Locale.ROOT,
                      "%d-fold cross-validation of the finding model (folds by decision, dealt in"
                          + " file order)",
                      folds));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    return new Result(model, byRules, report);
  }

  /** The fixed rules' finding, as the sample's features carry it. */
  private static String rulesLabel(String[] features) {
    for (String f : features) {
      if (f.startsWith(ProvisionEvidence.RULES_FEATURE)) {
        String label = f.substring(ProvisionEvidence.RULES_FEATURE.length());
        return label.equals("none") ? FindingCategorizer.NONE : Finding.fromLabel(label).label();
      }
    }
    return FindingCategorizer.NONE;
  }
}
