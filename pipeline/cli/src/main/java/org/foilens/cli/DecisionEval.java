package org.foilens.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.foilens.Pipeline;
import org.foilens.eval.DecisionReportFormat;
import org.foilens.eval.DecisionSetEvaluator;
import org.foilens.tag.authority.AuthorityGazetteer;
import picocli.CommandLine;

/** {@code foilens eval --decisions DIR}: the pipeline on real decisions with gold answers. */
final class DecisionEval {

  private DecisionEval() {}

  static int run(Path folder, PipelineOptions options, boolean verbose, CommandLine cmd)
      throws Exception {
    if (!Files.isDirectory(folder)) {
      throw new CommandLine.ParameterException(cmd, "no such folder: " + folder);
    }
    AuthorityGazetteer gazetteer =
        AuthorityGazetteer.load(options.config().file("authorities.tsv"));
    DecisionSetEvaluator.Report report;
    try (Pipeline pipeline = options.pipeline()) {
      report = new DecisionSetEvaluator(gazetteer).evaluate(folder, pipeline);
    }
    PrintWriter out = cmd.getOut();
    out.print(DecisionReportFormat.format(report));
    if (verbose && !report.disagreements().isEmpty()) {
      out.println();
      out.println("disagreements:");
      report.disagreements().forEach(d -> out.println("  " + d));
    }
    out.flush();
    return 0;
  }
}
