package org.foilens.eval;

/**
 * Precision and recall where matching is not one to one (a gold section matched by two of its
 * subsections): recall counts the gold values found, precision the values found that are right,
 * each decided by the caller.
 */
public final class MatchScore {

  private int goldFound;
  private int goldTotal;
  private int foundRight;
  private int foundTotal;

  void addGold(boolean found) {
    goldTotal++;
    if (found) {
      goldFound++;
    }
  }

  void addFound(boolean right) {
    foundTotal++;
    if (right) {
      foundRight++;
    }
  }

  /** Values found that are right, of all found; 1 when nothing was found. */
  public double precision() {
    return foundTotal == 0 ? 1.0 : (double) foundRight / foundTotal;
  }

  /** Gold values found, of all gold values; 1 when the gold has none. */
  public double recall() {
    return goldTotal == 0 ? 1.0 : (double) goldFound / goldTotal;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public int goldFound() {
    return goldFound;
  }

  public int goldTotal() {
    return goldTotal;
  }

  public int foundRight() {
    return foundRight;
  }

  public int foundTotal() {
    return foundTotal;
  }
}
