package org.foilens.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.foilens.model.Attachment;
import org.foilens.model.ExtractedPart;
import org.foilens.model.Extraction;
import org.foilens.model.MailHeaders;
import org.foilens.model.Message;
import org.foilens.model.MessageRole;

/**
 * Turns the e-mail parts of an extraction (one .eml, the messages of an mbox, the events of a
 * WhatDoTheyKnow export) into the messages of one correspondence, each with its own words (quoted
 * history folded away), its attachments and the role of its sender.
 */
public final class MessageAssembler {

  private static final Pattern SYSTEM_SUBJECT =
      Pattern.compile(
          "(auto(matic)?[ -]?reply|out of (the )?office|delivery (status|failure)|undeliver"
              + "|mail delivery|returned mail|automated (confirmation|response)|acknowledg)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern AUTHORITY_ADDRESS =
      Pattern.compile(
          "@([\\w-]+\\.)*(gov\\.uk|nhs\\.uk|nhs\\.net|police\\.uk|ac\\.uk|sch\\.uk|parliament\\.uk"
              + "|gov\\.scot|gov\\.wales|llyw\\.cymru|mod\\.uk)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern REQUESTER_ADDRESS =
      Pattern.compile("(request-\\d+[-\\w]*@|@whatdotheyknow\\.com)", Pattern.CASE_INSENSITIVE);

  private final QuotedTextFolder folder = new QuotedTextFolder();

  public List<Message> assemble(Extraction extraction) {
    List<ExtractedPart> parts = extraction.parts();
    List<Integer> mailIndexes = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).isMail()) {
        mailIndexes.add(i);
      }
    }
    mailIndexes = innermostFirst(mailIndexes, parts);
    String firstSender = null;
    List<Message> messages = new ArrayList<>();
    for (int i : mailIndexes) {
      ExtractedPart mail = parts.get(i);
      MailHeaders h = mail.mail();
      List<Attachment> attachments = new ArrayList<>();
      for (ExtractedPart p : parts) {
        if (!p.isMail() && p.depth() > mail.depth() && ownerOf(p, parts, mailIndexes) == i) {
          if (p.name() != null) {
            attachments.add(new Attachment(p.name(), p.text()));
          }
        }
      }
      if (firstSender == null && role(h, mail.text(), null) != MessageRole.SYSTEM) {
        firstSender = h.from();
      }
      String own = folder.fold(mail.text(), h.subject());
      messages.add(
          new Message(h.from(), role(h, mail.text(), firstSender), h.date(), own, attachments));
    }
    return messages;
  }

  /**
   * The messages with each one after the messages it carries (a forwarded or quoted-in original,
   * the returned message in a bounce): Tika lists a file's own message first but embedded ones
   * before the messages holding them, and a joined thread lists each file's message first.
   */
  private static List<Integer> innermostFirst(List<Integer> mails, List<ExtractedPart> parts) {
    List<Integer> out = new ArrayList<>();
    Set<Integer> done = new HashSet<>();
    for (int i : mails) {
      emit(i, mails, parts, out, done);
    }
    return out;
  }

  private static void emit(
      int i, List<Integer> mails, List<ExtractedPart> parts, List<Integer> out, Set<Integer> done) {
    if (!done.add(i)) {
      return;
    }
    String prefix = parts.get(i).resourcePath() + "/";
    for (int j : mails) {
      if (!done.contains(j) && parts.get(j).resourcePath().startsWith(prefix)) {
        emit(j, mails, parts, out, done);
      }
    }
    out.add(i);
  }

  /** The index of the message that a non-mail part belongs to: the nearest mail above it. */
  private static int ownerOf(ExtractedPart part, List<ExtractedPart> parts, List<Integer> mails) {
    int owner = -1;
    for (int i : mails) {
      String path = parts.get(i).resourcePath();
      if (part.resourcePath().startsWith(path.isEmpty() ? "" : path + "/")
          && (owner < 0 || path.length() >= parts.get(owner).resourcePath().length())) {
        owner = i;
      }
    }
    return owner;
  }

  static MessageRole role(MailHeaders h, String text, String firstSender) {
    if ("outgoing".equals(h.direction())) {
      return MessageRole.REQUESTER;
    }
    if ("incoming".equals(h.direction())) {
      return MessageRole.AUTHORITY;
    }
    if ("annotation".equals(h.direction())) {
      return MessageRole.ANNOTATION;
    }
    String subject = h.subject() == null ? "" : h.subject();
    String from = h.from() == null ? "" : h.from().toLowerCase(Locale.ROOT);
    if (SYSTEM_SUBJECT.matcher(subject).find()
        || from.contains("mailer-daemon")
        || from.contains("postmaster@")) {
      return MessageRole.SYSTEM;
    }
    if (REQUESTER_ADDRESS.matcher(from).find()) {
      return MessageRole.REQUESTER;
    }
    if (AUTHORITY_ADDRESS.matcher(from).find()) {
      return MessageRole.AUTHORITY;
    }
    if (h.from() != null && h.from().equals(firstSender)) {
      return MessageRole.REQUESTER;
    }
    return h.from() == null ? null : MessageRole.AUTHORITY;
  }
}
