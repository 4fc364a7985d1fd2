package org.foilens.model;

/**
 * Who wrote a message of a correspondence: the {@code requester}, the {@code authority}, a third
 * party's {@code annotation} on a request page, or the {@code system} (bounces, auto-replies).
 */
public enum MessageRole implements Vocabulary {
  REQUESTER,
  AUTHORITY,
  ANNOTATION,
  SYSTEM;

  public static MessageRole fromLabel(String label) {
    return Vocabulary.parse(MessageRole.class, label);
  }

  /** The label, as the contract writes it. */
  @Override
  public String toString() {
    return label();
  }
}
