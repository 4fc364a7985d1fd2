package org.foilens.bench;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * One RFC 5322 message of a benchmark thread, written as MIME: a plain-text body and, when there
 * are attachments, a {@code multipart/mixed} with each attachment base64-encoded.
 */
record MailMessage(
    String from,
    String to,
    ZonedDateTime date,
    String subject,
    String messageId,
    String inReplyTo,
    String body,
    List<Attachment> attachments) {

  /** A file attached to a message. */
  record Attachment(String name, String contentType, byte[] content) {}

  private static final DateTimeFormatter RFC_1123 =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ROOT);

  MailMessage {
    attachments = List.copyOf(attachments);
  }

  /** The same message with nothing attached. */
  MailMessage withoutAttachments() {
    return new MailMessage(from, to, date, subject, messageId, inReplyTo, body, List.of());
  }

  /** The message as the bytes of an {@code .eml} file, with CRLF line ends. */
  String toMime() {
    StringBuilder m = new StringBuilder();
    header(m, "From", from);
    header(m, "To", to);
    header(m, "Date", date.withZoneSameInstant(ZoneOffset.UTC).format(RFC_1123));
    header(m, "Subject", subject);
    header(m, "Message-ID", "<" + messageId + ">");
    if (inReplyTo != null) {
      header(m, "In-Reply-To", "<" + inReplyTo + ">");
      header(m, "References", "<" + inReplyTo + ">");
    }
    header(m, "MIME-Version", "1.0");
    if (attachments.isEmpty()) {
      textPart(m);
      return m.toString();
    }
    String boundary = "----=_Part_" + messageId.replaceAll("[^A-Za-z0-9]", "_");
    header(m, "Content-Type", "multipart/mixed; boundary=\"" + boundary + "\"");
    m.append("\r\n");
    m.append("--").append(boundary).append("\r\n");
    textPart(m);
    for (Attachment a : attachments) {
      m.append("\r\n--").append(boundary).append("\r\n");
      header(m, "Content-Type", a.contentType() + "; name=\"" + a.name() + "\"");
      header(m, "Content-Disposition", "attachment; filename=\"" + a.name() + "\"");
      header(m, "Content-Transfer-Encoding", "base64");
      m.append("\r\n");
      String encoded =
          Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
              .encodeToString(a.content());
      m.append(encoded).append("\r\n");
    }
    m.append("\r\n--").append(boundary).append("--\r\n");
    return m.toString();
  }

  private void textPart(StringBuilder m) {
    header(m, "Content-Type", "text/plain; charset=\"utf-8\"");
    header(m, "Content-Transfer-Encoding", "8bit");
    m.append("\r\n");
    m.append(body.replace("\r\n", "\n").replace("\n", "\r\n"));
    if (!body.endsWith("\n")) {
      m.append("\r\n");
    }
  }

  private static void header(StringBuilder m, String name, String value) {
    m.append(name).append(": ").append(value).append("\r\n");
  }
}
