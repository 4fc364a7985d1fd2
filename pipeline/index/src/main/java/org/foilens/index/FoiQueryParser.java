package org.foilens.index;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.foilens.index.query.QueryReader;
import org.foilens.index.query.QuerySyntax;
import org.foilens.index.query.QueryVocabulary;
import org.foilens.index.query.ReadQuery;
import org.foilens.model.Act;
import org.foilens.text.AuthorityGazetteer;

/**
 * foilens's query language: Lucene's classic syntax over the foilens schema, every word required
 * unless OR says otherwise, read first by a {@link QueryReader} so that citations and references
 * typed as researchers type them ({@code s.40(2)}, {@code reg 12(4)(b)}, {@code FOI 1147/23},
 * {@code [2024] UKFTT 412 (GRC)}) mean the provision or the reference, and a query that cannot be
 * read is told what and where in one sentence. Free text searches the body; {@code date:[2020-01-01
 * TO 2022-12-31]} and {@code year:2021} or {@code year:[2019 TO 2021]} become numeric ranges over
 * the document date; an authority's name also finds it under its other names in the gazetteer
 * ({@code authority:"HM Treasury"} is Her Majesty's Treasury); a provision query also scores and
 * highlights the paragraphs that cite it. Leading wildcards are refused, and so are regular
 * expressions that do not start with a literal character, are longer than {@value
 * #MAX_REGEXP_CHARS} characters or are too complex to compile. How many terms a wildcard may expand
 * into is checked against the index before searching ({@link ExpansionLimit}).
 */
public final class FoiQueryParser extends QueryParser {

  static final int MAX_REGEXP_CHARS = 100;
  private static final int DETERMINIZE_WORK_LIMIT = 2_000;

  private final QueryVocabulary vocabulary;
  private final QueryReader reader;

  /**
   * Parses a user's query with the standard vocabulary: blank, {@code *} and {@code *:*} match
   * everything.
   *
   * @throws QueryException with a sentence for the person who wrote the query
   */
  public static Query parseQuery(String query) throws QueryException {
    return new FoiQueryParser().parseUserQuery(query);
  }

  /** Parses a filter, written in the query syntax (callers skip blank ones). */
  public static Query parseFilter(String filter) throws QueryException {
    try {
      return new FoiQueryParser().parseUserQuery(filter);
    } catch (QueryException e) {
      throw new QueryException("in the filter " + filter.strip() + ": " + e.getMessage(), e);
    }
  }

  /**
   * How a query is read, when citations or references in it were read as such: {@code
   * provision:"FOIA 40(2)" police} for {@code s.40(2) police}; null when it is read as written (or
   * cannot be read).
   */
  public static String readAs(String query) {
    if (query == null || query.isBlank()) {
      return null;
    }
    ReadQuery read = QueryVocabulary.standard().reader().read(query);
    return read.changed() ? read.rewritten() : null;
  }

  /**
   * Parses a user's query: blank, {@code *} and {@code *:*} match everything.
   *
   * @throws QueryException with a sentence for the person who wrote the query
   */
  public Query parseUserQuery(String query) throws QueryException {
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
    ReadQuery read = reader.read(query);
    if (read.problem() != null) {
      throw new QueryException(read.problem(), null);
    }
    try {
      return parse(read.rewritten());
    } catch (ParseException e) {
      throw new QueryException(QuerySyntax.explain(e.getMessage(), read), e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QueryException(
          "the query has more than " + IndexSearcher.getMaxClauseCount() + " parts", e);
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

  /** A parser with the standard vocabulary ({@link QueryVocabulary#standard}). */
  public FoiQueryParser() {
    this(QueryVocabulary.standard());
  }

  public FoiQueryParser(QueryVocabulary vocabulary) {
    super(IndexSchema.BODY, IndexSchema.queryAnalyzer());
    this.vocabulary = vocabulary;
    this.reader = vocabulary.reader();
    setAllowLeadingWildcard(false);
    setSplitOnWhitespace(true);
    setDefaultOperator(AND_OPERATOR);
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
    if (IndexSchema.WORKING_DAYS.equals(field)) {
      return IntPoint.newExactQuery(IndexSchema.WORKING_DAYS, number(queryText));
    }
    if (IndexSchema.AUTHORITY.equals(field) || IndexSchema.AUTHORITY_NAME.equals(field)) {
      return authority(field, queryText, quoted);
    }
    if (IndexSchema.PROVISION.equals(field)) {
      return provision(queryText, quoted);
    }
    return super.getFieldQuery(field, queryText, quoted);
  }

  /**
   * An authority by any of its names: the name as written, or the body the gazetteer knows by it
   * under its canonical name (the name the index holds), either of which will do.
   */
  private Query authority(String field, String name, boolean quoted) throws ParseException {
    Query asWritten = super.getFieldQuery(field, name, quoted);
    AuthorityGazetteer.Authority body = vocabulary.authorities().resolve(name);
    if (body == null || AuthorityGazetteer.key(body.name()).equals(AuthorityGazetteer.key(name))) {
      return asWritten;
    }
    Query canonical = super.getFieldQuery(field, body.name(), true);
    if (asWritten == null) {
      return canonical;
    }
    return new BooleanQuery.Builder()
        .add(asWritten, BooleanClause.Occur.SHOULD)
        .add(canonical, BooleanClause.Occur.SHOULD)
        .build();
  }

  /**
   * A provision and everything below it, which the notices' paragraphs that cite it also score and
   * highlight: the provision term as a filter, and the citation's words in the text as optional
   * clauses ({@code 35(1)(a)}; {@code "section 12"}, {@code "s 12"} for a whole section, whose bare
   * number would match any 12).
   */
  private Query provision(String text, boolean quoted) throws ParseException {
    Query term = super.getFieldQuery(IndexSchema.PROVISION, text, quoted);
    if (term == null) {
      return null;
    }
    String written = text.strip();
    int space = written.lastIndexOf(' ');
    String ref = space < 0 ? written : written.substring(space + 1);
    Act act = space < 0 ? null : vocabulary.act(written.substring(0, space));
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(term, BooleanClause.Occur.FILTER);
    if (ref.indexOf('(') > 0) {
      Query cited = createBooleanQuery(IndexSchema.BODY, ref);
      if (cited != null) {
        b.add(cited, BooleanClause.Occur.SHOULD);
      }
    } else if (ref.matches("\\d+[A-Za-z]?")) {
      List<String> words =
          act == null ? List.of("section", "regulation", "article") : vocabulary.wordsFor(act);
      for (String word : words) {
        Query phrase = createPhraseQuery(IndexSchema.BODY, word + " " + ref);
        if (phrase != null) {
          b.add(phrase, BooleanClause.Occur.SHOULD);
        }
      }
    }
    return b.build();
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
    if (IndexSchema.WORKING_DAYS.equals(field)) {
      int from = part1 == null || part1.equals("*") ? Integer.MIN_VALUE : number(part1);
      int to = part2 == null || part2.equals("*") ? Integer.MAX_VALUE : number(part2);
      if (!startInclusive && from != Integer.MIN_VALUE) {
        from++;
      }
      if (!endInclusive && to != Integer.MAX_VALUE) {
        to--;
      }
      return IntPoint.newRangeQuery(IndexSchema.WORKING_DAYS, from, to);
    }
    return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
  }

  private static int number(String text) throws ParseException {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new ParseException("not a number of working days: " + text);
    }
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
