package org.foilens.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.foilens.eval.FieldScore;
import org.foilens.eval.GoldEvaluator;
import org.foilens.eval.ScalarScore;
import org.foilens.tag.Annotator;

/** The plain-text table {@code foilens eval} prints. */
public final class EvalReportFormat {

  private EvalReportFormat() {}

  /**
   * The report's tables, then a line per annotator with the scores of the fields it fills: each
   * annotator's own evaluation.
   */
  public static String format(GoldEvaluator.Report report, List<Annotator> annotators) {
    StringBuilder sb = new StringBuilder(format(report));
    sb.append(String.format(Locale.ROOT, "%n%-22s %s%n", "annotator", "its fields' scores"));
    for (Annotator a : annotators) {
      List<String> scores = new ArrayList<>();
      for (String field : a.fields()) {
        report
            .sets()
            .forEach(
                (name, s) -> {
                  if (covers(field, name)
                      && s.truePositives() + s.falseNegatives() + s.falsePositives() > 0) {
                    scores.add(String.format(Locale.ROOT, "%s F1 %.3f", name, s.f1()));
                  }
                });
        report
            .scalars()
            .forEach(
                (name, s) -> {
                  if (covers(field, name) && s.total() > 0) {
                    scores.add(String.format(Locale.ROOT, "%s %.3f", name, s.accuracy()));
                  }
                });
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "%-22s %s%n",
              a.getClass().getSimpleName(),
              scores.isEmpty() ? "(no gold states its fields)" : String.join(" · ", scores)));
    }
    return sb.toString();
  }

  /** Whether a report line scores a contract field: itself, or a part of it ({@code appeal_*}). */
  private static boolean covers(String field, String reportLine) {
    return reportLine.equals(field) || reportLine.startsWith(field + "_");
  }

  public static String format(GoldEvaluator.Report report) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "gold documents: %d%n%n", report.documents()));
    sb.append(
        String.format(
            Locale.ROOT,
            "%-19s %9s %9s %9s %5s %5s %5s%n",
            "field",
            "precision",
            "recall",
            "F1",
            "tp",
            "fp",
            "fn"));
    for (Map.Entry<String, FieldScore> e : report.sets().entrySet()) {
      FieldScore s = e.getValue();
      if (s.truePositives() + s.falsePositives() + s.falseNegatives() == 0
          && GoldEvaluator.OPTIONAL_SET_FIELDS.contains(e.getKey())) {
        continue; // no gold file states it
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "%-19s %9.3f %9.3f %9.3f %5d %5d %5d%n",
              e.getKey(),
              s.precision(),
              s.recall(),
              s.f1(),
              s.truePositives(),
              s.falsePositives(),
              s.falseNegatives()));
    }
    sb.append(String.format(Locale.ROOT, "%n%-19s %9s %9s%n", "field", "accuracy", "correct"));
    for (Map.Entry<String, ScalarScore> e : report.scalars().entrySet()) {
      ScalarScore s = e.getValue();
      if (s.total() == 0) {
        continue;
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "%-19s %9.3f %5d/%d%n",
              e.getKey(),
              s.accuracy(),
              s.correct(),
              s.total()));
    }
    return sb.toString();
  }
}
