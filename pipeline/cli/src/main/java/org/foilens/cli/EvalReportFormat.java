package org.foilens.cli;

import java.util.Locale;
import java.util.Map;
import org.foilens.eval.FieldScore;
import org.foilens.eval.GoldEvaluator;
import org.foilens.eval.ScalarScore;

/** The plain-text table {@code foilens eval} prints. */
public final class EvalReportFormat {

  private EvalReportFormat() {}

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
