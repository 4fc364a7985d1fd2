package org.foilens.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * How long a case took, as a decision notice tells it: the dates of its steps, each null where the
 * notice gives no full date, and what follows from them.
 *
 * @param requested when the request the decision is about was made
 * @param responded the authority's first response of any kind; null where it never answered before
 *     the complaint, or the notice does not say when
 * @param reviewRequested when the complainant asked for an internal review
 * @param reviewResult when the authority gave the review's outcome
 * @param complained when the complainant complained to the Commissioner
 * @param decided the notice's own date
 * @param requests how many requests the notice dates; more than one means the first is timed
 * @param responseWorkingDays working days from request to response (England and Wales bank holidays
 *     off); null when either is unknown or for a Scottish decision
 * @param late whether the response came after the 20 working days of FOIA section 10(1) or EIR
 *     regulation 5(2), or never came where the notice says it did not; null when unknown
 * @param reviewDays calendar days from the review's request to its outcome
 * @param decisionDays calendar days from the complaint to the decision
 */
@JsonPropertyOrder({
  "requested",
  "responded",
  "review_requested",
  "review_result",
  "complained",
  "decided",
  "requests",
  "response_working_days",
  "late",
  "review_days",
  "decision_days"
})
public record Timeline(
    @JsonProperty("requested") LocalDate requested,
    @JsonProperty("responded") LocalDate responded,
    @JsonProperty("review_requested") LocalDate reviewRequested,
    @JsonProperty("review_result") LocalDate reviewResult,
    @JsonProperty("complained") LocalDate complained,
    @JsonProperty("decided") LocalDate decided,
    @JsonProperty("requests") int requests,
    @JsonProperty("response_working_days") Integer responseWorkingDays,
    @JsonProperty("late") Boolean late,
    @JsonProperty("review_days") Integer reviewDays,
    @JsonProperty("decision_days") Integer decisionDays) {}
