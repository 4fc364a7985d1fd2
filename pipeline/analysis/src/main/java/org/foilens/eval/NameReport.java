package org.foilens.eval;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderEvaluationMonitor;
import opennlp.tools.util.Span;

/**
 * Precision, recall and F1 of a name finder per name type and over all types, from what OpenNLP's
 * evaluator hands its monitors: a name counts when its tokens and type are exact.
 */
public final class NameReport implements TokenNameFinderEvaluationMonitor {

  private final Map<String, FieldScore> byType = new TreeMap<>();
  private final FieldScore all = new FieldScore();
  private int sentences;

  @Override
  public void correctlyClassified(NameSample reference, NameSample prediction) {
    add(reference, prediction);
  }

  @Override
  public void misclassified(NameSample reference, NameSample prediction) {
    add(reference, prediction);
  }

  private synchronized void add(NameSample reference, NameSample prediction) {
    sentences++;
    for (String type : types(reference, prediction)) {
      Set<String> gold = keys(reference.getNames(), type);
      Set<String> found = keys(prediction.getNames(), type);
      byType.computeIfAbsent(type, t -> new FieldScore()).add(gold, found);
      all.add(gold, found);
    }
  }

  private static Set<String> types(NameSample a, NameSample b) {
    Set<String> types = new TreeSet<>();
    for (Span s : a.getNames()) {
      types.add(s.getType());
    }
    for (Span s : b.getNames()) {
      types.add(s.getType());
    }
    return types;
  }

  private static Set<String> keys(Span[] names, String type) {
    Set<String> keys = new HashSet<>();
    for (Span s : names) {
      if (type.equals(s.getType())) {
        keys.add(s.getStart() + ":" + s.getEnd());
      }
    }
    return keys;
  }

  public Map<String, FieldScore> byType() {
    return byType;
  }

  public FieldScore overall() {
    return all;
  }

  public String format() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "sentences: %d%n", sentences));
    sb.append(
        String.format(
            Locale.ROOT,
            "%-14s %9s %9s %9s %5s %5s %5s%n",
            "type",
            "precision",
            "recall",
            "F1",
            "tp",
            "fp",
            "fn"));
    byType.forEach((type, s) -> sb.append(row(type, s)));
    sb.append(row("all", all));
    return sb.toString();
  }

  private static String row(String name, FieldScore s) {
    return String.format(
        Locale.ROOT,
        "%-14s %9.3f %9.3f %9.3f %5d %5d %5d%n",
        name,
        s.precision(),
        s.recall(),
        s.f1(),
        s.truePositives(),
        s.falsePositives(),
        s.falseNegatives());
  }
}
