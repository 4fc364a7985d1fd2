package org.foilens.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.foilens.Pipeline;
import org.foilens.eval.GoldEvaluator;
import org.foilens.eval.ScalarScore;
import org.foilens.eval.SidecarComparison;
import org.foilens.eval.TimelineEvaluator;
import org.foilens.tag.Annotator;
import org.foilens.text.AuthorityGazetteer;
import picocli.CommandLine.ArgGroup;
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
      "kind, date, authority, outcome and status.",
      "With --sidecars, compares instead with the ICO's listings of fetched notices and prints",
      "how often they agree on authority, date, case reference, sections and rulings.",
      "With --timelines, scores decision notices' timelines (request, response, review, complaint,",
      "decision dates) against a JSON-lines gold file.",
      "With --letters, scores labelled response letters (labels.jsonl beside files/, as in",
      "../shared/data/letters): kind, response_to, authority, date, own references, status,",
      "and provisions.",
      "With --decisions, scores on real decisions with gold answers, by format and by era."
    })
final class EvalCommand implements Callable<Integer> {

  static final class Against {
    @Option(
        names = "--gold",
        required = true,
        paramLabel = "DIR",
        description = "Folder of gold JSON files.")
    Path gold;

    @Option(
        names = "--sidecars",
        required = true,
        paramLabel = "DIR",
        description =
            "Instead, compare with the ICO's listings beside the PDFs that 'fetch ico' wrote into"
                + " DIR.")
    Path sidecars;

    @Option(
        names = "--timelines",
        required = true,
        paramLabel = "FILE",
        description =
            "Instead, score decision notices' timelines against a JSON-lines gold file (one"
                + " notice a line: source, timeline), such as corpus/gold/timelines.jsonl.")
    Path timelines;

    @Option(
        names = "--letters",
        required = true,
        paramLabel = "DIR",
        description =
            "Instead, score response letters labelled as in ../shared/data/letters (DIR holds"
                + " labels.jsonl and files/).")
    Path letters;

    @Option(
        names = "--decisions",
        required = true,
        paramLabel = "DIR",
        description =
            "Instead, score on real decisions with gold answers (gold.jsonl and the files it"
                + " names, as in ../shared/data/decisions): overall, by format and by era.")
    Path decisions;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Against against;

  @Option(names = "--verbose", description = "Also list every disagreement.")
  boolean verbose;

  @Option(
      names = "--folds",
      paramLabel = "K",
      defaultValue = "0",
      description =
          "With --decisions: cross-validate the finding model in K folds of the decisions instead"
              + " of using the configured model (default: ${DEFAULT-VALUE}, none).")
  int folds;

  @Mixin PipelineOptions options = new PipelineOptions();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (against.sidecars != null) {
      return compareWithListings();
    }
    if (against.timelines != null) {
      return scoreTimelines();
    }
    if (against.letters != null) {
      return LetterEvalPrinter.run(against.letters, options, verbose, spec);
    }
    if (against.decisions != null) {
      return DecisionEval.run(against.decisions, folds, options, verbose, spec.commandLine());
    }
    AuthorityGazetteer gazetteer =
        AuthorityGazetteer.load(options.config().file("authorities.tsv"));
    GoldEvaluator.Report report;
    List<Annotator> annotators;
    try (Pipeline pipeline = options.pipeline()) {
      report = new GoldEvaluator(pipeline, gazetteer).evaluate(against.gold);
      annotators = pipeline.annotators();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(EvalReportFormat.format(report, annotators));
    printDisagreements(out, report.disagreements());
    out.flush();
    return 0;
  }

  private int compareWithListings() throws Exception {
    if (!Files.isDirectory(against.sidecars)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "no such folder: " + against.sidecars);
    }
    SidecarComparison.Report report;
    try (Pipeline pipeline = options.pipeline()) {
      report = new SidecarComparison(pipeline).compare(against.sidecars);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "documents with an ICO listing: %d%n%n", report.documents());
    out.printf(Locale.ROOT, "%-12s %9s %9s%n", "field", "agreement", "agreed");
    for (Map.Entry<String, ScalarScore> e : report.fields().entrySet()) {
      ScalarScore s = e.getValue();
      out.printf(
          Locale.ROOT, "%-12s %9.3f %5d/%d%n", e.getKey(), s.accuracy(), s.correct(), s.total());
    }
    printDisagreements(out, report.disagreements());
    out.flush();
    return 0;
  }

  private int scoreTimelines() throws Exception {
    if (!Files.isRegularFile(against.timelines)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "no such file: " + against.timelines);
    }
    TimelineEvaluator.Report report;
    try (Pipeline pipeline = options.pipeline()) {
      report = new TimelineEvaluator(pipeline).evaluate(against.timelines);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "decision notices: %d%n%n", report.documents());
    out.printf(
        Locale.ROOT,
        "%-17s %9s %9s %12s %9s%n",
        "step",
        "accuracy",
        "agreed",
        "printed",
        "invented");
    report
        .steps()
        .forEach(
            (step, s) ->
                out.printf(
                    Locale.ROOT,
                    "%-17s %9.3f %5d/%-3d %8d/%-3d %9d%n",
                    step,
                    s.all().accuracy(),
                    s.all().correct(),
                    s.all().total(),
                    s.printed().correct(),
                    s.printed().total(),
                    s.invented()));
    printDisagreements(out, report.disagreements());
    out.flush();
    return 0;
  }

  /** With {@code --verbose}, every disagreement with the gold or the listings, one a line. */
  private void printDisagreements(PrintWriter out, List<String> disagreements) {
    if (verbose && !disagreements.isEmpty()) {
      out.println();
      out.println("disagreements:");
      disagreements.forEach(d -> out.println("  " + d));
    }
  }
}
