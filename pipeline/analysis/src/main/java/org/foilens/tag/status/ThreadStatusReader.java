package org.foilens.tag.status;

import java.io.IOException;
import java.util.List;
import org.foilens.FoilensConfig;
import org.foilens.model.Attachment;
import org.foilens.model.Message;
import org.foilens.model.MessageRole;
import org.foilens.model.RequestStatus;
import org.foilens.tag.letter.LetterCues;
import org.foilens.tag.letter.LetterDecisionReader;

/**
 * A request's status read from what its thread says, where it says it plainly: the requester's
 * withdrawal, or internal review asked for after the last answer and not yet answered; the
 * authority's request for clarification with no answer given; no answer yet at all (only
 * acknowledgements) while the requester waits; else the decision of the authority's last answer,
 * read from its words and its attached letters as a response letter's is ({@link
 * LetterDecisionReader}), an internal review's outcome included. Null where the thread does not say
 * enough: the caller may then ask a trained model, or leave the status unknown.
 */
public final class ThreadStatusReader {

  /** A status and the rule that gave it, for people checking a reading. */
  public record Reading(RequestStatus status, String rule) {
    static final Reading NONE = new Reading(null, "none");
  }

  private final LetterCues cues;
  private final LetterDecisionReader decisions;

  public ThreadStatusReader(LetterCues threadCues, LetterDecisionReader decisions) {
    this.cues = threadCues;
    this.decisions = decisions;
  }

  /** The reader of a configuration's {@code thread-status-cues.tsv}. */
  public static ThreadStatusReader load(FoilensConfig config, LetterDecisionReader decisions)
      throws IOException {
    return new ThreadStatusReader(
        LetterCues.read(config.file("thread-status-cues.tsv"), "reading"), decisions);
  }

  public RequestStatus status(List<Message> messages) {
    return read(messages, false).status();
  }

  /**
   * @param wholeRecord whether the messages are the request's whole record (a WhatDoTheyKnow export
   *     or page), so that a request with nothing after it is one still awaiting its answer; a mail
   *     file may hold a part only
   */
  public RequestStatus status(List<Message> messages, boolean wholeRecord) {
    return read(messages, wholeRecord).status();
  }

  public Reading read(List<Message> messages, boolean wholeRecord) {
    int lastAnswer = lastAnswer(messages);
    int lastAuthority = -1;
    boolean asked = false;
    for (int i = 0; i < messages.size(); i++) {
      Message m = messages.get(i);
      if (m.isFrom(MessageRole.REQUESTER)) {
        asked = true;
      }
      if (m.isFrom(MessageRole.AUTHORITY)) {
        lastAuthority = i;
      }
    }
    if (!asked) {
      return Reading.NONE;
    }
    for (int i = Math.max(lastAuthority, 0); i < messages.size(); i++) {
      Message m = messages.get(i);
      if (m.isFrom(MessageRole.REQUESTER)
          && i > lastAuthority
          && cues.anyIn("withdrawn", text(m))) {
        return new Reading(RequestStatus.WITHDRAWN, "the requester withdrew the request");
      }
    }
    if (lastAnswer < 0) {
      for (int i = 1; i < messages.size(); i++) {
        Message m = messages.get(i);
        if (m.isFrom(MessageRole.REQUESTER) && cues.anyIn("review_asked", text(m))) {
          return new Reading(
              RequestStatus.INTERNAL_REVIEW, "internal review asked, nothing answered");
        }
      }
      // a request alone in a mail file says nothing of what became of it: only a whole record, or a
      // thread that shows the wait (an acknowledgement, a bounce, a reminder), is awaiting a
      // response
      boolean waiting =
          wholeRecord
              || lastAuthority >= 0
              || messages.stream().anyMatch(m -> m.isFrom(MessageRole.SYSTEM))
              || messages.stream().filter(m -> m.isFrom(MessageRole.REQUESTER)).count() > 1;
      return waiting
          ? new Reading(RequestStatus.AWAITING_RESPONSE, "no answer yet, only acknowledgements")
          : Reading.NONE;
    }
    for (int i = lastAnswer + 1; i < messages.size(); i++) {
      Message m = messages.get(i);
      if (m.isFrom(MessageRole.REQUESTER) && cues.anyIn("review_asked", text(m))) {
        return new Reading(RequestStatus.INTERNAL_REVIEW, "internal review asked, not answered");
      }
    }
    Message answer = messages.get(lastAnswer);
    LetterDecisionReader.Decision decision = decisions.read(withAttachments(answer));
    if (decision.status() != null) {
      return new Reading(decision.status(), "the last answer's decision");
    }
    if (cues.anyIn("clarification_asked", text(answer))) {
      return new Reading(RequestStatus.WAITING_CLARIFICATION, "the authority asked to clarify");
    }
    return Reading.NONE;
  }

  /** The index of the authority's last answer (see {@link #answers}), or -1. */
  private int lastAnswer(List<Message> messages) {
    for (int i = messages.size() - 1; i >= 0; i--) {
      Message m = messages.get(i);
      if (m.isFrom(MessageRole.AUTHORITY) && answers(m)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a reply answers: it carries a letter, decides something, or is no acknowledgement. */
  boolean answers(Message m) {
    return !m.files().isEmpty()
        || decisions.read(withAttachments(m)).status() != null
        || LifecycleFinder.substantive(m);
  }

  private static String text(Message m) {
    return m.text() == null ? "" : m.text();
  }

  /** A reply's words, then the text of each letter attached to it. */
  static String withAttachments(Message m) {
    StringBuilder sb = new StringBuilder(text(m));
    for (Attachment a : m.files()) {
      if (a.text() != null && !a.text().isBlank()) {
        sb.append("\n\n").append(a.text());
      }
    }
    return sb.toString();
  }
}
