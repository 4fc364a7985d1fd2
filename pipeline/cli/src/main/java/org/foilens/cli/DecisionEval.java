package org.foilens.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.foilens.Pipeline;
import org.foilens.eval.DecisionReportFormat;
import org.foilens.eval.DecisionSetEvaluator;
import org.foilens.tag.finding.FindingCrossValidator;
import org.foilens.text.AuthorityGazetteer;
import picocli.CommandLine;

/**
 * {@code foilens eval --decisions DIR [--folds K]}: the pipeline on real decisions with gold
 * answers, with the configured finding model or cross-validated.
 */
final class DecisionEval {

  private DecisionEval() {}

  static int run(Path folder, int folds, PipelineOptions options, boolean verbose, CommandLine cmd)
      throws Exception {
    if (!Files.isDirectory(folder)) {
      throw new CommandLine.ParameterException(cmd, "no such folder: " + folder);
    }
    if (folds == 1 || folds < 0) {
      throw new CommandLine.ParameterException(cmd, "--folds must be 0 (none) or at least 2");
    }
    AuthorityGazetteer gazetteer =
        AuthorityGazetteer.load(options.config().file("authorities.tsv"));
    PrintWriter out = cmd.getOut();
    DecisionSetEvaluator.Report report;
    if (folds >= 2) {
      FindingCrossValidator.Result cv =
          FindingCrossValidator.run(
              folder, options.config(), options.extractSettings(false), folds, gazetteer);
      report = cv.decisions();
      out.print(DecisionReportFormat.format(report));
      out.printf(Locale.ROOT, "%nfinding model per provision, %d-fold cross-validated:%n", folds);
      out.print(cv.model().format());
      out.printf(Locale.ROOT, "%nthe fixed rules on the same provisions:%n");
      out.print(cv.rules().format());
    } else {
      try (Pipeline pipeline = options.pipeline()) {
        report = new DecisionSetEvaluator(gazetteer).evaluate(folder, pipeline);
      }
      out.print(DecisionReportFormat.format(report));
    }
    if (verbose && !report.disagreements().isEmpty()) {
      out.println();
      out.println("disagreements:");
      report.disagreements().forEach(d -> out.println("  " + d));
    }
    out.flush();
    return 0;
  }
}
