package org.foilens.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A decision notice as written in a {@code .notice.txt} source: the header fields and the body
 * blocks.
 *
 * @param name the file name without {@code .notice.txt}; the rendered PDF is {@code <name>.pdf}
 * @param template the layout to render
 * @param regime FOIA or EIR
 * @param reference the ICO case reference
 * @param date the date of the notice
 * @param authority the public authority
 * @param address the authority's address, one entry per line
 * @param body the blocks of the notice's text
 */
public record NoticeSource(
    String name,
    Template template,
    Regime regime,
    String reference,
    LocalDate date,
    String authority,
    List<String> address,
    List<Block> body) {

  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  public NoticeSource {
    address = List.copyOf(address);
    body = List.copyOf(body);
  }

  /** The date as the notice prints it: {@code 20 March 2023}. */
  public String longDate() {
    return date.format(LONG_DATE);
  }

  /** Parses the text of a {@code .notice.txt} file. */
  public static NoticeSource parse(String name, String text) {
    return new NoticeSourceParser().parse(name, text);
  }
}
