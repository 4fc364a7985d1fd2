package org.foilens.model;

/**
 * One piece of an extracted file: the file itself (depth 0) or a document embedded in it (an e-mail
 * inside an mbox, an attachment inside an e-mail).
 *
 * @param resourcePath Tika's embedded resource path, "" for the file itself
 * @param depth 0 for the file itself, 1 for its children, and so on
 * @param mediaType the detected media type
 * @param name the file or attachment name, or null
 * @param text the plain text of this part alone
 * @param mail the headers when this part is an e-mail message, else null
 */
public record ExtractedPart(
    String resourcePath, int depth, String mediaType, String name, String text, MailHeaders mail) {

  public boolean isMail() {
    return mail != null;
  }
}
