package org.foilens.tag.finding;

import org.foilens.model.Finding;

/** Weighs what a decision says about one provision into its finding, or none. */
@FunctionalInterface
public interface FindingModel {

  /** The fixed rules of {@link ProvisionEvidence#byRules}. */
  FindingModel RULES = ProvisionEvidence::byRules;

  Finding finding(ProvisionEvidence evidence);
}
