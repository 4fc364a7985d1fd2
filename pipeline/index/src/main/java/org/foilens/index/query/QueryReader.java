package org.foilens.index.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a query as a researcher types it into the classic query syntax: citations become provision
 * queries ({@link CitationReader}), references become phrases ({@link ReferenceReader}), in the
 * free text only (never inside quotes, regular expressions or ranges); and a query that cannot be
 * read is told in one sentence that says what is wrong and at which column ({@link QuerySyntax}).
 * Thread-safe.
 */
public final class QueryReader {

  private final CitationReader citations;

  public QueryReader(QueryVocabulary vocabulary) {
    this.citations = new CitationReader(vocabulary);
  }

  /**
   * The query in the classic syntax, or the problem that stops it being read.
   *
   * @param original the query as typed
   */
  public ReadQuery read(String original) {
    QueryLexer.Lexed lexed = QueryLexer.lex(original);
    if (lexed.problem() != null) {
      return ReadQuery.problem(original, lexed.problem());
    }
    List<Reading> found = new ArrayList<>();
    for (QueryLexer.Segment s : lexed.segments()) {
      if (s.kind() == QueryLexer.Kind.TEXT) {
        found.addAll(citations.read(original, s.start(), s.end()));
        found.addAll(ReferenceReader.read(original, s.start(), s.end()));
      }
    }
    List<Reading> chosen = choose(found);
    String problem = QuerySyntax.check(original, lexed.segments(), chosen);
    if (problem != null) {
      return ReadQuery.problem(original, problem);
    }
    return ReadQuery.of(original, chosen);
  }

  /**
   * The readings that do not overlap: the earliest first, then the longest, then the one of the
   * lower priority (a citation before a reference).
   */
  private static List<Reading> choose(List<Reading> found) {
    List<Reading> sorted = new ArrayList<>(found);
    sorted.sort(
        Comparator.comparingInt(Reading::start)
            .thenComparing(Comparator.comparingInt(Reading::end).reversed())
            .thenComparingInt(Reading::priority));
    List<Reading> out = new ArrayList<>();
    for (Reading r : sorted) {
      if (out.isEmpty() || !out.get(out.size() - 1).overlaps(r)) {
        out.add(r);
      }
    }
    return out;
  }
}
