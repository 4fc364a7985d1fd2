package org.foilens.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.foilens.model.MailHeaders;

/** A mail's headers as Tika's metadata gives them, read into {@link MailHeaders}. */
final class MailMetadata {

  private MailMetadata() {}

  /**
   * The headers of a part that is an e-mail: a message/* part, anything with a sender, an Outlook
   * item (a sticky note has none), and a TNEF {@code winmail.dat} read on its own; else null.
   */
  static MailHeaders headers(Metadata m, int depth) {
    String type = TikaExtractor.mediaType(m);
    String from = first(m, Message.MESSAGE_FROM, "Message-From");
    boolean outlook = type.equals("application/vnd.ms-outlook");
    boolean tnefFile = depth == 0 && type.equals("application/vnd.ms-tnef");
    if (!type.startsWith("message/") && from == null && !outlook && !tnefFile) {
      return null;
    }
    String inReplyTo = first(m, "Message:Raw-Header:In-Reply-To");
    if (inReplyTo == null) {
      String references = first(m, "Message:Raw-Header:References");
      if (references != null) {
        String[] ids = references.trim().split("\\s+");
        inReplyTo = ids[ids.length - 1];
      }
    }
    return new MailHeaders(
        MailText.header(from),
        MailText.header(first(m, Message.MESSAGE_TO, "Message-To")),
        MailText.header(first(m, TikaCoreProperties.TITLE.getName(), "subject", "dc:subject")),
        utcDate(
            first(
                m,
                TikaCoreProperties.CREATED.getName(),
                "Message:Raw-Header:Date",
                "mapi:client-submit-time")),
        first(m, "Message:Raw-Header:Message-ID", "Message:Raw-Header:Message-Id", "dc:identifier"),
        inReplyTo,
        null);
  }

  private static String first(Metadata m, String... names) {
    for (String name : names) {
      String v = m.get(name);
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /** The day (in UTC) of a timestamp as mail metadata writes it, or null when it is none. */
  static LocalDate utcDate(String value) {
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(value).atOffset(ZoneOffset.UTC).toLocalDate();
      } catch (DateTimeParseException e2) {
        try {
          return value.length() >= 10 ? LocalDate.parse(value.substring(0, 10)) : null;
        } catch (DateTimeParseException e3) {
          return null;
        }
      }
    }
  }
}
