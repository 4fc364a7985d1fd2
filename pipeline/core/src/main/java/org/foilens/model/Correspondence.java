package org.foilens.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * What a correspondence came to: the request's {@code status}, its {@code lifecycle}, and its
 * messages as the contract lists them.
 *
 * @param status the request's status (threads; response letters: what the letter decided), or null
 * @param lifecycle when the request was made and answered (threads), or null
 * @param messages the messages in order; empty for other documents
 * @param responseTo what a response letter answers (the request or an internal review); null for
 *     other kinds
 */
public record Correspondence(
    RequestStatus status, Lifecycle lifecycle, List<Entry> messages, ResponseTo responseTo) {

  public static final Correspondence NONE = new Correspondence(null, null, null, null);

  public Correspondence {
    messages = messages == null ? List.of() : List.copyOf(messages);
  }

  /** A thread's correspondence: it answers nothing itself. */
  public Correspondence(RequestStatus status, Lifecycle lifecycle, List<Entry> messages) {
    this(status, lifecycle, messages, null);
  }

  /** A message as the contract shows it: {@link Message} with its length, without its files. */
  @JsonPropertyOrder({"from", "role", "date", "chars", "text", "attachments"})
  public record Entry(
      String from,
      MessageRole role,
      LocalDate date,
      int chars,
      String text,
      List<String> attachments) {

    public Entry {
      attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public static Entry of(Message m) {
      return new Entry(m.from(), m.role(), m.date(), m.chars(), m.text(), m.attachments());
    }
  }
}
