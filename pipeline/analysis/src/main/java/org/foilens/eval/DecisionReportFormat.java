package org.foilens.eval;

import java.util.Locale;
import java.util.Map;

/** The plain-text tables of {@code foilens eval --decisions}: overall, by format, by era. */
public final class DecisionReportFormat {

  private static final String ROW = "%-20s %4s %7s %7s %9s %8s %8s %8s %8s %7s%n";

  private DecisionReportFormat() {}

  public static String format(DecisionSetEvaluator.Report report) {
    StringBuilder sb = new StringBuilder();
    DecisionScores all = report.all();
    sb.append(
        String.format(
            Locale.ROOT, "real decisions: %d, read by %s%n%n", all.documents(), report.protocol()));
    sb.append(String.format(Locale.ROOT, "%-28s %9s %9s%n", "field", "score", "count"));
    line(
        sb,
        "provisions precision",
        all.provisions().precision(),
        all.provisions().foundRight(),
        all.provisions().foundTotal());
    line(
        sb,
        "provisions recall",
        all.provisions().recall(),
        all.provisions().goldFound(),
        all.provisions().goldTotal());
    line(sb, "finding (ruled provisions)", all.finding());
    line(sb, "outcome", all.outcome());
    line(sb, "date (where printed)", all.date());
    line(sb, "date none (none printed)", all.unprintedDate());
    line(sb, "authority (where named)", all.authority());
    line(sb, "authority none (unnamed)", all.unnamedAuthority());
    line(sb, "kind", all.kind());
    line(
        sb,
        "case_refs precision",
        all.caseRefs().precision(),
        all.caseRefs().truePositives(),
        all.caseRefs().truePositives() + all.caseRefs().falsePositives());
    line(
        sb,
        "case_refs recall",
        all.caseRefs().recall(),
        all.caseRefs().truePositives(),
        all.caseRefs().truePositives() + all.caseRefs().falseNegatives());
    sb.append(String.format(Locale.ROOT, "%nby format%n"));
    table(sb, report.byFormat());
    sb.append(String.format(Locale.ROOT, "%nby era%n"));
    table(sb, report.byEra());
    return sb.toString();
  }

  private static <K extends Enum<K>> void table(StringBuilder sb, Map<K, DecisionScores> groups) {
    sb.append(
        String.format(
            Locale.ROOT,
            ROW,
            "",
            "docs",
            "prov P",
            "prov R",
            "finding",
            "outcome",
            "date",
            "auth",
            "kind",
            "refs R"));
    groups.forEach(
        (key, s) ->
            sb.append(
                String.format(
                    Locale.ROOT,
                    ROW,
                    key instanceof DecisionFormat f ? f.label() : ((DecisionEra) key).label(),
                    s.documents(),
                    fraction(s.provisions().precision(), s.provisions().foundTotal()),
                    fraction(s.provisions().recall(), s.provisions().goldTotal()),
                    withCount(s.finding()),
                    fraction(s.outcome().accuracy(), s.outcome().total()),
                    fraction(s.date().accuracy(), s.date().total()),
                    fraction(s.authority().accuracy(), s.authority().total()),
                    fraction(s.kind().accuracy(), s.kind().total()),
                    fraction(
                        s.caseRefs().recall(),
                        s.caseRefs().truePositives() + s.caseRefs().falseNegatives()))));
  }

  private static String withCount(ScalarScore s) {
    return s.total() == 0 ? "-" : String.format(Locale.ROOT, "%.2f/%d", s.accuracy(), s.total());
  }

  private static String fraction(double value, int total) {
    return total == 0 ? "-" : String.format(Locale.ROOT, "%.2f", value);
  }

  private static void line(StringBuilder sb, String name, ScalarScore s) {
    line(sb, name, s.accuracy(), s.correct(), s.total());
  }

  private static void line(StringBuilder sb, String name, double value, int right, int total) {
    sb.append(String.format(Locale.ROOT, "%-28s %9.3f %5d/%d%n", name, value, right, total));
  }
}
