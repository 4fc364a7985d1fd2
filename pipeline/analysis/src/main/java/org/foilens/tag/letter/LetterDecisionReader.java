package org.foilens.tag.letter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.foilens.model.RequestStatus;
import org.foilens.model.ResponseTo;

/**
 * What a response letter decided, in the {@code status} vocabulary of threads, read from the
 * authority's own sentences with the cues of {@code config/letter-decision-cues.tsv}: information
 * given and nothing kept back is {@code successful}; given in part, with a part not held, withheld
 * or refused, {@code partially_successful}; nothing given and the information not held, {@code
 * not_held}; nothing given and the request (or its only part) refused or withheld, {@code refused}.
 * A letter that says all the information has now been given is {@code successful} whatever it
 * reports of earlier refusals. A letter with none of these cues gets no status. Whether it answers
 * a request or an internal review is read from its own words too.
 */
public final class LetterDecisionReader {

  /** The readings a letter's sentences can give. */
  enum Reading {
    DISCLOSED,
    NOT_HELD,
    WITHHELD,
    REFUSED,
    GAP,
    COMPLETE,
    REVIEW,
    COVER,
    ANSWER,
    ACKNOWLEDGEMENT
  }

  /** Sentences stating facts that make a letter answering in its own words a disclosure. */
  static final int ANSWERS = 2;

  /** What the letter decided and what it answers; either may be null. */
  public record Decision(RequestStatus status, ResponseTo responseTo, List<String> evidence) {}

  private final LetterCues cues;
  private final LetterSentences sentences;

  public LetterDecisionReader(LetterCues decisionCues, LetterSentences sentences) {
    this.cues = decisionCues;
    this.sentences = sentences;
  }

  /** The decision of a letter's text. */
  public Decision read(String text) {
    return read(sentences.split(text == null ? "" : text));
  }

  /** The decision of a letter already cut into sentences. */
  public Decision read(List<LetterSentences.Sentence> split) {
    Map<Reading, Integer> found = new EnumMap<>(Reading.class);
    List<String> evidence = new ArrayList<>();
    for (LetterSentences.Sentence s : split) {
      if (s.voice() == LetterSentences.Voice.AUTHORITY) {
        readSentence(s.text(), found, evidence);
      }
    }
    return new Decision(status(found), responseTo(found), List.copyOf(evidence));
  }

  private void readSentence(String text, Map<Reading, Integer> found, List<String> evidence) {
    boolean noExemption = cues.anyIn("no_exemption", text);
    boolean cover = cues.anyIn("cover", text);
    boolean negative = cues.anyIn("not_held", text) || cues.anyIn("refused", text);
    for (Reading r : Reading.values()) {
      if ((r == Reading.WITHHELD && noExemption)
          || (r == Reading.DISCLOSED && cover)
          || (r == Reading.ANSWER && negative)) {
        continue;
      }
      if (cues.anyIn(r.name().toLowerCase(Locale.ROOT), text)) {
        found.merge(r, 1, Integer::sum);
        evidence.add(r.name().toLowerCase(Locale.ROOT) + ": " + text);
      }
    }
  }

  static RequestStatus status(Map<Reading, Integer> found) {
    boolean negative =
        found.containsKey(Reading.NOT_HELD)
            || found.containsKey(Reading.WITHHELD)
            || found.containsKey(Reading.REFUSED);
    boolean answered =
        found.getOrDefault(Reading.ANSWER, 0) >= ANSWERS
            && !found.containsKey(Reading.ACKNOWLEDGEMENT);
    boolean given =
        found.containsKey(Reading.DISCLOSED)
            || (found.containsKey(Reading.COVER)
                && (!negative || found.containsKey(Reading.ANSWER)))
            || answered;
    boolean notHeld = found.containsKey(Reading.NOT_HELD);
    boolean withheld = found.containsKey(Reading.WITHHELD);
    boolean refused = found.containsKey(Reading.REFUSED);
    boolean gap = found.containsKey(Reading.GAP);
    if (found.containsKey(Reading.COMPLETE)) {
      return RequestStatus.SUCCESSFUL;
    }
    if (given) {
      return notHeld || withheld || refused || gap
          ? RequestStatus.PARTIALLY_SUCCESSFUL
          : RequestStatus.SUCCESSFUL;
    }
    if (refused || withheld) {
      return RequestStatus.REFUSED;
    }
    if (notHeld) {
      return RequestStatus.NOT_HELD;
    }
    return null;
  }

  private static ResponseTo responseTo(Map<Reading, Integer> found) {
    return found.containsKey(Reading.REVIEW) ? ResponseTo.INTERNAL_REVIEW : ResponseTo.REQUEST;
  }
}
