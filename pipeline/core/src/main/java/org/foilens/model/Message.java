package org.foilens.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One message of a correspondence, with its attachments' text: what the index keeps of it. The
 * contract shows it as a {@link Correspondence.Entry}.
 *
 * @param from the sender as written, or null
 * @param role who wrote it; null when unknown
 * @param date the date it was sent, or null
 * @param text the message's own words
 * @param files its attachments with their text
 */
public record Message(
    String from, MessageRole role, LocalDate date, String text, List<Attachment> files) {

  public Message {
    files = List.copyOf(files);
  }

  /** The names of its attachments, as the contract lists them. */
  public List<String> attachments() {
    return files.stream().map(Attachment::name).toList();
  }

  public int chars() {
    return text == null ? 0 : text.length();
  }

  public boolean isFrom(MessageRole who) {
    return role == who;
  }
}
