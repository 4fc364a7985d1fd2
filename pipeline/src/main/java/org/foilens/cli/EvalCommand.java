package org.foilens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.foilens.eval.GoldEvaluator;
import org.foilens.tag.AuthorityGazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code foilens eval}: score the pipeline against gold answers. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score the pipeline against gold answers.",
      "Analyzes the documents named in gold files (one JSON per document, contract shape) and",
      "prints precision, recall and F1 for provisions, case_refs and dates, and accuracy for",
      "kind, date, authority, outcome and status."
    })
final class EvalCommand implements Callable<Integer> {

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold JSON files.")
  Path gold;

  @Option(names = "--verbose", description = "Also list every disagreement.")
  boolean verbose;

  @Mixin PipelineOptions options = new PipelineOptions();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    AuthorityGazetteer gazetteer = AuthorityGazetteer.load(options.config().file("authorities.tsv"));
    GoldEvaluator.Report report = new GoldEvaluator(options.pipeline(), gazetteer).evaluate(gold);
    PrintWriter out = spec.commandLine().getOut();
    out.print(EvalReportFormat.format(report));
    if (verbose && !report.disagreements().isEmpty()) {
      out.println();
      out.println("disagreements:");
      report.disagreements().forEach(d -> out.println("  " + d));
    }
    out.flush();
    return 0;
  }
}
