package org.foilens.index;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic query syntax over the foilens schema: free text searches the body; {@code
 * date:[2020-01-01 TO 2022-12-31]} and {@code year:2021} or {@code year:[2019 TO 2021]} become
 * numeric ranges over the document date. Leading wildcards are refused.
 */
public final class FoiQueryParser extends QueryParser {

  public FoiQueryParser() {
    super(IndexSchema.BODY, IndexSchema.queryAnalyzer());
    setAllowLeadingWildcard(false);
    setSplitOnWhitespace(true);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
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
