package org.foilens.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.foilens.Pipeline;
import org.foilens.model.AnalyzedDocument;
import org.foilens.text.AuthorityGazetteer;

/**
 * Scores the pipeline on a set of real decisions with gold answers ({@code gold.jsonl} and the
 * files it names, as in {@code ../shared/data/decisions}): overall, by {@link DecisionFormat} and
 * by {@link DecisionEra}. What counts as right is {@link DecisionComparison}'s.
 */
public final class DecisionSetEvaluator {

  /** What reads one decision: the pipeline, or a pipeline whose model never saw the decision. */
  @FunctionalInterface
  public interface DecisionReader {
    AnalyzedDocument read(DecisionGold gold) throws IOException;
  }

  /**
   * The scores, and one line per disagreement for people to read.
   *
   * @param protocol how the decisions were read (the configured model, or k-fold), for the report
   */
  public record Report(
      String protocol,
      DecisionScores all,
      Map<DecisionFormat, DecisionScores> byFormat,
      Map<DecisionEra, DecisionScores> byEra,
      List<String> disagreements) {}

  private final DecisionComparison comparison;

  public DecisionSetEvaluator(AuthorityGazetteer gazetteer) {
    this.comparison = new DecisionComparison(gazetteer);
  }

  /** Reads each decision with the pipeline as configured. */
  public Report evaluate(Path folder, Pipeline pipeline) throws IOException {
    return evaluate(
        DecisionGold.read(folder),
        gold -> pipeline.analyze(gold.file()).document(),
        "the configured pipeline");
  }

  public Report evaluate(List<DecisionGold> golds, DecisionReader reader, String protocol)
      throws IOException {
    DecisionScores all = new DecisionScores();
    Map<DecisionFormat, DecisionScores> byFormat = new EnumMap<>(DecisionFormat.class);
    Map<DecisionEra, DecisionScores> byEra = new EnumMap<>(DecisionEra.class);
    List<String> disagreements = new ArrayList<>();
    for (DecisionGold gold : golds) {
      AnalyzedDocument found = reader.read(gold);
      List<DecisionScores> groups =
          List.of(
              all,
              byFormat.computeIfAbsent(DecisionFormat.of(gold), f -> new DecisionScores()),
              byEra.computeIfAbsent(DecisionEra.of(gold), e -> new DecisionScores()));
      for (String d : comparison.compare(gold, found, groups)) {
        disagreements.add(gold.name() + ": " + d);
      }
    }
    return new Report(protocol, all, byFormat, byEra, disagreements);
  }
}
