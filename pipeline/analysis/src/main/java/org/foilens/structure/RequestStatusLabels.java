package org.foilens.structure;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foilens.model.RequestStatus;

/**
 * Maps the request states WhatDoTheyKnow shows (its JSON {@code display_status}, and the banner
 * sentence of a request page such as "The request was partially successful.") to the {@code status}
 * vocabulary of the output contract.
 */
public final class RequestStatusLabels {

  private static final Map<String, RequestStatus> DISPLAY_STATUS =
      Map.ofEntries(
          Map.entry("successful", RequestStatus.SUCCESSFUL),
          Map.entry("partially successful", RequestStatus.PARTIALLY_SUCCESSFUL),
          Map.entry("information not held", RequestStatus.NOT_HELD),
          Map.entry("refused", RequestStatus.REFUSED),
          Map.entry("awaiting response", RequestStatus.AWAITING_RESPONSE),
          Map.entry("long overdue", RequestStatus.AWAITING_RESPONSE),
          Map.entry("delayed", RequestStatus.AWAITING_RESPONSE),
          Map.entry("waiting clarification", RequestStatus.WAITING_CLARIFICATION),
          Map.entry("awaiting internal review", RequestStatus.INTERNAL_REVIEW),
          Map.entry("withdrawn by the requester", RequestStatus.WITHDRAWN));

  /**
   * The sentences Alaveteli's status block writes for each state (its {@code status_text} helpers),
   * at the start of a line of a page's head; the authority's name may open a sentence.
   */
  private static final Pattern BANNER =
      Pattern.compile(
          "^\\s*(?:(?<state>The request was (partially successful|successful|refused)"
              + "|Information not held"
              + "|The request is waiting for clarification"
              + "|Waiting for an internal review|Awaiting internal review"
              + "|Response to this request is (?:long overdue|delayed)|Long overdue|Delayed"
              + "|Currently waiting for a response|Awaiting response"
              + "|This request has been withdrawn|The request was withdrawn)"
              + "|[^\\n]{1,160}?\\s(?<named>did not have the information requested"
              + "|is waiting for your clarification))",
          Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);

  private RequestStatusLabels() {}

  /** The contract status for a WhatDoTheyKnow display status, or null (e.g. unclassified). */
  public static RequestStatus fromDisplayStatus(String displayStatus) {
    if (displayStatus == null) {
      return null;
    }
    return DISPLAY_STATUS.get(displayStatus.strip().toLowerCase(Locale.ROOT));
  }

  /** The status a pasted request page states in its banner within its first lines, or null. */
  public static RequestStatus fromBanner(String text) {
    String head = text.substring(0, Math.min(text.length(), 600));
    Matcher m = BANNER.matcher(head);
    if (!m.find()) {
      return null;
    }
    String s =
        (m.group("state") != null ? m.group("state") : m.group("named")).toLowerCase(Locale.ROOT);
    if (s.contains("partially")) {
      return RequestStatus.PARTIALLY_SUCCESSFUL;
    }
    if (s.contains("successful")) {
      return RequestStatus.SUCCESSFUL;
    }
    if (s.contains("refused")) {
      return RequestStatus.REFUSED;
    }
    if (s.contains("not held") || s.contains("did not have")) {
      return RequestStatus.NOT_HELD;
    }
    if (s.contains("clarification")) {
      return RequestStatus.WAITING_CLARIFICATION;
    }
    if (s.contains("internal review")) {
      return RequestStatus.INTERNAL_REVIEW;
    }
    if (s.contains("withdrawn")) {
      return RequestStatus.WITHDRAWN;
    }
    return RequestStatus.AWAITING_RESPONSE;
  }
}
