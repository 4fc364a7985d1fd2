package org.foilens.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Accuracy, per-class precision, recall and F1, and the confusion matrix of a classifier's answers
 * against gold labels (null answers count as wrong, shown as "-").
 */
public final class ClassifierReport {

  private final List<String[]> pairs = new ArrayList<>(); // {gold, predicted}

  public void add(String gold, String predicted) {
    pairs.add(new String[] {gold, predicted == null ? "-" : predicted});
  }

  public int size() {
    return pairs.size();
  }

  public double accuracy() {
    return pairs.isEmpty()
        ? 0
        : pairs.stream().filter(p -> p[0].equals(p[1])).count() / (double) pairs.size();
  }

  /** The majority class's share: what always answering the commonest label would score. */
  public double majorityBaseline() {
    Map<String, Integer> counts = new TreeMap<>();
    pairs.forEach(p -> counts.merge(p[0], 1, Integer::sum));
    return pairs.isEmpty()
        ? 0
        : counts.values().stream().mapToInt(Integer::intValue).max().orElse(0)
            / (double) pairs.size();
  }

  public String format() {
    TreeSet<String> labels = new TreeSet<>();
    pairs.forEach(
        p -> {
          labels.add(p[0]);
          labels.add(p[1]);
        });
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "documents %d, accuracy %.3f (majority class alone: %.3f)%n%n",
            size(),
            accuracy(),
            majorityBaseline()));
    sb.append(
        String.format(
            Locale.ROOT,
            "%-24s %9s %9s %9s %7s%n",
            "class",
            "precision",
            "recall",
            "F1",
            "support"));
    for (String label : labels) {
      if (label.equals("-")) {
        continue;
      }
      long tp = pairs.stream().filter(p -> p[0].equals(label) && p[1].equals(label)).count();
      long predicted = pairs.stream().filter(p -> p[1].equals(label)).count();
      long support = pairs.stream().filter(p -> p[0].equals(label)).count();
      double precision = predicted == 0 ? 0 : tp / (double) predicted;
      double recall = support == 0 ? 0 : tp / (double) support;
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      sb.append(
          String.format(
              Locale.ROOT, "%-24s %9.3f %9.3f %9.3f %7d%n", label, precision, recall, f1, support));
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "%nconfusion matrix (rows gold, columns predicted; - = no answer)%n%-24s",
            ""));
    List<String> cols = new ArrayList<>(labels);
    for (int i = 0; i < cols.size(); i++) {
      sb.append(String.format(Locale.ROOT, " %4s", "c" + i));
    }
    sb.append('\n');
    for (String gold : labels) {
      if (gold.equals("-")) {
        continue;
      }
      sb.append(String.format(Locale.ROOT, "%-24s", gold));
      for (String predicted : cols) {
        long n = pairs.stream().filter(p -> p[0].equals(gold) && p[1].equals(predicted)).count();
        sb.append(String.format(Locale.ROOT, " %4d", n));
      }
      sb.append('\n');
    }
    for (int i = 0; i < cols.size(); i++) {
      sb.append(String.format(Locale.ROOT, "  c%d = %s%n", i, cols.get(i)));
    }
    return sb.toString();
  }
}
