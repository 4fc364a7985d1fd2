package org.foilens.index.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads case and authority references in the free text of a query, typed as they appear in the
 * documents, and searches each as a phrase of its words, so that the query syntax does not take
 * their slashes, brackets and dashes for its own: {@code FOI 1147/23}, {@code FOI2024/01987},
 * {@code IC-123456-A1B2}, {@code EA/2019/0123}, {@code UA-2023-001762-GIA}, {@code [2024] UKFTT 412
 * (GRC)}, {@code Decision 112/2023}, and a provision written bare ({@code 35(1)(a)}), which is
 * searched as written, as {@code "35(1)(a)"} is. The ICO's and the tribunals' references are
 * written in capitals, which the index's analyzer needs to keep them whole.
 */
final class ReferenceReader {

  /** A neutral citation: {@code [2024] UKFTT 412 (GRC)}, {@code [2019] UKUT 62 (AAC)}. */
  private static final Pattern NEUTRAL =
      Pattern.compile(
          "\\[\\s*\\d{4}\\s*\\]\\s*[A-Za-z]{2,8}"
              + "(?:\\s+(?:Civ|Crim|Admin|Ch|QB|KB|Fam|Comm|TCC|Pat|IPEC))?"
              + "\\s+\\d{1,5}(?:\\s*\\(\\s*[A-Za-z]{2,6}\\s*\\))?",
          Pattern.CASE_INSENSITIVE);

  /**
   * A short prefix in capitals (not an operator of the syntax), or FOI, EIR or RFI in any case, and
   * a space, before a reference's number.
   */
  private static final String PREFIX =
      "(?:(?!(?:AND|OR|NOT|TO)\\s)[A-Z]{2,6}|(?i:foi|eir|rfi))\\s+(?=\\d)";

  /** Not inside a word or a path; a dash before it only as the syntax's NOT. */
  private static final String START = "(?<![\\p{L}\\p{N}/\\\\])(?<![\\p{L}\\p{N}]-)";

  /** Not inside a word, a path or a wildcard ({@code IC-155171*} stays a prefix). */
  private static final String END = "(?![\\p{L}\\p{N}/*?~])";

  /** Words joined by slashes: {@code FOI 1147/23}, {@code EA/2019/0123}, {@code 2018/19}. */
  private static final Pattern SLASHED =
      Pattern.compile(START + "(?:" + PREFIX + ")?[\\p{L}\\p{N}]+(?:/[\\p{L}\\p{N}]+)+" + END);

  /** A number joined by dashes: {@code IC-123456-A1B2}, {@code UA-2023-001762-GIA}. */
  private static final Pattern DASHED =
      Pattern.compile(
          START
              + "(?:"
              + PREFIX
              + ")?(?:[\\p{L}]{0,8}\\d[\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}]+)+"
              + "|[\\p{L}]{1,8}-\\d[\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}]+)*)"
              + "(?![\\p{L}\\p{N}/\\-*?~])");

  /** A request number after FOI or RFI: {@code FOI 4471}. */
  private static final Pattern REQUEST_NUMBER =
      Pattern.compile("(?<![\\p{L}\\p{N}])(?i:foi|rfi)\\s*-?\\s*\\d{2,7}" + END);

  /** A provision written bare: {@code 35(1)(a)}, searched as written. */
  private static final Pattern BARE_PROVISION =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.\\\\])\\d{1,3}[A-Za-z]{0,2}"
              + "(?:\\((?:\\d{1,3}[A-Za-z]{0,2}|[A-Za-z]{1,2}|[ivxIVX]{1,5})\\))+"
              + "(?![\\p{L}\\p{N}(*?~])");

  private ReferenceReader() {}

  /** The references in {@code text[from, to)}, with positions in {@code text}. */
  static List<Reading> read(String text, int from, int to) {
    List<Reading> out = new ArrayList<>();
    find(out, NEUTRAL, text, from, to, 0, true);
    find(out, SLASHED, text, from, to, 2, true);
    find(out, DASHED, text, from, to, 3, true);
    find(out, REQUEST_NUMBER, text, from, to, 4, true);
    find(out, BARE_PROVISION, text, from, to, 5, false);
    return out;
  }

  private static void find(
      List<Reading> out,
      Pattern pattern,
      String text,
      int from,
      int to,
      int priority,
      boolean capitals) {
    Matcher m = pattern.matcher(text).region(from, to);
    m.useTransparentBounds(true);
    while (m.find()) {
      String written = m.group().replaceAll("\\s+", " ");
      String phrase = capitals ? written.toUpperCase(Locale.ROOT) : written;
      out.add(new Reading(m.start(), m.end(), "\"" + phrase + "\"", priority));
    }
  }
}
