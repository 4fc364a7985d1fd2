package org.foilens.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import opennlp.tools.doccat.DoccatModel;
import org.foilens.FoilensConfig;
import org.foilens.Pipeline;
import org.foilens.eval.DecisionReportFormat;
import org.foilens.tag.finding.FindingCrossValidator;
import org.foilens.tag.finding.FindingModel;
import org.foilens.tag.finding.FindingModels;
import org.foilens.tag.finding.FindingTrainer;
import org.foilens.tag.finding.FindingTrainingSet;
import org.foilens.text.AuthorityGazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code foilens train finding}: the model that weighs a decision's rulings per provision. */
@Command(
    name = "finding",
    mixinStandardHelpOptions = true,
    description = {
      "Train and evaluate the finding model on real decisions with gold answers (a folder with",
      "gold.jsonl, as ../shared/data/decisions). Each provision a decision cites is one sample:",
      "what the fixed rules read of it (statement, reasons, a tribunal's account, the ICO's tag",
      "line, concepts, the decision's whole outcome) against its gold finding or none. With",
      "--folds above 1 it prints K-fold cross-validation (folds by decision): the categorizer",
      "per class with its confusion matrix beside the fixed rules, and the decision-level scores.",
      "With --out, writes the model trained on every decision (the pipeline reads",
      "config/models/finding.bin). Training is deterministic."
    })
final class TrainFindingCommand implements Callable<Integer> {

  @Option(
      names = "--decisions",
      required = true,
      paramLabel = "DIR",
      description = "Folder of real decisions with gold.jsonl.")
  Path decisions;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the model trained on every decision here.")
  Path out;

  @Option(
      names = "--folds",
      paramLabel = "K",
      defaultValue = "5",
      description = "Cross-validation folds; 0 or 1 for none (default: ${DEFAULT-VALUE}).")
  int folds;

  @Mixin PipelineOptions options = new PipelineOptions();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter w = spec.commandLine().getOut();
    if (!Files.isRegularFile(decisions.resolve("gold.jsonl"))) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "no gold.jsonl in " + decisions);
    }
    FoilensConfig config = options.config();
    if (folds > 1) {
      FindingCrossValidator.Result cv =
          FindingCrossValidator.run(
              decisions,
              config,
              options.extractSettings(false),
              folds,
              AuthorityGazetteer.load(config.file("authorities.tsv")));
      w.printf(Locale.ROOT, "finding model per provision, %d-fold cross-validated:%n", folds);
      w.print(cv.model().format());
      w.printf(Locale.ROOT, "%nthe fixed rules on the same provisions:%n");
      w.print(cv.rules().format());
      w.println();
      w.print(DecisionReportFormat.format(cv.decisions()));
    }
    if (out != null) {
      List<FindingTrainingSet.Decision> all;
      try (Pipeline rules =
          new Pipeline(config, options.extractSettings(false), FindingModel.RULES)) {
        all = FindingTrainingSet.read(decisions, rules, FindingModels.reader(config));
      }
      List<FindingTrainingSet.Sample> samples = FindingTrainer.samples(all);
      DoccatModel model = FindingTrainer.train(samples);
      TrainCommand.write(model, out);
      w.printf(
          Locale.ROOT,
          "%nmodel trained on %d provisions of %d decisions written to %s%n",
          samples.size(),
          all.size(),
          out);
    }
    w.flush();
    return 0;
  }
}
