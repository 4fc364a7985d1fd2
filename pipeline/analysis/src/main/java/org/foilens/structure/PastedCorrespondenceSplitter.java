package org.foilens.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.foilens.model.Message;
import org.foilens.model.MessageRole;

/**
 * Splits an exchange of e-mails pasted into one file (not a WhatDoTheyKnow page) into its letters:
 * each begins at its salutation ("Dear Ms Lewis", "Hello,"), and a heading line just before it (a
 * Markdown "## Their reply", "From: …") goes with it. Who wrote a letter is read from whom it
 * addresses: a letter to a person by name ("Dear Vanessa", "Dear Ms Lewis") is the authority's
 * answer to its requester; one to an office, to Sir or Madam, or to nobody in particular ("Hello")
 * is the requester's. The pasted text shows no dates of its own, so the letters have none.
 */
public final class PastedCorrespondenceSplitter {

  private static final Pattern SALUTATION =
      Pattern.compile(
          "^\\s*(?:Dear\\s+(?<name>[^\\n,]{2,60})|Hello|Hi|Good (?:morning|afternoon))[,!]?\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADING = Pattern.compile("^\\s*(?:#{1,6}\\s+.*|From:.*)$");
  private static final Pattern NOT_A_PERSON =
      Pattern.compile(
          "\\b(?:Sir|Madam|Sirs|Team|Council|Trust|Department|Office|Officer|Authority|Service"
              + "|Board|Police|Ministry|Agency|Commission|Ombudsman|University|College|FOI"
              + "|Freedom of Information|Colleague|All)\\b",
          Pattern.CASE_INSENSITIVE);

  public List<Message> split(String text) {
    String[] lines = text.split("\\R", -1);
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (SALUTATION.matcher(lines[i]).matches()) {
        int start = i;
        int j = i - 1;
        while (j >= 0 && lines[j].isBlank()) {
          j--;
        }
        if (j >= 0 && HEADING.matcher(lines[j]).matches()) {
          start = j;
        }
        starts.add(start);
      }
    }
    List<Message> out = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int from = starts.get(k);
      int to = k + 1 < starts.size() ? starts.get(k + 1) : lines.length;
      List<String> body = new ArrayList<>();
      MessageRole role = null;
      for (int i = from; i < to; i++) {
        var m = SALUTATION.matcher(lines[i]);
        if (role == null && m.matches()) {
          String name = m.group("name");
          role =
              name != null && !NOT_A_PERSON.matcher(name).find()
                  ? MessageRole.AUTHORITY
                  : MessageRole.REQUESTER;
        }
        if (!(i == from && HEADING.matcher(lines[i]).matches())) {
          body.add(lines[i]);
        }
      }
      String words = String.join("\n", body).replaceAll("\\n{3,}", "\n\n").strip();
      if (!words.isEmpty()) {
        out.add(new Message(null, role, null, words, List.of()));
      }
    }
    return out;
  }
}
