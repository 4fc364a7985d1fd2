package org.foilens.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foilens.model.Message;
import org.foilens.model.MessageRole;
import org.foilens.text.UkDates;

/**
 * Splits the text of a WhatDoTheyKnow request page, copied and pasted, into its messages. The page
 * marks each message by a heading: an authority's reply by "sender, Authority" (or a short team
 * name ending in a comma), an annotation by "Name left an annotation ()", and a request or
 * follow-up begins "Dear Authority,". The page's furniture ("show quoted sections", "References /
 * Visible links" lists, "1 Attachment") is dropped. Pasted pages carry no dates.
 */
public final class PastedThreadSplitter {

  private static final Pattern SALUTATION =
      Pattern.compile("^\\s*Dear\\s+(?<name>[^,\\n]{2,120}),?\\s*$");
  private static final Pattern ANNOTATION =
      Pattern.compile("^\\s*(?<name>.{1,120}?) left an annotation \\((?<when>.*)\\)\\s*$");
  private static final Pattern TEAM_HEADING =
      Pattern.compile(
          "^\\s*(?<name>[A-Z][^.!?:\\n"
              + "]{2,80}(Team|Unit|Office|Officer|Department|Service|Section|Mailbox)),\\s*$");
  private static final Pattern FURNITURE =
      Pattern.compile(
          "^\\s*(show quoted sections|hide quoted sections|References|Visible links|\\d+"
              + " Attachments?|Link to this|Report offensive annotation|Add an annotation.*)\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LINK_ITEM =
      Pattern.compile("^\\s*\\d+\\.\\s+(https?://|mailto:|\\[).*");
  private static final Pattern SIGN_OFF =
      Pattern.compile("^\\s*Yours (faithfully|sincerely),?\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern AUTOMATED =
      Pattern.compile(
          "(automated (confirmation|response|reply)|auto-?reply|out of (the )?office)",
          Pattern.CASE_INSENSITIVE);

  /** A date alone on a line, perhaps after a weekday. */
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "^\\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?<date>"
              + UkDates.DATE.pattern()
              + ")[.,]?\\s*$",
          Pattern.CASE_INSENSITIVE);

  /**
   * "your Freedom of Information request dated 14 March 2017": the date a reply gives a request.
   */
  private static final Pattern REQUEST_DATED =
      Pattern.compile(
          "\\byour\\s+(?:[\\w-]+\\s+){0,4}?(?:request|e-?mail|letter)(?:\\s+for\\s+information)?"
              + "\\s+(?:dated|of|sent\\s+on|received\\s+on|which\\s+we\\s+received\\s+on)\\s+(?<date>"
              + UkDates.DATE.pattern()
              + ")",
          Pattern.CASE_INSENSITIVE);

  /** Lines at the top of a message where its own date may stand. */
  private static final int DATE_LINES = 3;

  /** A message being read: who it is from, in what role, its heading's date, its lines so far. */
  private static final class Draft {
    final String from;
    final MessageRole role;
    final LocalDate headingDate;
    final List<String> lines = new ArrayList<>();

    Draft(String from, MessageRole role) {
      this(from, role, null);
    }

    Draft(String from, MessageRole role, LocalDate headingDate) {
      this.from = from;
      this.role = role;
      this.headingDate = headingDate;
    }

    boolean hasText() {
      return lines.stream().anyMatch(l -> !l.isBlank());
    }
  }

  public List<Message> split(String text) {
    String[] lines = text.split("\\R");
    String authority = firstAddressee(lines);
    List<Draft> drafts = new ArrayList<>();
    Draft current = null;
    boolean inLinks = false;
    for (String line : lines) {
      if (FURNITURE.matcher(line).matches()) {
        inLinks = line.strip().equalsIgnoreCase("Visible links");
        continue;
      }
      if (inLinks && (LINK_ITEM.matcher(line).matches() || line.isBlank())) {
        continue;
      }
      inLinks = false;
      Matcher annotation = ANNOTATION.matcher(line);
      Matcher dear = SALUTATION.matcher(line);
      Draft next = null;
      if (annotation.matches()) {
        next =
            new Draft(
                annotation.group("name").strip(),
                MessageRole.ANNOTATION,
                UkDates.firstIn(annotation.group("when")));
      } else if (authority != null && isAuthorityHeading(line, authority)) {
        next = new Draft(line.strip(), MessageRole.AUTHORITY);
      } else if (TEAM_HEADING.matcher(line).matches() && (current == null || current.hasText())) {
        next = new Draft(line.strip().replaceAll(",$", ""), MessageRole.AUTHORITY);
      } else if (dear.matches()
          && authority != null
          && dear.group("name").strip().equalsIgnoreCase(authority)
          && (current == null || current.hasText())) {
        next = new Draft(null, MessageRole.REQUESTER);
      } else if (current == null && dear.matches()) {
        next = new Draft(null, MessageRole.REQUESTER); // the request itself opens the thread
      }
      if (next != null) {
        drafts.add(next);
        current = next;
        if (next.role == MessageRole.REQUESTER) {
          current.lines.add(line);
        }
        continue;
      }
      if (current != null) {
        current.lines.add(line);
      }
    }
    List<Message> out = new ArrayList<>();
    for (Draft d : drafts) {
      String body = String.join("\n", d.lines).replaceAll("\\n{3,}", "\n\n").strip();
      if (body.isEmpty()) {
        continue;
      }
      MessageRole role =
          d.role == MessageRole.AUTHORITY && AUTOMATED.matcher(body).find()
              ? MessageRole.SYSTEM
              : d.role;
      String from = d.from == null && role == MessageRole.REQUESTER ? signature(d.lines) : d.from;
      LocalDate date = d.headingDate != null ? d.headingDate : leadingDate(d.lines);
      out.add(new Message(from, role, date, body, List.of()));
    }
    return datedRequest(out);
  }

  /** A date standing alone on one of a message's first non-empty lines, or null. */
  private static LocalDate leadingDate(List<String> lines) {
    int seen = 0;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      Matcher m = DATE_LINE.matcher(line);
      if (m.matches()) {
        return UkDates.firstIn(m.group("date"));
      }
      if (++seen >= DATE_LINES) {
        break;
      }
    }
    return null;
  }

  /**
   * The messages, with the first request dated by the first later reply that gives its date, when
   * the page shows none of its own and the date is not after the reply's.
   */
  private static List<Message> datedRequest(List<Message> messages) {
    List<Message> out = new ArrayList<>(messages);
    for (int i = 0; i < out.size(); i++) {
      Message request = out.get(i);
      if (!request.isFrom(MessageRole.REQUESTER)) {
        continue;
      }
      if (request.date() != null) {
        break;
      }
      for (int j = i + 1; j < out.size(); j++) {
        Message reply = out.get(j);
        Matcher m = REQUEST_DATED.matcher(reply.text() == null ? "" : reply.text());
        if (reply.isFrom(MessageRole.AUTHORITY) && m.find()) {
          LocalDate given = UkDates.firstIn(m.group("date"));
          if (given != null && (reply.date() == null || !given.isAfter(reply.date()))) {
            out.set(
                i,
                new Message(
                    request.from(), request.role(), given, request.text(), request.files()));
          }
          break;
        }
      }
      break;
    }
    return out;
  }

  /** The name under "Yours faithfully," in a requester's message, or null. */
  private static String signature(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (SIGN_OFF.matcher(lines.get(i)).matches()) {
        for (int j = i + 1; j < lines.size(); j++) {
          String name = lines.get(j).strip();
          if (!name.isEmpty()) {
            return name.length() <= 80 ? name : null;
          }
        }
      }
    }
    return null;
  }

  /** Who the thread's first "Dear …," addresses: on a request page, the authority. */
  private static String firstAddressee(String[] lines) {
    for (String line : lines) {
      Matcher m = SALUTATION.matcher(line);
      if (m.matches()) {
        return m.group("name").strip();
      }
    }
    return null;
  }

  /**
   * "DWP Central FOI Team, Department for Work and Pensions": a sender heading of the authority.
   */
  private static boolean isAuthorityHeading(String line, String authority) {
    String l = line.strip();
    return l.length() <= 200 && l.endsWith(", " + authority) && !l.startsWith("Dear ");
  }
}
