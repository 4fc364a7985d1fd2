package org.foilens.tag.status;

import java.util.List;
import java.util.Set;
import org.foilens.model.Message;
import org.foilens.model.RequestStatus;

/**
 * The status the pipeline gives a thread that states none, from two readings: what the thread says
 * plainly ({@link ThreadStatusReader}) and the trained categorizer ({@link
 * RequestStatusClassifier}). Built to be trusted where it answers, and to answer null rather than
 * guess: a plain reading of a state the words settle (no answer yet, a withdrawal, a review asked
 * and unanswered) is taken; a plain reading of the answer's decision is taken only where the
 * categorizer's best status is the same. A decision the answer states in so many words (not held,
 * refused, clarification asked) needs no more; a reading of success or of partial success, which
 * rests on what the answer leaves out, needs the categorizer's probability at least {@link #SURE},
 * and success also needs nothing in the answer saying part of the request was kept back or not
 * given ({@link StatusFeatures#keptBack}). The categorizer alone never answers. Without a
 * categorizer, the plain reading stands. A single message of a mail file is no thread: it gets no
 * status (nothing is guessed from nothing). Measured cross-validated on the Sheffield threads
 * (docs/commands.md, train status).
 */
public final class ThreadStatusDecider {

  /**
   * The categorizer's least probability for its agreement with a reading of success or partial
   * success to count.
   */
  public static final double SURE = 0.6;

  private static final Set<RequestStatus> SETTLED_BY_WORDS =
      Set.of(
          RequestStatus.AWAITING_RESPONSE, RequestStatus.WITHDRAWN, RequestStatus.INTERNAL_REVIEW);

  /** Readings that rest on what an answer leaves out rather than on what it says. */
  private static final Set<RequestStatus> READ_FROM_WHAT_IS_LEFT_OUT =
      Set.of(RequestStatus.SUCCESSFUL, RequestStatus.PARTIALLY_SUCCESSFUL);

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
   * The status, or null where the readings are not sure enough.
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
    if (read == null || classifier == null || SETTLED_BY_WORDS.contains(read)) {
      return read;
    }
    String[] features = classifier.features().of(messages);
    return decide(read, classifier.best(features), features);
  }

  /**
   * The decision on a plain reading that the words do not settle, given the categorizer's best
   * status for the thread's features.
   */
  static RequestStatus decide(
      RequestStatus read, RequestStatusClassifier.Prediction best, String[] features) {
    return decide(read, best, features, SURE);
  }

  /**
   * As {@link #decide(RequestStatus, RequestStatusClassifier.Prediction, String[])}, at {@code
   * sure}.
   */
  static RequestStatus decide(
      RequestStatus read, RequestStatusClassifier.Prediction best, String[] features, double sure) {
    if (read == null || SETTLED_BY_WORDS.contains(read)) {
      return read;
    }
    if (best.status() != read) {
      return null;
    }
    if (READ_FROM_WHAT_IS_LEFT_OUT.contains(read) && best.probability() < sure) {
      return null;
    }
    if (read == RequestStatus.SUCCESSFUL && StatusFeatures.keptBack(features)) {
      return null;
    }
    return read;
  }
}
