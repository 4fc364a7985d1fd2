package org.foilens.eval;

import java.util.Set;

/** Counts for one set-valued field over a gold set: true positives, false positives, misses. */
public final class FieldScore {

  private int truePositives;
  private int falsePositives;
  private int falseNegatives;

  void add(Set<String> gold, Set<String> found) {
    for (String f : found) {
      if (gold.contains(f)) {
        truePositives++;
      } else {
        falsePositives++;
      }
    }
    for (String g : gold) {
      if (!found.contains(g)) {
        falseNegatives++;
      }
    }
  }

  public double precision() {
    int d = truePositives + falsePositives;
    return d == 0 ? 1.0 : (double) truePositives / d;
  }

  public double recall() {
    int d = truePositives + falseNegatives;
    return d == 0 ? 1.0 : (double) truePositives / d;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public int truePositives() {
    return truePositives;
  }

  public int falsePositives() {
    return falsePositives;
  }

  public int falseNegatives() {
    return falseNegatives;
  }
}
