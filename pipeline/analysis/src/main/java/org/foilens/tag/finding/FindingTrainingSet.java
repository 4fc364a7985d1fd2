package org.foilens.tag.finding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.foilens.Pipeline;
import org.foilens.eval.DecisionGold;
import org.foilens.model.ProvisionRefs;

/**
 * Training samples for the finding model from real decisions with gold answers (a folder in the
 * format of {@code ../shared/data/decisions}): each provision the pipeline finds and the gold lists
 * (itself, or a less specific provision above it) is one sample, its features what the decision
 * says about it ({@link ProvisionEvidence#features}), its label the gold finding in the contract's
 * vocabulary, or {@code none} where the gold gives none. Provisions the gold does not list, gold
 * findings that do not say how a provision came out ({@code engaged}), and provisions that are not
 * weighed ({@link ProvisionEvidence#defers}) are no samples.
 */
public final class FindingTrainingSet {

  /** One provision of one decision: what the decision says about it and the gold finding. */
  public record Sample(String document, String key, String[] features, String label) {}

  /** A decision's samples. */
  public record Decision(DecisionGold gold, List<Sample> samples) {}

  private FindingTrainingSet() {}

  /**
   * Reads every decision of a gold folder through the pipeline and pairs what it says about each
   * provision with the gold finding.
   */
  public static List<Decision> read(Path folder, Pipeline pipeline, DecisionReading.Reader reader)
      throws IOException {
    List<Decision> out = new ArrayList<>();
    for (DecisionGold gold : DecisionGold.read(folder)) {
      DecisionReading reading =
          pipeline.inspect(gold.file(), (text, record) -> reader.read(text, record.provisions()));
      List<Sample> samples = new ArrayList<>();
      if (reading != null) {
        Map<String, String> labels = labels(gold);
        reading
            .evidence()
            .forEach(
                (key, e) -> {
                  String label = labelOf(key, labels);
                  if (label != null && !e.defers()) {
                    samples.add(new Sample(gold.name(), key, e.features(), label));
                  }
                });
      }
      out.add(new Decision(gold, samples));
    }
    return out;
  }

  /** The fold of a decision: decisions in file order, dealt round the folds in turn. */
  public static int fold(int index, int folds) {
    return index % folds;
  }

  private static Map<String, String> labels(DecisionGold gold) {
    Map<String, String> out = new LinkedHashMap<>();
    for (DecisionGold.GoldProvision p : gold.provisions()) {
      out.put(p.key(), label(p.finding()));
    }
    return out;
  }

  /** A provision's label: its own gold finding, else that of the nearest gold provision above. */
  private static String labelOf(String key, Map<String, String> labels) {
    int space = key.indexOf(' ');
    String act = key.substring(0, space + 1);
    for (String r = key.substring(space + 1); r != null; r = ProvisionRefs.parent(r)) {
      if (labels.containsKey(act + r)) {
        return labels.get(act + r);
      }
    }
    return null;
  }

  /** A gold finding as a label; null for one that does not say how it came out. */
  static String label(String goldFinding) {
    if (goldFinding == null) {
      return FindingCategorizer.NONE;
    }
    return switch (goldFinding) {
      case "upheld", "not_engaged", "breach" -> "upheld";
      case "partly_upheld" -> "partly_upheld";
      case "not_upheld", "complied" -> "not_upheld";
      default -> null;
    };
  }
}
