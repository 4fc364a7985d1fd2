package org.foilens.eval;

/**
 * The scores of one group of real decisions (all of them, one format, one era): provisions
 * precision and recall, case references, and the accuracy of the ruled provisions' findings, the
 * outcome, the date (over decisions that print one), the authority and the kind.
 */
public final class DecisionScores {

  private int documents;
  private final MatchScore provisions = new MatchScore();
  private final FieldScore caseRefs = new FieldScore();
  private final ScalarScore finding = new ScalarScore();
  private final ScalarScore outcome = new ScalarScore();
  private final ScalarScore date = new ScalarScore();
  private final ScalarScore unprintedDate = new ScalarScore();
  private final ScalarScore authority = new ScalarScore();
  private final ScalarScore unnamedAuthority = new ScalarScore();
  private final ScalarScore kind = new ScalarScore();

  void countDocument() {
    documents++;
  }

  public int documents() {
    return documents;
  }

  /** Provisions: precision over the decisions whose gold lists every provision, recall over all. */
  public MatchScore provisions() {
    return provisions;
  }

  public FieldScore caseRefs() {
    return caseRefs;
  }

  /** Over the gold's ruled provisions; a provision missed, or found without a finding, is wrong. */
  public ScalarScore finding() {
    return finding;
  }

  public ScalarScore outcome() {
    return outcome;
  }

  /** Over the decisions that print their date. */
  public ScalarScore date() {
    return date;
  }

  /** Over the decisions that print no date: right when the pipeline gives none either. */
  public ScalarScore unprintedDate() {
    return unprintedDate;
  }

  /** Over the decisions whose gold names the authority. */
  public ScalarScore authority() {
    return authority;
  }

  /** Over the decisions that name no authority: right when the pipeline names none either. */
  public ScalarScore unnamedAuthority() {
    return unnamedAuthority;
  }

  public ScalarScore kind() {
    return kind;
  }
}
