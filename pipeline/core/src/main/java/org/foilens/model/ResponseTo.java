package org.foilens.model;

/**
 * What a response letter ({@code foi_response}) answers: the {@code request} itself, or the
 * requester's {@code internal_review} of an earlier answer. Null for other kinds.
 */
public enum ResponseTo implements Vocabulary {
  REQUEST,
  INTERNAL_REVIEW;

  public static ResponseTo fromLabel(String label) {
    return Vocabulary.parse(ResponseTo.class, label);
  }

  /** The label, as the contract writes it. */
  @Override
  public String toString() {
    return label();
  }
}
