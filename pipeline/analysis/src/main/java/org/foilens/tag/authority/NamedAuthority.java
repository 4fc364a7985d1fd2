package org.foilens.tag.authority;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foilens.text.AuthorityGazetteer;

/**
 * A public body as a decision's own sentences name it where no header does: the name a summary
 * defines for later use ("the University of Bolton (“the University”)", "Ministry of Defence
 * (MOD)"), the body a tribunal's substituted notice orders ("Gwynedd Council must …"), else the
 * first body the gazetteer knows. Never the Information Commissioner, a tribunal, an Act or a
 * company.
 */
final class NamedAuthority {

  /** How far into a text a summary names the authority. */
  static final int SUMMARY = 2500;

  private static final Pattern DEFINITION =
      Pattern.compile("\\s*\\((?:[Tt]he\\s+)?[-\"“‘'«]?\\s*(?:[Tt]he\\s+)?[A-Za-z]");
  private static final Pattern ORDERED =
      Pattern.compile(
          "(?m)(?:^|:\\s+)(?:\\d{1,2}\\.\\s+)?(?<name>(?:The\\s+)?[A-Z][^.\\n:;]{2,120}?)\\s+"
              + "(?:shall|must)\\s+(?:make|issue|disclose|provide|inform|confirm|respond|send|take"
              + "|within|by|,)");
  private static final Pattern STATED =
      Pattern.compile(
          "(?m)^\\s*(?:Organisation|Public authority)\\s*:\\s*([^\\n]{3,120}?)\\s*$"
              + "|[Tt]he public authority in this appeal is (?:the )?([A-Z][^.,;\\n]{2,100})");
  private static final Pattern CONNECTOR = Pattern.compile("of|and|for|the|on|upon|in|&|de");
  private static final Pattern WORD = Pattern.compile("[A-Z][\\w’'.&-]*|[A-Z]{2,}");
  private static final Pattern ORGANISATION =
      Pattern.compile(
          "\\b(?:Council|Department|Office|Authority|Trust|Police|Constabulary|University|Ministry"
              + "|Agency|Service|Board|College|NHS|Borough|Executive|Government|Parliament"
              + "|Treasury|Fire|Corporation|Hospitals?|School|Academy|Institute|Ministers"
              + "|Revenue|Inspectorate|Audit|Commons|Lords|Assembly|Museum|Library|Archives"
              + "|Cabinet|Scotland|Wales|Ireland|England)\\b");
  private static final Pattern NOT_AUTHORITY =
      Pattern.compile(
          "(?i)\\b(?:commissioner|tribunal|act|regulations?|order|ltd|limited|plc|company|group"
              + "|llp|appellant|complainant|applicant|court)\\b");

  private NamedAuthority() {}

  /**
   * The opening of a text without its short lines that are not sentences (a page's title, date and
   * sector line, tag lines): where a summary names bodies in running text.
   */
  static String sentences(String text) {
    StringBuilder sb = new StringBuilder();
    for (String line : text.substring(0, Math.min(text.length(), SUMMARY)).split("\\R")) {
      String l = line.strip();
      if (l.length() >= 100 || l.endsWith(".")) {
        sb.append(l).append('\n');
      }
    }
    return sb.toString();
  }

  /** A name as printed and where it ends. */
  record Named(String name, int end) {}

  /** The first public body a text defines a short name for, as printed; null when none. */
  static Named defined(String text, AuthorityGazetteer gazetteer) {
    Matcher open = DEFINITION.matcher(text);
    while (open.find()) {
      String name = nameBefore(text, open.start());
      if (name != null && isAuthority(name, gazetteer)) {
        return new Named(name, open.start());
      }
    }
    return null;
  }

  /** Whether the token after a body's name makes it part of another name ("… Act 1972"). */
  static boolean namesSomethingElse(String next) {
    return next != null && NOT_AUTHORITY.matcher(next).matches();
  }

  /**
   * The public authority a tribunal decision names outright, even the Information Commissioner when
   * the appeal is about its own handling of a request: "Organisation: The Information
   * Commissioner", "The public authority in this appeal is the Information Commissioner".
   */
  static String stated(String text) {
    Matcher m = STATED.matcher(text);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1) != null ? m.group(1) : m.group(2);
    return name.strip().replaceFirst("\\s*\\([^()]*\\)$", "");
  }

  /** The body a substituted decision notice orders to act ("Ulster University must disclose"). */
  static String ordered(String text, AuthorityGazetteer gazetteer) {
    Matcher m = ORDERED.matcher(text);
    while (m.find()) {
      String name =
          m.group("name")
              .strip()
              .replaceFirst("^(?:Substituted Decision Notice)\\s*", "")
              .replaceFirst(
                  "\\s*\\([^()]*\\)$", ""); // its short name: "Guildford BC ("the Council")"
      if (isAuthority(name, gazetteer)) {
        return name;
      }
    }
    return null;
  }

  static boolean isAuthority(String name, AuthorityGazetteer gazetteer) {
    if (NOT_AUTHORITY.matcher(name).find()) {
      return false;
    }
    AuthorityGazetteer.Authority known = gazetteer.resolve(name);
    if (known != null) {
      return !decides(known);
    }
    return ORGANISATION.matcher(name).find() && name.split("\\s+").length >= 2;
  }

  /**
   * Whether a body is the one that decides complaints about authorities (the Information
   * Commissioner, the Scottish Information Commissioner): never the authority of a decision.
   */
  static boolean decides(AuthorityGazetteer.Authority a) {
    return a.name().contains("Information Commissioner");
  }

  /**
   * The capitalised name that ends just before {@code end}: words with capitals and the small words
   * inside names, without a leading "the" or a trailing possessive; null when there is none.
   */
  static String nameBefore(String text, int end) {
    String before = text.substring(Math.max(0, end - 200), end).stripTrailing();
    before = before.replaceFirst("[’']s$", "");
    String[] words = before.split("\\s+");
    int first = words.length;
    for (int i = words.length - 1; i >= 0; i--) {
      String w = words[i];
      if (WORD.matcher(w).matches() && !w.endsWith(".") && !w.endsWith(",")) {
        first = i;
      } else if (!CONNECTOR.matcher(w).matches() || i == words.length - 1) {
        break;
      }
    }
    while (first < words.length
        && CONNECTOR.matcher(words[first].toLowerCase(Locale.ROOT)).matches()) {
      first++;
    }
    if (first >= words.length) {
      return null;
    }
    return String.join(" ", Arrays.copyOfRange(words, first, words.length));
  }
}
