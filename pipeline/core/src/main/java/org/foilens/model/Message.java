package org.foilens.model;

import java.util.List;

/**
 * One message of a correspondence, as in {@code messages[]} of the output contract.
 *
 * @param from the sender as written, or null
 * @param role requester, authority, annotation or system; null when unknown
 * @param date ISO date, or null
 * @param text the message's own words
 * @param files its attachments with their text
 */
public record Message(String from, String role, String date, String text, List<Attachment> files) {

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
}
