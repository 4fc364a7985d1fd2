package org.foilens.eval;

import java.util.Objects;

/** Accuracy of one single-valued field: how many documents got the gold value. */
public final class ScalarScore {

  private int correct;
  private int total;

  boolean add(String gold, String found) {
    total++;
    boolean ok = Objects.equals(gold, found);
    if (ok) {
      correct++;
    }
    return ok;
  }

  /** Counts one comparison whose agreement was decided by the caller. */
  boolean add(boolean agreed) {
    total++;
    if (agreed) {
      correct++;
    }
    return agreed;
  }

  public double accuracy() {
    return total == 0 ? 1.0 : (double) correct / total;
  }

  public int correct() {
    return correct;
  }

  public int total() {
    return total;
  }
}
