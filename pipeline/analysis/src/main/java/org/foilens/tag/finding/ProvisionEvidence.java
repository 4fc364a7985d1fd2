package org.foilens.tag.finding;

import java.util.ArrayList;
import java.util.List;
import org.foilens.model.Finding;
import org.foilens.model.ProvisionRole;

/**
 * What a decision says about one provision, from each source apart: its statement's rulings that
 * cite the provision, its reasons', a tribunal's account of the notice appealed against, the ICO's
 * tag line, rulings that reach it only through a concept, and the decision's outcome as a whole.
 * {@link #byRules} weighs them in that order; {@link #features} describes them for the finding
 * model, which learns the weighing from real decisions.
 */
public final class ProvisionEvidence {

  /** How a tribunal disposed of the appeal; null for a notice. */
  enum Appeal {
    ALLOWED,
    DISMISSED,
    IN_PART
  }

  /** The feature that carries the fixed rules' finding. */
  static final String RULES_FEATURE = "rules=";

  private final String source;
  private final String key;
  private final ProvisionRole role;
  private final List<RulingReader.Ruling> statement = new ArrayList<>();
  private final List<RulingReader.Ruling> reasons = new ArrayList<>();
  private final List<RulingReader.Ruling> recital = new ArrayList<>();
  private final List<RulingReader.Ruling> concept = new ArrayList<>();
  private Finding tag;
  private boolean unruled;
  private boolean familyRuled;
  private boolean statementRules;
  private boolean inStatement;
  private Finding whole;
  private Appeal appeal;

  ProvisionEvidence(String source, String key, ProvisionRole role) {
    this.source = source;
    this.key = key;
    this.role = role;
  }

  /** The path of the decision, as its record's {@code source} gives it. */
  public String source() {
    return source;
  }

  /** The provision: {@code FOIA 35(1)(a)}. */
  public String key() {
    return key;
  }

  void add(RulingReader.Ruling r) {
    if (r.reach() == RulingReader.Reach.CONCEPT) {
      if (r.zone() == RulingReader.Zone.STATEMENT) {
        concept.add(r);
      }
      return;
    }
    switch (r.zone()) {
      case STATEMENT -> statement.add(r);
      case REASONS -> reasons.add(r);
      case RECITAL -> recital.add(r);
      case STEPS -> {}
    }
  }

  void tag(Finding published) {
    tag = published;
  }

  void unruled() {
    unruled = true;
  }

  /**
   * The statement rules on a provision above or below this one: this one takes its finding from
   * those ({@link FindingAnnotator#inherit}), not from weaker sources.
   */
  void familyRuled() {
    familyRuled = true;
  }

  /**
   * The decision's statement rules on some provision by name: what its reasons say of the others is
   * discussion, not a finding.
   */
  void statementRules() {
    statementRules = true;
  }

  void inStatement() {
    inStatement = true;
  }

  /**
   * The decision's outcome as a whole where it states one (a Scottish decision, a tribunal's
   * result), for provisions its statement cites but rules on by no other words.
   */
  void whole(Finding outcome, Appeal disposal) {
    whole = outcome;
    appeal = disposal;
  }

  /**
   * The finding by fixed rules: the statement's rulings; else a tribunal's account of the notice
   * (turned round where the appeal was allowed); else the reasons', unless the statement rules on
   * another provision of the section; else the ICO's tag line; else rulings through a concept; else
   * the decision's whole outcome, for a provision its statement cites. None where the decision says
   * it did not decide the provision.
   */
  Finding byRules() {
    if (defers()) {
      return null;
    }
    Finding f = resolve(statement);
    if (f == null) {
      f = resolve(recital);
      if (f != null && appeal == Appeal.ALLOWED) {
        f = Finding.UPHELD;
      }
    }
    if (f == null && !statementRules) {
      f = resolve(reasons);
    }
    if (f == null) {
      f = tag;
    }
    if (f == null) {
      f = resolve(concept);
    }
    if (f == null && inStatement) {
      f = whole;
    }
    return f;
  }

  /**
   * The finding of a set of rulings on one provision: a public interest test decides a qualified
   * exemption, and only a ruling for the complainant beside it (not engaged for part of the
   * information) makes it partly upheld; without one, rulings both ways make it partly upheld; weak
   * rulings ("is engaged") alone are for the authority.
   */
  static Finding resolve(List<RulingReader.Ruling> rulings) {
    if (rulings.isEmpty()) {
      return null;
    }
    boolean piComplainant = false;
    boolean piAuthority = false;
    boolean complainant = false;
    boolean authority = false;
    for (RulingReader.Ruling r : rulings) {
      if (r.publicInterest()) {
        piComplainant |= r.side() == Side.COMPLAINANT;
        piAuthority |= r.side() == Side.AUTHORITY;
      } else if (r.side() == Side.COMPLAINANT) {
        complainant = true;
      } else if (!r.weak()) {
        authority = true;
      }
    }
    if (piComplainant || piAuthority) {
      return Side.finding(piComplainant || complainant, piAuthority);
    }
    if (complainant || authority) {
      return Side.finding(complainant, authority);
    }
    return Finding.NOT_UPHELD; // engaged, nothing more said
  }

  /**
   * Whether the provision is not to be weighed at all: the decision says it did not decide it, or
   * its statement rules on a provision above or below it and says nothing of this one, which then
   * takes its relatives' finding ({@link FindingAnnotator#inherit}). Neither rules nor model weigh
   * such a provision.
   */
  public boolean defers() {
    return statement.isEmpty() && (unruled || familyRuled);
  }

  /**
   * The evidence as the finding model's features: the fixed rules' finding, the source it came
   * from, whether the ICO's tag line agrees with it, what kind of rulings the statement made, and
   * the provision's role. The model learns how far to trust each source.
   */
  String[] features() {
    Finding rules = byRules();
    String from = decidedBy();
    String tagAgrees = tag == null ? "none" : rules == null ? "alone" : tag == rules ? "yes" : "no";
    return new String[] {
      RULES_FEATURE + label(rules),
      "from=" + from,
      "rules+from=" + label(rules) + "+" + from,
      "tagAgrees=" + tagAgrees,
      "statementKinds=" + kinds(statement),
      "role=" + role.label()
    };
  }

  /** Which source the fixed rules' finding came from. */
  private String decidedBy() {
    if (defers()) {
      return "deferred";
    }
    if (resolve(statement) != null) {
      return "statement";
    }
    if (resolve(recital) != null) {
      return "recital";
    }
    if (!statementRules && resolve(reasons) != null) {
      return "reasons";
    }
    if (tag != null) {
      return "tag";
    }
    if (resolve(concept) != null) {
      return "concept";
    }
    return inStatement && whole != null ? "whole" : "none";
  }

  private static String kinds(List<RulingReader.Ruling> rulings) {
    boolean pi = rulings.stream().anyMatch(RulingReader.Ruling::publicInterest);
    boolean weak = !rulings.isEmpty() && rulings.stream().allMatch(RulingReader.Ruling::weak);
    return pi ? "pi" : weak ? "weak" : rulings.isEmpty() ? "none" : "outright";
  }

  private static String label(Finding f) {
    return f == null ? "none" : f.label();
  }
}
