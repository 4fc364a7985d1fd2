package org.foilens.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.foilens.Pipeline;
import org.foilens.eval.FieldScore;
import org.foilens.eval.LetterEvaluator;
import org.foilens.eval.ScalarScore;
import org.foilens.text.AuthorityGazetteer;
import picocli.CommandLine;

/** {@code foilens eval --letters DIR}: scores labelled response letters and prints the figures. */
final class LetterEvalPrinter {

  private LetterEvalPrinter() {}

  static int run(
      Path dir, PipelineOptions options, boolean verbose, CommandLine.Model.CommandSpec spec)
      throws Exception {
    if (!Files.isDirectory(dir)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no such folder: " + dir);
    }
    AuthorityGazetteer gazetteer =
        AuthorityGazetteer.load(options.config().file("authorities.tsv"));
    LetterEvaluator.Report report;
    try (Pipeline pipeline = options.pipeline()) {
      report = new LetterEvaluator(pipeline, gazetteer).evaluate(dir);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format(report));
    if (verbose && !report.disagreements().isEmpty()) {
      out.println();
      out.println("disagreements:");
      report.disagreements().forEach(d -> out.println("  " + d));
    }
    out.flush();
    return 0;
  }

  static String format(LetterEvaluator.Report r) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "labelled letters: %d%n%n", r.letters()));
    sb.append(String.format(Locale.ROOT, "%-18s %9s %9s%n", "field", "accuracy", "right"));
    for (Map.Entry<String, ScalarScore> e : r.fields().entrySet()) {
      ScalarScore s = e.getValue();
      sb.append(
          String.format(
              Locale.ROOT,
              "%-18s %9.3f %5d/%d%n",
              e.getKey(),
              s.accuracy(),
              s.correct(),
              s.total()));
    }
    ScalarScore answered = r.statusAnswered();
    int statusTotal = r.fields().get("status").total();
    sb.append(
        String.format(
            Locale.ROOT,
            "%nstatus answered for %d of %d letters (coverage %.3f), precision %.3f%n",
            answered.total(),
            statusTotal,
            statusTotal == 0 ? 0.0 : (double) answered.total() / statusTotal,
            answered.accuracy()));
    sb.append(
        String.format(
            Locale.ROOT,
            "letters dated where they print no date: %d%n%n",
            r.datesWherePrintedNone()));
    sb.append(
        String.format(Locale.ROOT, "%-18s %9s %9s %9s%n", "set", "precision", "recall", "F1"));
    set(sb, "provisions", r.provisions());
    set(sb, "references", r.references());
    return sb.toString();
  }

  private static void set(StringBuilder sb, String name, FieldScore s) {
    sb.append(
        String.format(
            Locale.ROOT,
            "%-18s %9.3f %9.3f %9.3f  (%d right, %d extra, %d missed)%n",
            name,
            s.precision(),
            s.recall(),
            s.f1(),
            s.truePositives(),
            s.falsePositives(),
            s.falseNegatives()));
  }
}
