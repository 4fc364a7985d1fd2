package org.foilens.bench;

import java.util.List;
import org.foilens.corpus.Regime;

/**
 * A provision the benchmark notices can turn on: how the notice cites it, its heading and the
 * sentence that sets out the test it applies.
 *
 * @param regime the Act or Regulations it belongs to
 * @param citation how a notice cites it: {@code section 35(1)(a)}, {@code regulation 12(4)(b)}
 * @param heading the sub-heading of its part of the reasons
 * @param test the sentence that says what it provides
 * @param qualified whether a public interest test follows
 */
record GeneratedProvision(
    Regime regime, String citation, String heading, String test, boolean qualified) {

  static final List<GeneratedProvision> FOIA =
      List.of(
          new GeneratedProvision(
              Regime.FOIA,
              "section 12(1)",
              "cost of compliance",
              "Section 12(1) provides that a public authority is not obliged to comply with a"
                  + " request if it estimates that the cost of complying would exceed the"
                  + " appropriate limit.",
              false),
          new GeneratedProvision(
              Regime.FOIA,
              "section 14(1)",
              "vexatious requests",
              "Section 14(1) provides that a public authority is not obliged to comply with a"
                  + " request for information if the request is vexatious.",
              false),
          new GeneratedProvision(
              Regime.FOIA,
              "section 21",
              "information accessible by other means",
              "Section 21 provides that information which is reasonably accessible to the applicant"
                  + " otherwise than under section 1 is exempt information.",
              false),
          new GeneratedProvision(
              Regime.FOIA,
              "section 22(1)",
              "information intended for future publication",
              "Section 22(1) provides that information is exempt if it is held with a view to its"
                  + " publication at some future date.",
              true),
          new GeneratedProvision(
              Regime.FOIA,
              "section 31(1)(a)",
              "law enforcement",
              "Section 31(1)(a) provides that information is exempt if its disclosure would, or"
                  + " would be likely to, prejudice the prevention or detection of crime.",
              true),
          new GeneratedProvision(
              Regime.FOIA,
              "section 35(1)(a)",
              "formulation of government policy",
              "Section 35(1)(a) provides that information held by a government department is exempt"
                  + " if it relates to the formulation or development of government policy.",
              true),
          new GeneratedProvision(
              Regime.FOIA,
              "section 36(2)(b)(i)",
              "prejudice to the effective conduct of public affairs",
              "Section 36(2)(b)(i) provides that information is exempt if, in the reasonable"
                  + " opinion of a qualified person, its disclosure would inhibit the free and"
                  + " frank provision of advice.",
              true),
          new GeneratedProvision(
              Regime.FOIA,
              "section 38(1)(a)",
              "health and safety",
              "Section 38(1)(a) provides that information is exempt if its disclosure would, or"
                  + " would be likely to, endanger the physical or mental health of any"
                  + " individual.",
              true),
          new GeneratedProvision(
              Regime.FOIA,
              "section 40(2)",
              "personal information",
              "Section 40(2) provides that information is exempt if it is the personal data of"
                  + " someone other than the requester and disclosure would contravene a data"
                  + " protection principle.",
              false),
          new GeneratedProvision(
              Regime.FOIA,
              "section 41(1)",
              "information provided in confidence",
              "Section 41(1) provides that information is exempt if it was obtained from another"
                  + " person and its disclosure would constitute an actionable breach of"
                  + " confidence.",
              false),
          new GeneratedProvision(
              Regime.FOIA,
              "section 42(1)",
              "legal professional privilege",
              "Section 42(1) provides that information in respect of which a claim to legal"
                  + " professional privilege could be maintained in legal proceedings is exempt"
                  + " information.",
              true),
          new GeneratedProvision(
              Regime.FOIA,
              "section 43(2)",
              "commercial interests",
              "Section 43(2) provides that information is exempt if its disclosure would, or would"
                  + " be likely to, prejudice the commercial interests of any person.",
              true));

  static final List<GeneratedProvision> EIR =
      List.of(
          new GeneratedProvision(
              Regime.EIR,
              "regulation 12(4)(b)",
              "manifestly unreasonable requests",
              "Regulation 12(4)(b) provides that a public authority may refuse to disclose"
                  + " information to the extent that the request is manifestly unreasonable.",
              true),
          new GeneratedProvision(
              Regime.EIR,
              "regulation 12(4)(d)",
              "material in the course of completion",
              "Regulation 12(4)(d) provides that a public authority may refuse to disclose"
                  + " information to the extent that the request relates to material which is still"
                  + " in the course of completion.",
              true),
          new GeneratedProvision(
              Regime.EIR,
              "regulation 12(4)(e)",
              "internal communications",
              "Regulation 12(4)(e) provides that a public authority may refuse to disclose"
                  + " information to the extent that the request involves the disclosure of"
                  + " internal communications.",
              true),
          new GeneratedProvision(
              Regime.EIR,
              "regulation 12(5)(b)",
              "the course of justice",
              "Regulation 12(5)(b) provides that a public authority may refuse to disclose"
                  + " information to the extent that its disclosure would adversely affect the"
                  + " course of justice.",
              true),
          new GeneratedProvision(
              Regime.EIR,
              "regulation 12(5)(e)",
              "confidentiality of commercial information",
              "Regulation 12(5)(e) provides that a public authority may refuse to disclose"
                  + " information to the extent that its disclosure would adversely affect the"
                  + " confidentiality of commercial or industrial information.",
              true),
          new GeneratedProvision(
              Regime.EIR,
              "regulation 13",
              "personal data",
              "Regulation 13 provides that third party personal data is excepted from disclosure if"
                  + " disclosure would contravene any of the data protection principles.",
              false));

  /** The provision's citation with its first letter in capitals, to start a sentence. */
  String sentenceStart() {
    return Character.toUpperCase(citation.charAt(0)) + citation.substring(1);
  }
}
