package org.foilens.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.TermsResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.foilens.index.ExpandingTerms;
import org.foilens.index.QueryException;

/**
 * The embedded index's limit on wildcards, prefixes, ranges and regular expressions, on SolrCloud:
 * a query part that matches more distinct terms of the collection than the limit is refused, with
 * the embedded message, before it runs. The terms come from Solr's terms component (merged over the
 * shards); a regular expression's candidates, those under its literal start, are matched here with
 * Lucene's own automaton, a page at a time.
 */
final class SolrExpansionLimit {

  private static final int PAGE = 1_000;

  /** How many pages of a regular expression's candidates are read before it counts as too broad. */
  private static final int MAX_PAGES = 50;

  private SolrExpansionLimit() {}

  static void check(SolrNodes solr, String collection, Query query, int max)
      throws QueryException, IOException {
    List<ExpandingTerms> expanding =
        ExpandingTerms.in(query).stream().filter(e -> !(e.query() instanceof FuzzyQuery)).toList();
    for (ExpandingTerms e : expanding) {
      if (SolrQueryTranslator.TERM_FIELDS.contains(e.query().getField())
          && count(solr, collection, e, max + 1) > max) {
        throw new QueryException(
            "'"
                + e.query().toString()
                + "' matches more than "
                + max
                + " different words: make it more specific",
            null);
      }
    }
  }

  /** How many terms the query matches, counting no further than {@code stop}. */
  private static int count(SolrNodes solr, String collection, ExpandingTerms e, int stop)
      throws IOException {
    ModifiableSolrParams p = new ModifiableSolrParams();
    switch (e.query()) {
      case PrefixQuery q -> p.set("terms.prefix", q.getPrefix().text());
      case WildcardQuery q -> {
        p.set("terms.prefix", literalStart(q.getTerm().text(), "*?\\", false));
        p.set("terms.regex", wildcardRegex(q.getTerm().text()));
      }
      case TermRangeQuery q -> {
        if (q.getLowerTerm() != null) {
          p.set("terms.lower", q.getLowerTerm().utf8ToString());
          p.set("terms.lower.incl", q.includesLower());
        }
        if (q.getUpperTerm() != null) {
          p.set("terms.upper", q.getUpperTerm().utf8ToString());
          p.set("terms.upper.incl", q.includesUpper());
        }
      }
      case RegexpQuery q -> {
        return countMatching(
            solr,
            collection,
            e,
            literalStart(q.getRegexp().text(), ".?+*|{}[]()\"\\#@&<>~^$", true),
            stop);
      }
      default -> {
        return 0; // not one the parser makes
      }
    }
    return terms(solr, collection, e.query().getField(), p, stop).size();
  }

  /** Pages through the terms under a literal start and matches them with the query's automaton. */
  private static int countMatching(
      SolrNodes solr, String collection, ExpandingTerms e, String start, int stop)
      throws IOException {
    int matching = 0;
    String after = null;
    for (int page = 0; page < MAX_PAGES; page++) {
      ModifiableSolrParams p = new ModifiableSolrParams();
      p.set("terms.prefix", start);
      if (after != null) {
        p.set("terms.lower", after);
        p.set("terms.lower.incl", false);
      }
      List<String> terms = terms(solr, collection, e.query().getField(), p, PAGE);
      for (String t : terms) {
        BytesRef b = new BytesRef(t);
        if ((e.automaton() == null || e.automaton().run(b.bytes, b.offset, b.length))
            && ++matching >= stop) {
          return matching;
        }
      }
      if (terms.size() < PAGE) {
        return matching;
      }
      after = terms.get(terms.size() - 1);
    }
    return stop; // too many candidates to look through: as broad as the limit
  }

  private static List<String> terms(
      SolrNodes solr, String collection, String field, ModifiableSolrParams p, int limit)
      throws IOException {
    p.set("q", "*:*");
    p.set("rows", 0);
    p.set("terms", true);
    p.set("terms.fl", field);
    p.set("terms.sort", "index");
    p.set("terms.limit", limit);
    TermsResponse response;
    try {
      response = solr.process(new QueryRequest(p), collection).getTermsResponse();
    } catch (SolrServerException | SolrException e) {
      throw new IOException("Solr cannot list the terms of " + field + ": " + e.getMessage(), e);
    }
    List<String> out = new ArrayList<>();
    if (response != null && response.getTerms(field) != null) {
      response.getTerms(field).forEach(t -> out.add(t.getTerm()));
    }
    return out;
  }

  /**
   * The characters before the first special one. With {@code quantifiers}, one right after them
   * applies to the last, which then is no longer certain.
   */
  static String literalStart(String pattern, String special, boolean quantifiers) {
    int i = 0;
    while (i < pattern.length() && special.indexOf(pattern.charAt(i)) < 0) {
      i++;
    }
    if (quantifiers && i < pattern.length() && "?*+{".indexOf(pattern.charAt(i)) >= 0) {
      i--;
    }
    return pattern.substring(0, Math.max(0, i));
  }

  /** A Lucene wildcard ({@code *}, {@code ?}, backslash escapes) as a Java regular expression. */
  static String wildcardRegex(String wildcard) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < wildcard.length(); i++) {
      char c = wildcard.charAt(i);
      if (c == '\\' && i + 1 < wildcard.length()) {
        out.append(Pattern.quote(String.valueOf(wildcard.charAt(++i))));
      } else if (c == '*') {
        out.append(".*");
      } else if (c == '?') {
        out.append('.');
      } else {
        out.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return out.toString();
  }
}
