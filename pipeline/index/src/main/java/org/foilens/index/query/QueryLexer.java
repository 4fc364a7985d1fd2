package org.foilens.index.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a query into what the classic syntax reads literally ({@code "phrases"}, {@code /regular
 * expressions/}, {@code [ranges TO …]}) and the free text between them, the only place where
 * citations and references are looked for. Finds an unclosed quote or regular expression on the
 * way, with its column.
 */
final class QueryLexer {

  /** What a stretch of the query is. */
  enum Kind {
    TEXT,
    PHRASE,
    REGEX,
    RANGE
  }

  /** A stretch of the query, {@code [start, end)}. */
  record Segment(Kind kind, int start, int end) {}

  /**
   * The query's stretches in order, and the first problem the lexer met (or null).
   *
   * @param problem a sentence for the person who wrote the query
   */
  record Lexed(List<Segment> segments, String problem) {}

  private QueryLexer() {}

  static Lexed lex(String q) {
    List<Segment> out = new ArrayList<>();
    int text = 0;
    int i = 0;
    while (i < q.length()) {
      char c = q.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '"') {
        int close = closing(q, i + 1, '"');
        if (close < 0) {
          return new Lexed(
              out,
              "a quote opened at column " + (i + 1) + " is not closed: add a \" after the words");
        }
        flush(out, text, i);
        out.add(new Segment(Kind.PHRASE, i, close + 1));
        i = text = close + 1;
        continue;
      }
      if (c == '/' && termStart(q, i)) {
        int close = regexEnd(q, i + 1);
        if (close < 0) {
          return new Lexed(
              out,
              "a regular expression opened by the / at column "
                  + (i + 1)
                  + " is not closed (to search for a slash, put the words in quotes)");
        }
        flush(out, text, i);
        out.add(new Segment(Kind.REGEX, i, close + 1));
        i = text = close + 1;
        continue;
      }
      if ((c == '[' || c == '{') && termStart(q, i)) {
        int close = rangeEnd(q, i + 1);
        if (close >= 0 && q.substring(i + 1, close).matches("(?s).*\\sTO\\s.*")) {
          flush(out, text, i);
          out.add(new Segment(Kind.RANGE, i, close + 1));
          i = text = close + 1;
          continue;
        }
      }
      i++;
    }
    flush(out, text, q.length());
    return new Lexed(out, null);
  }

  private static void flush(List<Segment> out, int from, int to) {
    if (to > from) {
      out.add(new Segment(Kind.TEXT, from, to));
    }
  }

  /** Whether position {@code i} starts a term: at the start, or after a space or an operator. */
  static boolean termStart(String q, int i) {
    if (i == 0) {
      return true;
    }
    char before = q.charAt(i - 1);
    return Character.isWhitespace(before) || "(:+-!".indexOf(before) >= 0;
  }

  private static int closing(String q, int from, char quote) {
    for (int i = from; i < q.length(); i++) {
      char c = q.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == quote) {
        return i;
      }
    }
    return -1;
  }

  /** The slash that closes a regular expression: one followed by the end of a term. */
  private static int regexEnd(String q, int from) {
    for (int i = from; i < q.length(); i++) {
      char c = q.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '/') {
        return i;
      }
    }
    return -1;
  }

  private static int rangeEnd(String q, int from) {
    for (int i = from; i < q.length(); i++) {
      char c = q.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        int close = closing(q, i + 1, '"');
        if (close < 0) {
          return -1;
        }
        i = close;
      } else if (c == ']' || c == '}') {
        return i;
      } else if (c == '[' || c == '{') {
        return -1;
      }
    }
    return -1;
  }
}
