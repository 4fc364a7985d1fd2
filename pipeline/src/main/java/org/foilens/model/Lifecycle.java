package org.foilens.model;

/** When a request was made and answered; see the output contract. Fields may be null. */
public record Lifecycle(
    String requested,
    String firstReply,
    Integer workingDays,
    Boolean late,
    Boolean internalReview) {}
