package org.foilens.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code .notice.txt} format: {@code key: value} header lines, a {@code ---} line, then
 * the body, where a blank line ends a block and {@code ##}, {@code ###}, {@code N.}, {@code -} and
 * {@code >} start headings, numbered paragraphs, bullets and quoted paragraphs. Continuation lines
 * join the block they follow with a space, except in unnumbered paragraphs (signature blocks,
 * addresses), which keep their line breaks.
 */
final class NoticeSourceParser {

  private static final Pattern FIELD = Pattern.compile("^([A-Za-z]+)\\s*:\\s*(.*)$");
  private static final Pattern COMMENT = Pattern.compile("\\s+#\\s.*$");
  private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\.\\s+(.*)$");

  NoticeSource parse(String name, String text) {
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    int separator = Arrays.asList(lines).indexOf("---");
    if (separator < 0) {
      throw new IllegalArgumentException(name + ": no '---' line between header and body");
    }
    Map<String, String> fields = header(name, Arrays.copyOfRange(lines, 0, separator));
    List<Block> body = body(Arrays.copyOfRange(lines, separator + 1, lines.length));
    return new NoticeSource(
        name,
        Template.of(required(name, fields, "template")),
        Regime.of(required(name, fields, "regime")),
        required(name, fields, "reference"),
        LocalDate.parse(required(name, fields, "date")),
        required(name, fields, "authority"),
        Arrays.stream(required(name, fields, "address").split("\\|"))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList(),
        body);
  }

  private static Map<String, String> header(String name, String[] lines) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : lines) {
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      Matcher m = FIELD.matcher(line);
      if (!m.matches()) {
        throw new IllegalArgumentException(name + ": bad header line: " + line);
      }
      fields.put(
          m.group(1).toLowerCase(Locale.ROOT),
          COMMENT.matcher(m.group(2)).replaceFirst("").strip());
    }
    return fields;
  }

  private static String required(String name, Map<String, String> fields, String key) {
    String value = fields.get(key);
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(name + ": header field '" + key + "' is missing");
    }
    return value;
  }

  /** The kind of block being read, and its paragraph number if it has one. */
  private enum Kind {
    HEADING,
    SUBHEADING,
    NUMBERED,
    BULLET,
    QUOTE,
    PLAIN
  }

  /** A block whose lines are still being collected. */
  private static final class Open {
    final Kind kind;
    final String number;
    final StringBuilder text = new StringBuilder();

    Open(Kind kind, String number, String first) {
      this.kind = kind;
      this.number = number;
      this.text.append(first);
    }

    void add(String more) {
      text.append(kind == Kind.PLAIN ? '\n' : ' ').append(more); // plain blocks keep their lines
    }

    Block close() {
      String t = text.toString();
      return switch (kind) {
        case HEADING -> new Block.Heading(2, t);
        case SUBHEADING -> new Block.Heading(3, t);
        case NUMBERED -> new Block.NumberedParagraph(number, t);
        case BULLET -> new Block.Bullet(t);
        case QUOTE -> new Block.Quote(t);
        case PLAIN -> new Block.Plain(t);
      };
    }
  }

  private static List<Block> body(String[] lines) {
    List<Block> blocks = new ArrayList<>();
    Open open = null;
    for (String raw : lines) {
      String line = raw.strip();
      Open starts = starts(line);
      if (line.isEmpty() || starts != null) {
        if (open != null) {
          blocks.add(open.close());
        }
        open = null;
      }
      if (line.isEmpty()) {
        continue;
      }
      if (starts != null) {
        open = starts.text.isEmpty() ? null : starts;
      } else if (open == null) {
        open = new Open(Kind.PLAIN, null, line);
      } else {
        open.add(line);
      }
      if (open != null && (open.kind == Kind.HEADING || open.kind == Kind.SUBHEADING)) {
        blocks.add(open.close()); // a heading is always one line
        open = null;
      }
    }
    if (open != null) {
      blocks.add(open.close());
    }
    return blocks;
  }

  /** The block a line starts, or null when the line goes on with the open block. */
  private static Open starts(String line) {
    Matcher numbered = NUMBERED.matcher(line);
    if (line.startsWith("### ")) {
      return new Open(Kind.SUBHEADING, null, line.substring(4).strip());
    } else if (line.startsWith("## ")) {
      return new Open(Kind.HEADING, null, line.substring(3).strip());
    } else if (numbered.matches()) {
      return new Open(Kind.NUMBERED, numbered.group(1), numbered.group(2).strip());
    } else if (line.startsWith("- ")) {
      return new Open(Kind.BULLET, null, line.substring(2).strip());
    } else if (line.startsWith(">")) {
      return new Open(Kind.QUOTE, null, line.substring(1).strip());
    }
    return null;
  }
}
