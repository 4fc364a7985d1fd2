package org.foilens.model;

/**
 * The {@code status} of a request, after WhatDoTheyKnow's states: what the thread (or a response
 * letter) came to, as the requester would classify it.
 */
public enum RequestStatus implements Vocabulary {
  SUCCESSFUL,
  PARTIALLY_SUCCESSFUL,
  NOT_HELD,
  REFUSED,
  AWAITING_RESPONSE,
  WAITING_CLARIFICATION,
  INTERNAL_REVIEW,
  WITHDRAWN;

  public static RequestStatus fromLabel(String label) {
    return Vocabulary.parse(RequestStatus.class, label);
  }

  /** The label, as the contract writes it. */
  @Override
  public String toString() {
    return label();
  }
}
