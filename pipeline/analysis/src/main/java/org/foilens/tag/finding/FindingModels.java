package org.foilens.tag.finding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.foilens.FoilensConfig;
import org.foilens.tag.provision.LegislationTable;

/** The finding model of a configuration: the trained one where it has it, else the fixed rules. */
public final class FindingModels {

  /** Where a configuration keeps the trained model ({@code foilens train finding --out}). */
  public static final String MODEL = "models/finding.bin";

  private FindingModels() {}

  /** The reader of a configuration's cue phrases, concepts and legislation. */
  public static DecisionReading.Reader reader(FoilensConfig config) throws IOException {
    return DecisionReading.Reader.load(
        config.file("finding-cues.tsv"),
        config.file("ruling-concepts.tsv"),
        LegislationTable.load(config.file("legislation")));
  }

  public static FindingModel fromConfig(FoilensConfig config) throws IOException {
    Path model = config.file(MODEL);
    if (!Files.isRegularFile(model)) {
      return FindingModel.RULES;
    }
    return FindingCategorizer.load(model);
  }
}
