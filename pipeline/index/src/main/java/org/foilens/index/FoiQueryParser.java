package org.foilens.index;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Lucene's classic query syntax over the foilens schema: free text searches the body; {@code
 * date:[2020-01-01 TO 2022-12-31]} and {@code year:2021} or {@code year:[2019 TO 2021]} become
 * numeric ranges over the document date. Leading wildcards are refused, and so are regular
 * expressions that do not start with a literal character, are longer than {@value
 * #MAX_REGEXP_CHARS} characters or are too complex to compile. How many terms a wildcard may expand
 * into is checked against the index before searching ({@link ExpansionLimit}).
 */
public final class FoiQueryParser extends QueryParser {

  static final int MAX_REGEXP_CHARS = 100;
  private static final int DETERMINIZE_WORK_LIMIT = 2_000;

  /**
   * Parses a user's query: blank, {@code *} and {@code *:*} match everything.
   *
   * @throws QueryException with the parser's first line, for the person who wrote the query
   */
  public static Query parseQuery(String query) throws QueryException {
    if (query == null
        || query.isBlank()
        || query.strip().equals("*")
        || query.strip().equals("*:*")) {
      return MatchAllDocsQuery.INSTANCE;
    }
    if (query.length() > SearchRules.MAX_QUERY_CHARS) {
      throw new QueryException(
          "the query is longer than " + SearchRules.MAX_QUERY_CHARS + " characters", null);
    }
    try {
      return new FoiQueryParser().parse(query);
    } catch (ParseException e) {
      throw new QueryException(firstLine(e.getMessage()), e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QueryException(
          "the query has more than " + IndexSearcher.getMaxClauseCount() + " parts", e);
    }
  }

  /** Parses a filter, written in the query syntax (callers skip blank ones). */
  public static Query parseFilter(String filter) throws QueryException {
    try {
      return new FoiQueryParser().parse(filter);
    } catch (ParseException e) {
      throw new QueryException("filter " + firstLine(e.getMessage()), e);
    }
  }

  /** Whether any part of a query is on a field: a {@code part:} query is about paragraphs. */
  public static boolean usesField(Query query, String field) {
    boolean[] found = {false};
    query.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String f) {
            found[0] |= field.equals(f);
            return true;
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return found[0];
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "cannot parse the query";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  public FoiQueryParser() {
    super(IndexSchema.BODY, IndexSchema.queryAnalyzer());
    setAllowLeadingWildcard(false);
    setSplitOnWhitespace(true);
    setDeterminizeWorkLimit(DETERMINIZE_WORK_LIMIT);
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    if (termStr.length() > MAX_REGEXP_CHARS) {
      throw new ParseException(
          "regular expression longer than " + MAX_REGEXP_CHARS + " characters");
    }
    if (termStr.isEmpty() || !Character.isLetterOrDigit(termStr.codePointAt(0))) {
      throw new ParseException(
          "a regular expression must start with a letter or digit: /" + termStr + "/");
    }
    try {
      return super.getRegexpQuery(field, termStr);
    } catch (TooComplexToDeterminizeException | IllegalArgumentException e) {
      throw new ParseException("regular expression too complex or invalid: /" + termStr + "/");
    }
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted)
      throws ParseException {
    if (IndexSchema.YEAR.equals(field)) {
      int year = year(queryText);
      return IntPoint.newRangeQuery(IndexSchema.DATE_DAYS, firstDay(year), lastDay(year));
    }
    if (IndexSchema.DATE.equals(field)) {
      int day = day(queryText);
      return IntPoint.newExactQuery(IndexSchema.DATE_DAYS, day);
    }
    return super.getFieldQuery(field, queryText, quoted);
  }

  @Override
  protected Query getRangeQuery(
      String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    if (IndexSchema.YEAR.equals(field)) {
      int from = part1 == null || part1.equals("*") ? Integer.MIN_VALUE : firstDay(year(part1));
      int to = part2 == null || part2.equals("*") ? Integer.MAX_VALUE : lastDay(year(part2));
      return IntPoint.newRangeQuery(IndexSchema.DATE_DAYS, from, to);
    }
    if (IndexSchema.DATE.equals(field)) {
      int from = part1 == null || part1.equals("*") ? Integer.MIN_VALUE : day(part1);
      int to = part2 == null || part2.equals("*") ? Integer.MAX_VALUE : day(part2);
      if (!startInclusive && from != Integer.MIN_VALUE) {
        from++;
      }
      if (!endInclusive && to != Integer.MAX_VALUE) {
        to--;
      }
      return IntPoint.newRangeQuery(IndexSchema.DATE_DAYS, from, to);
    }
    return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
  }

  private static int year(String text) throws ParseException {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new ParseException("not a year: " + text);
    }
  }

  private static int day(String text) throws ParseException {
    try {
      return (int) LocalDate.parse(text.strip()).toEpochDay();
    } catch (DateTimeParseException e) {
      throw new ParseException("not a date (use YYYY-MM-DD): " + text);
    }
  }

  private static int firstDay(int year) {
    return (int) LocalDate.of(year, 1, 1).toEpochDay();
  }

  private static int lastDay(int year) {
    return (int) LocalDate.of(year, 12, 31).toEpochDay();
  }
}
