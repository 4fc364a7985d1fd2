package org.foilens.index.query;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a query that cannot be read, in one sentence that says what and where ("a
 * bracket opened at column 9 is not closed"), never the parser's internals. {@link #check} finds
 * the common slips before the classic parser sees the query; {@link #explain} turns whatever the
 * parser still refuses into a sentence with the column in the query as typed.
 */
public final class QuerySyntax {

  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||");
  private static final Set<String> BINARY = Set.of("AND", "OR", "&&", "||");
  private static final Pattern TOKEN = Pattern.compile("[^\\s()]+|[()]");
  private static final Pattern EMPTY_FIELD =
      Pattern.compile("([\\p{L}_][\\p{L}\\p{N}_]*):(?=\\s|$|\\))");
  private static final Pattern PARSER_COLUMN = Pattern.compile("line \\d+, column (\\d+)");
  private static final Pattern WRAPPED = Pattern.compile("(?s)^Cannot parse '.*': (.*)$");

  private QuerySyntax() {}

  /**
   * The first slip in a query's free text (its phrases, regular expressions, ranges and the
   * citations and references read in it set aside), or null.
   */
  static String check(String query, List<QueryLexer.Segment> segments, List<Reading> readings) {
    String text = masked(query, segments, readings);
    String brackets = brackets(text);
    if (brackets != null) {
      return brackets;
    }
    Matcher field = EMPTY_FIELD.matcher(text);
    if (field.find()) {
      return field.group()
          + " at column "
          + (field.start() + 1)
          + " has nothing after it: write "
          + field.group(1)
          + ":word or "
          + field.group(1)
          + ":\"some words\"";
    }
    return operators(text);
  }

  /**
   * The free text of a query with everything else blanked to letters, so that a phrase or a
   * citation counts as a word and nothing inside it is taken for syntax.
   */
  private static String masked(
      String query, List<QueryLexer.Segment> segments, List<Reading> readings) {
    char[] out = query.toCharArray();
    for (QueryLexer.Segment s : segments) {
      if (s.kind() != QueryLexer.Kind.TEXT) {
        Arrays.fill(out, s.start(), s.end(), 'x');
      }
    }
    for (Reading r : readings) {
      Arrays.fill(out, r.start(), r.end(), 'x');
    }
    for (int i = 0; i < out.length; i++) {
      if (out[i] == '\\' && i + 1 < out.length) {
        out[i] = 'x';
        out[++i] = 'x';
      }
    }
    return new String(out);
  }

  private static String brackets(String text) {
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        open.push(i);
      } else if (c == ')') {
        if (open.isEmpty()) {
          return "the bracket closed at column " + (i + 1) + " was never opened";
        }
        open.pop();
      } else if (c == '[' || c == '{') {
        return "the "
            + c
            + " at column "
            + (i + 1)
            + " starts a range, written as [2019 TO 2021]; put other words with brackets in quotes";
      } else if (c == ']' || c == '}') {
        return "the " + c + " at column " + (i + 1) + " closes a range that was never opened";
      }
    }
    if (!open.isEmpty()) {
      return "a bracket opened at column " + (open.peekLast() + 1) + " is not closed";
    }
    return null;
  }

  private static String operators(String text) {
    Matcher m = TOKEN.matcher(text);
    String previous = null;
    int previousAt = -1;
    while (m.find()) {
      String token = m.group();
      int column = m.start() + 1;
      boolean operator = OPERATORS.contains(token);
      if (BINARY.contains(token) && (previous == null || previous.equals("("))) {
        return token + " at column " + column + " has nothing before it";
      }
      if (operator && previous != null && OPERATORS.contains(previous)) {
        if (!(token.equals("NOT") && BINARY.contains(previous))) {
          return token
              + " at column "
              + column
              + " follows "
              + previous
              + " at column "
              + previousAt;
        }
      }
      if (token.equals(")") && previous != null && OPERATORS.contains(previous)) {
        return previous + " at column " + previousAt + " has nothing after it";
      }
      if (!operator && (token.startsWith("*") || token.startsWith("?")) && !token.equals("*:*")) {
        return "a word cannot begin with "
            + token.charAt(0)
            + " (column "
            + column
            + "): start it with a letter, as in polic*";
      }
      previous = token;
      previousAt = column;
    }
    if (previous != null && OPERATORS.contains(previous)) {
      return previous + " at column " + previousAt + " has nothing after it";
    }
    return null;
  }

  /**
   * A sentence for what the classic parser refused: its own plain reasons (a year that is not a
   * year) as they are, its grammar's errors as the column in the query as typed.
   */
  public static String explain(String parserMessage, ReadQuery read) {
    if (parserMessage == null) {
      return "the query cannot be read";
    }
    String message = parserMessage.strip();
    Matcher wrapped = WRAPPED.matcher(message);
    if (wrapped.matches()) {
      message = wrapped.group(1).strip();
    }
    Matcher column = PARSER_COLUMN.matcher(message);
    if (column.find()) {
      int at = read.originalColumn(Math.max(0, Integer.parseInt(column.group(1)) - 1));
      String typed = read.original();
      int from = Math.max(0, Math.min(typed.length(), at - 1));
      String near = typed.substring(from, Math.min(typed.length(), from + 20)).strip();
      return "the query cannot be read at column "
          + at
          + (near.isEmpty() ? " (it ends too soon)" : " (near \"" + near + "\")");
    }
    if (message.contains("Lexical error") || message.contains("Encountered")) {
      return "the query cannot be read";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
