package org.foilens.tag.finding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.foilens.model.Finding;

/**
 * The trained finding model: an OpenNLP document categorizer (maxent) whose "document" is a
 * provision's evidence ({@link ProvisionEvidence#features}) and whose categories are the findings
 * and {@code none}. Trained by {@link FindingTrainer} on real decisions with gold answers. A
 * provision that {@link ProvisionEvidence#defers} is not weighed. Thread-safe.
 */
public final class FindingCategorizer implements FindingModel {

  /** The category for a provision the decision does not rule on. */
  static final String NONE = "none";

  private final DoccatModel model;
  private final ThreadLocal<DocumentCategorizerME> categorizer;

  public FindingCategorizer(DoccatModel model) {
    this.model = model;
    this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
  }

  public static FindingCategorizer load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new FindingCategorizer(new DoccatModel(in));
    }
  }

  public DoccatModel model() {
    return model;
  }

  @Override
  public Finding finding(ProvisionEvidence evidence) {
    if (evidence.defers()) {
      return null;
    }
    String best = category(evidence.features());
    return NONE.equals(best) ? null : Finding.fromLabel(best);
  }

  /** The likeliest category of a provision's evidence features. */
  public String category(String[] features) {
    DocumentCategorizerME c = categorizer.get();
    return c.getBestCategory(c.categorize(features));
  }
}
