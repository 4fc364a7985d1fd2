package org.foilens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.foilens.eval.FieldScore;
import org.foilens.eval.GoldEvaluator;
import org.foilens.eval.ScalarScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code foilens eval}: score the pipeline against gold answers. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Analyze the documents named in gold files (one JSON per document, contract shape) and",
      "print precision, recall and F1 for provisions, case_refs and dates, and accuracy for",
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
    GoldEvaluator.Report report = new GoldEvaluator(options.pipeline()).evaluate(gold);
    PrintWriter out = spec.commandLine().getOut();
    out.print(format(report));
    if (verbose && !report.disagreements().isEmpty()) {
      out.println();
      out.println("disagreements:");
      report.disagreements().forEach(d -> out.println("  " + d));
    }
    return 0;
  }

  static String format(GoldEvaluator.Report report) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("gold documents: %d%n%n", report.documents()));
    sb.append(String.format("%-12s %9s %9s %9s %5s %5s %5s%n", "field", "precision", "recall", "F1", "tp", "fp", "fn"));
    for (Map.Entry<String, FieldScore> e : report.sets().entrySet()) {
      FieldScore s = e.getValue();
      sb.append(String.format("%-12s %9.3f %9.3f %9.3f %5d %5d %5d%n", e.getKey(), s.precision(), s.recall(), s.f1(),
          s.truePositives(), s.falsePositives(), s.falseNegatives()));
    }
    sb.append(String.format("%n%-12s %9s %9s%n", "field", "accuracy", "correct"));
    for (Map.Entry<String, ScalarScore> e : report.scalars().entrySet()) {
      ScalarScore s = e.getValue();
      sb.append(String.format("%-12s %9.3f %5d/%d%n", e.getKey(), s.accuracy(), s.correct(), s.total()));
    }
    return sb.toString();
  }
}
