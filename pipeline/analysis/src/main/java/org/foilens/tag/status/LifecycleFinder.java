package org.foilens.tag.status;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.foilens.model.Lifecycle;
import org.foilens.model.Message;
import org.foilens.model.MessageRole;
import org.foilens.text.WorkingDays;

/**
 * The lifecycle of a request from its messages: when it was made (the requester's first dated
 * message), when the authority first answered it in substance (its first message that is not an
 * acknowledgement; auto-replies are role {@code system} and never count), the working days between
 * them, {@code late} past FOIA's 20 working days, and whether an internal review was asked for or
 * carried out. A value that cannot be read is null.
 */
public final class LifecycleFinder {

  /** FOIA section 10(1): twenty working days following the date of receipt. */
  public static final int TIME_LIMIT = 20;

  private static final Pattern ACKNOWLEDGEMENT =
      Pattern.compile(
          "(acknowledge (receipt|your)|(which|that) we received on|we (have )?received your"
              + " (request|e-?mail)|has been (logged|received)|we (will|aim to|expect to) (aim to"
              + " )?(respond|reply|send you)|you (will|should) (receive|get) (a|our)"
              + " (response|reply)|working days (from|of) (the date )?(we )?receiv|your reference"
              + " (number )?is|our reference is|is being (dealt with|processed|considered))",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SUBSTANCE =
      Pattern.compile(
          "(please find (attached|enclosed|below)|i (can|am able to) confirm|we (can|are able to)"
              + " confirm|(does|do) not hold|not held|exempt|withh(e|o)ld|refus|clarif|cost"
              + " limit|the information (you|requested)|our response to your|in response to your"
              + " request)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern REVIEW_ASKED =
      Pattern.compile("internal review", Pattern.CASE_INSENSITIVE);
  private static final Pattern REVIEW_DONE =
      Pattern.compile(
          "((outcome|result|findings) of (the|your|my|this) internal review|internal review"
              + " (has|was) (now )?(been )?(completed|carried"
              + " out|conducted|undertaken)|(conducted|carried out|completed|undertaken) (an|the)"
              + " internal review|your (request|complaint) for (an )?internal review|requested an"
              + " internal review|internal review (request|response))",
          Pattern.CASE_INSENSITIVE);

  private final WorkingDays calendar;

  public LifecycleFinder(WorkingDays calendar) {
    this.calendar = calendar;
  }

  /** The lifecycle of a thread; null when it has no messages. */
  public Lifecycle find(List<Message> messages) {
    if (messages.isEmpty()) {
      return null;
    }
    int request = -1;
    for (int i = 0; i < messages.size() && request < 0; i++) {
      if (messages.get(i).isFrom(MessageRole.REQUESTER) && messages.get(i).date() != null) {
        request = i;
      }
    }
    LocalDate requested = request < 0 ? null : messages.get(request).date();
    LocalDate replied = null;
    for (int i = request + 1; i < messages.size() && requested != null && replied == null; i++) {
      Message m = messages.get(i);
      LocalDate d = m.date();
      if (m.isFrom(MessageRole.AUTHORITY)
          && d != null
          && !d.isBefore(requested)
          && substantive(m)) {
        replied = d;
      }
    }
    Integer days = null;
    Boolean late = null;
    if (requested != null && calendar.covers(requested)) {
      if (replied != null && calendar.covers(replied)) {
        days = calendar.between(requested, replied);
        late = days > TIME_LIMIT;
      }
    }
    return new Lifecycle(requested, replied, days, late, internalReview(messages, request));
  }

  /**
   * Whether a reply answers the request rather than acknowledging it: one with an attachment or
   * with the words of an answer does; one with the words of an acknowledgement only does not.
   */
  public static boolean substantive(Message m) {
    String text = m.text() == null ? "" : m.text();
    return !m.files().isEmpty()
        || SUBSTANCE.matcher(text).find()
        || !ACKNOWLEDGEMENT.matcher(text).find();
  }

  /**
   * True when the requester asked for an internal review after the request, or the authority
   * reports one; the offer of a review in a response letter is not one.
   */
  private static boolean internalReview(List<Message> messages, int request) {
    for (int i = 0; i < messages.size(); i++) {
      Message m = messages.get(i);
      String text = m.text() == null ? "" : m.text();
      if (m.isFrom(MessageRole.REQUESTER)
          && i > Math.max(request, 0)
          && REVIEW_ASKED.matcher(text).find()) {
        return true;
      }
      if (m.isFrom(MessageRole.AUTHORITY) && REVIEW_DONE.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }
}
