package org.foilens.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * When a request was made and answered; see the output contract. Fields may be null.
 *
 * @param requested the date of the request
 * @param firstReply the date of the authority's first substantive reply (not an acknowledgement)
 * @param workingDays working days from request to that reply, England and Wales bank holidays off
 * @param late whether that took more than 20 working days
 * @param internalReview whether an internal review was asked for or carried out
 */
@JsonPropertyOrder({"requested", "first_reply", "working_days", "late", "internal_review"})
public record Lifecycle(
    @JsonProperty("requested") LocalDate requested,
    @JsonProperty("first_reply") LocalDate firstReply,
    @JsonProperty("working_days") Integer workingDays,
    @JsonProperty("late") Boolean late,
    @JsonProperty("internal_review") Boolean internalReview) {}
