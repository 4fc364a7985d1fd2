package org.foilens.model;

import java.util.List;

/**
 * One message of a correspondence, as in {@code messages[]} of the output contract.
 *
 * @param from the sender as written, or null
 * @param role requester, authority, annotation or system; null when unknown
 * @param date ISO date, or null
 * @param text the message's own words
 * @param attachments names of its attachments
 */
public record Message(String from, String role, String date, String text, List<String> attachments) {

  public Message {
    attachments = List.copyOf(attachments);
  }

  public int chars() {
    return text == null ? 0 : text.length();
  }
}
