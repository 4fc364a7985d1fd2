package org.foilens.model;

/**
 * A file attached to a message, with the text extracted from it.
 *
 * @param name the file name as the message gives it
 * @param text its text, "" when it has none (an image) or none could be read
 */
public record Attachment(String name, String text) {

  public Attachment {
    text = text == null ? "" : text;
  }
}
