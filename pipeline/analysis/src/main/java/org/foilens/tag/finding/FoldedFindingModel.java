package org.foilens.tag.finding;

import java.nio.file.Path;
import java.util.Map;
import org.foilens.model.Finding;

/**
 * For cross-validation: each decision's provisions are weighed by the model trained on the other
 * folds, chosen by the decision's file; a decision in no fold gets the fixed rules.
 */
public final class FoldedFindingModel implements FindingModel {

  private final Map<Path, FindingModel> byFile;

  /**
   * @param byFile the model for each decision's file (absolute, normalised)
   */
  public FoldedFindingModel(Map<Path, FindingModel> byFile) {
    this.byFile = Map.copyOf(byFile);
  }

  public static Path normal(Path file) {
    return file.toAbsolutePath().normalize();
  }

  @Override
  public Finding finding(ProvisionEvidence evidence) {
    return byFile
        .getOrDefault(normal(Path.of(evidence.source())), FindingModel.RULES)
        .finding(evidence);
  }
}
