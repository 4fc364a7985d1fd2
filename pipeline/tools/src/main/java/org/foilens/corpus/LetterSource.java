package org.foilens.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An authority's response letter as written in a {@code .letter.txt} source: {@code date:}, {@code
 * title:} and an optional {@code header:} (the running page header), a {@code ---} line, then the
 * letter line by line. A blank line separates paragraphs; a line starting {@code ## } is bold.
 *
 * @param name the file name without {@code .letter.txt}
 * @param date the letter's date, used for the PDF's fixed dates
 * @param title the PDF's title
 * @param header the running header on each page, or empty
 * @param lines the letter's lines
 */
public record LetterSource(
    String name, LocalDate date, String title, String header, List<String> lines) {

  public LetterSource {
    lines = List.copyOf(lines);
  }

  public static LetterSource parse(String name, String text) {
    Map<String, String> fields = new LinkedHashMap<>();
    List<String> lines = new ArrayList<>();
    boolean body = false;
    for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
      if (body) {
        lines.add(line.stripTrailing());
      } else if (line.strip().equals("---")) {
        body = true;
      } else if (!line.isBlank()) {
        int colon = line.indexOf(':');
        if (colon < 0) {
          throw new IllegalArgumentException(name + ": bad header line: " + line);
        }
        fields.put(
            line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).strip());
      }
    }
    if (!body || !fields.containsKey("date")) {
      throw new IllegalArgumentException(name + ": needs a 'date:' field and a '---' line");
    }
    while (!lines.isEmpty() && lines.getLast().isBlank()) {
      lines.removeLast();
    }
    return new LetterSource(
        name,
        LocalDate.parse(fields.get("date")),
        fields.getOrDefault("title", name),
        fields.getOrDefault("header", ""),
        lines);
  }
}
