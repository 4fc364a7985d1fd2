package org.foilens.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.foilens.model.Act;
import org.foilens.model.Finding;
import org.foilens.model.ProvisionRefs;

/**
 * Which series a trend draws, and the trend made of their counts, alike for both search backends.
 * By provision, the series are the top provisions of a level of the tree when one is asked for,
 * else the provisions the query asks for ({@code provision:"FOIA 40" OR provision:"FOIA 12"} draws
 * FOIA 40 and FOIA 12, each with its subsections), else the top sections; by any other dimension,
 * its top values over all the matches. Each series is one term of a keyword field, so that a
 * backend counts it as a filter.
 */
public final class TrendPlan {

  /**
   * One series to count.
   *
   * @param value its name, as the facets give it
   * @param path its place in the provision tree, or the value alone
   * @param field the keyword field whose {@code term} finds its documents
   * @param filter the same, in the query syntax
   * @param rulingField the keyword field of its rulings
   * @param rulingTerms the terms of its rulings for the authority, for the complainant, and partly
   */
  public record Spec(
      String value,
      List<String> path,
      String field,
      String term,
      String filter,
      String rulingField,
      List<String> rulingTerms) {}

  private static final List<Finding> RULING_ORDER =
      List.of(Finding.NOT_UPHELD, Finding.UPHELD, Finding.PARTLY_UPHELD);

  private TrendPlan() {}

  /**
   * The series of a trend.
   *
   * @param parsed the query
   * @param by the dimension
   * @param top how many series at most
   * @param provisionPath by provision, a level of the tree whose top provisions to draw instead of
   *     those the query names; empty for none
   * @param topValues the dimension's values over all the query's matches, most documents first (for
   *     provisions, those of the level asked for)
   */
  public static List<Spec> series(
      Query parsed,
      String by,
      int top,
      List<String> provisionPath,
      List<SearchResults.FacetCount> topValues) {
    List<Spec> out = new ArrayList<>();
    if (by.equals(IndexSchema.PROVISION) && provisionPath.isEmpty()) {
      for (String term : positiveTerms(parsed, IndexSchema.PROVISION)) {
        out.add(provision(term));
      }
      if (!out.isEmpty()) {
        return out.size() > top ? List.copyOf(out.subList(0, top)) : out;
      }
    }
    for (SearchResults.FacetCount v : topValues) {
      if (out.size() == top) {
        break;
      }
      out.add(
          by.equals(IndexSchema.PROVISION)
              ? provision(
                  (v.path().get(0) + " " + v.path().get(v.path().size() - 1))
                      .toLowerCase(Locale.ROOT))
              : value(by, v.value()));
    }
    return out;
  }

  /** A provision's series from its term: {@code foia 40(2)}, or {@code 40(2)} of any Act. */
  private static Spec provision(String term) {
    String[] words = term.split(" ", 2);
    Act act = words.length == 2 ? act(words[0]) : null;
    String ref = words.length == 2 && act != null ? words[1] : term;
    List<String> path = new ArrayList<>();
    if (act != null) {
      path.add(act.label());
    }
    path.addAll(ProvisionRefs.lineage(ref));
    String value = act == null ? ref : act.label() + " " + ref;
    List<String> rulings = RULING_ORDER.stream().map(f -> term + " " + f.label()).toList();
    return new Spec(
        value,
        List.copyOf(path),
        IndexSchema.PROVISION,
        term,
        IndexSchema.PROVISION + ":" + quoted(value),
        IndexSchema.RULING,
        rulings);
  }

  private static Act act(String word) {
    for (Act a : Act.values()) {
      if (a.label().equalsIgnoreCase(word)) {
        return a;
      }
    }
    return null;
  }

  /** A series of a flat dimension: an authority, a sector, a kind, an outcome. */
  private static Spec value(String by, String value) {
    String field = by.equals(IndexSchema.AUTHORITY) ? IndexSchema.AUTHORITY_NAME : by;
    return new Spec(
        value,
        List.of(value),
        field,
        value.toLowerCase(Locale.ROOT),
        field + ":" + quoted(value),
        IndexSchema.OUTCOME,
        RULING_ORDER.stream().map(Finding::label).toList());
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /**
   * The terms of a field that a query asks for, in its order: those not under a NOT. A provision
   * query's term is among them (the parser makes it a filter beside the words that cite it).
   */
  public static List<String> positiveTerms(Query query, String field) {
    Set<String> out = new LinkedHashSet<>();
    collect(query, field, out);
    return List.copyOf(out);
  }

  private static void collect(Query query, String field, Set<String> out) {
    switch (query) {
      case BooleanQuery b ->
          b.clauses().stream() // in the query's order
              .filter(c -> c.occur() != BooleanClause.Occur.MUST_NOT)
              .forEach(c -> collect(c.query(), field, out));
      case BoostQuery b -> collect(b.getQuery(), field, out);
      case ConstantScoreQuery c -> collect(c.getQuery(), field, out);
      case TermQuery t when t.getTerm().field().equals(field) -> out.add(t.getTerm().text());
      default -> {}
    }
  }

  /**
   * The counts of one series.
   *
   * @param years its documents per year, by year
   * @param total all its documents
   * @param rulings its rulings for the authority, for the complainant, and partly
   */
  public record Counted(Map<String, Long> years, long total, List<Long> rulings) {}

  /**
   * The trend of counted series.
   *
   * @param years the query's documents per year, by year
   * @param total all the query's documents
   */
  public static Trends trend(
      String query,
      String by,
      Map<String, Long> years,
      long total,
      List<Spec> specs,
      List<Counted> counted) {
    List<String> axis = axis(years);
    List<Trends.Series> series = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      Spec s = specs.get(i);
      Counted c = counted.get(i);
      series.add(
          new Trends.Series(
              s.value(),
              s.path(),
              s.filter(),
              perYear(axis, c.years()),
              c.total(),
              Trends.Rulings.of(c.rulings().get(0), c.rulings().get(1), c.rulings().get(2))));
    }
    long dated = years.values().stream().mapToLong(Long::longValue).sum();
    return new Trends(
        query,
        FoiQueryParser.readAs(query),
        by,
        Trends.COUNTS,
        axis,
        perYear(axis, years),
        total - dated,
        total,
        by.equals(IndexSchema.PROVISION) ? Trends.PROVISION_RULINGS : Trends.NOTICE_OUTCOMES,
        series);
  }

  /** Every year from the first to the last that has a count. */
  private static List<String> axis(Map<String, Long> years) {
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (Map.Entry<String, Long> y : years.entrySet()) {
      if (y.getValue() > 0) {
        int year = Integer.parseInt(y.getKey());
        first = Math.min(first, year);
        last = Math.max(last, year);
      }
    }
    List<String> out = new ArrayList<>();
    for (int y = first; y <= last && first != Integer.MAX_VALUE; y++) {
      out.add(Integer.toString(y));
    }
    return out;
  }

  private static List<Long> perYear(List<String> axis, Map<String, Long> counts) {
    return axis.stream().map(y -> counts.getOrDefault(y, 0L)).toList();
  }
}
