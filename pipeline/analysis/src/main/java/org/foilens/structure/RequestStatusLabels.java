package org.foilens.structure;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the request states WhatDoTheyKnow shows (its JSON {@code display_status}, and the banner
 * sentence of a request page such as "The request was partially successful.") to the {@code status}
 * vocabulary of the output contract.
 */
public final class RequestStatusLabels {

  private static final Map<String, String> DISPLAY_STATUS =
      Map.ofEntries(
          Map.entry("successful", "successful"),
          Map.entry("partially successful", "partially_successful"),
          Map.entry("information not held", "not_held"),
          Map.entry("refused", "refused"),
          Map.entry("awaiting response", "awaiting_response"),
          Map.entry("long overdue", "awaiting_response"),
          Map.entry("delayed", "awaiting_response"),
          Map.entry("waiting clarification", "waiting_clarification"),
          Map.entry("awaiting internal review", "internal_review"),
          Map.entry("withdrawn by the requester", "withdrawn"));

  private static final Pattern BANNER =
      Pattern.compile(
          "^\\s*(The request was (partially successful|successful|refused)"
              + "|Information not held|The request is waiting for clarification"
              + "|Awaiting internal review|Long overdue|Delayed|Awaiting response"
              + "|The request was withdrawn)",
          Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);

  private RequestStatusLabels() {}

  /** The contract status for a WhatDoTheyKnow display status, or null (e.g. unclassified). */
  public static String fromDisplayStatus(String displayStatus) {
    if (displayStatus == null) {
      return null;
    }
    return DISPLAY_STATUS.get(displayStatus.strip().toLowerCase(Locale.ROOT));
  }

  /** The status a pasted request page states in its banner within its first lines, or null. */
  public static String fromBanner(String text) {
    String head = text.substring(0, Math.min(text.length(), 600));
    Matcher m = BANNER.matcher(head);
    if (!m.find()) {
      return null;
    }
    String s = m.group(1).toLowerCase(Locale.ROOT);
    if (s.contains("partially")) {
      return "partially_successful";
    }
    if (s.contains("successful")) {
      return "successful";
    }
    if (s.contains("refused")) {
      return "refused";
    }
    if (s.contains("not held")) {
      return "not_held";
    }
    if (s.contains("clarification")) {
      return "waiting_clarification";
    }
    if (s.contains("internal review")) {
      return "internal_review";
    }
    if (s.contains("withdrawn")) {
      return "withdrawn";
    }
    return "awaiting_response";
  }
}
