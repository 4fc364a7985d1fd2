package org.foilens.tag.status;

import java.util.List;
import java.util.Set;
import org.foilens.model.Message;
import org.foilens.model.RequestStatus;

/**
 * The status the pipeline gives a thread that states none, from two readings: what the thread says
 * plainly ({@link ThreadStatusReader}) and the trained categorizer ({@link
 * RequestStatusClassifier}). A plain reading of a state the words settle (no answer yet, a
 * withdrawal, a review asked and unanswered) is taken; a reading of the answer's decision is taken
 * where the categorizer agrees; otherwise the categorizer's best status where its probability
 * reaches {@link #SURE}; otherwise none. Without a categorizer, the plain reading stands. A single
 * message of a mail file is no thread: it gets no status (nothing is guessed from nothing).
 * Measured cross-validated on the Sheffield threads (README, train status).
 */
public final class ThreadStatusDecider {

  /** The categorizer's probability at which it is taken against or without a plain reading. */
  public static final double SURE = 0.6;

  private static final Set<RequestStatus> SETTLED_BY_WORDS =
      Set.of(
          RequestStatus.AWAITING_RESPONSE, RequestStatus.WITHDRAWN, RequestStatus.INTERNAL_REVIEW);

  private final ThreadStatusReader reader;
  private final RequestStatusClassifier classifier;

  /**
   * @param reader the reader of what a thread says, or null
   * @param classifier the categorizer, or null
   */
  public ThreadStatusDecider(ThreadStatusReader reader, RequestStatusClassifier classifier) {
    this.reader = reader;
    this.classifier = classifier;
  }

  /**
   * The status, or null where neither reading is sure enough.
   *
   * @param wholeRecord whether the messages are the request's whole record (a WhatDoTheyKnow export
   *     or page): a request with nothing after it is then awaiting its answer; in a mail file one
   *     message alone is no thread to read a status from
   */
  public RequestStatus status(List<Message> messages, boolean wholeRecord) {
    if (messages.isEmpty() || (messages.size() < 2 && !wholeRecord)) {
      return null;
    }
    RequestStatus read = reader == null ? null : reader.status(messages, wholeRecord);
    if (read != null && (classifier == null || SETTLED_BY_WORDS.contains(read))) {
      return read;
    }
    if (classifier == null) {
      return null;
    }
    RequestStatusClassifier.Prediction best = classifier.best(messages);
    if (read != null && read == best.status()) {
      return read;
    }
    return best.probability() >= SURE ? best.status() : null;
  }
}
