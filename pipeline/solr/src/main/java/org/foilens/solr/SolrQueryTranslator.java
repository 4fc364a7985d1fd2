package org.foilens.solr;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.foilens.index.FoiQueryParser;
import org.foilens.index.IndexSchema;
import org.foilens.index.QueryException;

/**
 * Turns a query parsed by {@link FoiQueryParser} into Solr's JSON Query DSL over the collection's
 * schema, so that SolrCloud finds the same documents as the embedded index. Terms the parser has
 * already analysed go over as {@code term} queries, untouched. Phrases, wildcards, fuzzy terms,
 * regular expressions and ranges go over in Solr's standard syntax, escaped: Solr's query analysis
 * of the collection's text fields is the same as ours, and a phrase is sent only when each of its
 * terms analyses back to itself. A query part with no Solr equivalent is refused with a {@link
 * QueryException}, never sent as another query.
 *
 * <p>{@link #documents} adds what {@code SearchSession.documents} does embedded: a {@code part:}
 * query runs on paragraphs and finds their documents, any other on documents or on their messages
 * and attachments.
 */
public final class SolrQueryTranslator {

  /** The fields the Lucene index has terms for; a term on any other field matches nothing there. */
  static final Set<String> TERM_FIELDS =
      Set.of(
          IndexSchema.ID,
          IndexSchema.DOC_TYPE,
          IndexSchema.SOURCE,
          IndexSchema.DUPLICATE,
          IndexSchema.SHA256,
          IndexSchema.PIPELINE_VERSION,
          IndexSchema.MAIL_SET,
          IndexSchema.KIND,
          IndexSchema.TITLE,
          IndexSchema.BODY,
          IndexSchema.AUTHORITY,
          IndexSchema.PROVISION,
          IndexSchema.CASE_REF,
          IndexSchema.STATUS,
          IndexSchema.OUTCOME,
          IndexSchema.SECTOR,
          IndexSchema.FINDING,
          IndexSchema.AUTHORITY_NAME,
          IndexSchema.RULING,
          IndexSchema.RULING_SOURCE,
          IndexSchema.LATE,
          IndexSchema.PERSON,
          IndexSchema.ORGANISATION,
          IndexSchema.PART,
          IndexSchema.ROLE,
          IndexSchema.ATTACHMENT);

  /** Which documents are parents, for Solr's block join. */
  static final String PARENTS = IndexSchema.DOC_TYPE + ":" + IndexSchema.DOCUMENT;

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

  private SolrQueryTranslator() {}

  /**
   * The documents a query finds within the filters: one hit per parent, as embedded.
   *
   * @param filters parsed filters (blank ones already left out)
   */
  public static ObjectNode documents(Query parsed, List<Query> filters) throws QueryException {
    ObjectNode bool = JSON.objectNode();
    bool.putArray("must").add(documentsOf(parsed));
    if (!filters.isEmpty()) {
      ArrayNode filter = bool.putArray("filter");
      for (Query f : filters) {
        filter.add(documentsOf(f));
      }
    }
    return wrap("bool", bool);
  }

  private static ObjectNode documentsOf(Query parsed) throws QueryException {
    ObjectNode q = translate(parsed);
    if (FoiQueryParser.usesField(parsed, IndexSchema.PART)) {
      return parent(only(q, term(IndexSchema.DOC_TYPE, IndexSchema.PARAGRAPH_TYPE)));
    }
    ObjectNode otherChildren = JSON.objectNode();
    otherChildren
        .putArray("should")
        .add(term(IndexSchema.DOC_TYPE, IndexSchema.MESSAGE_TYPE))
        .add(term(IndexSchema.DOC_TYPE, IndexSchema.ATTACHMENT_TYPE));
    ObjectNode either = JSON.objectNode();
    either
        .putArray("should")
        .add(only(q, term(IndexSchema.DOC_TYPE, IndexSchema.DOCUMENT)))
        .add(parent(only(q, wrap("bool", otherChildren))));
    return wrap("bool", either);
  }

  /** The parents of the children a query finds, scored by their best child. */
  static ObjectNode parent(ObjectNode children) {
    ObjectNode p = JSON.objectNode();
    p.put("which", PARENTS);
    p.put("score", "max");
    p.set("query", children);
    return wrap("parent", p);
  }

  /** A query restricted by a filter. */
  static ObjectNode only(ObjectNode query, ObjectNode filter) {
    ObjectNode bool = JSON.objectNode();
    bool.putArray("must").add(query);
    bool.putArray("filter").add(filter);
    return wrap("bool", bool);
  }

  /** A query that matches nothing: doc_type is document, paragraph, message or attachment. */
  static ObjectNode nothing() {
    return term(IndexSchema.DOC_TYPE, "none");
  }

  /** Solr's term query: the value is taken as the indexed term, without analysis. */
  static ObjectNode term(String field, String value) {
    ObjectNode t = JSON.objectNode();
    t.put("f", field);
    t.put("query", value);
    return wrap("term", t);
  }

  /** The JSON Query DSL for one parsed query, without the block join. */
  public static ObjectNode translate(Query query) throws QueryException {
    return switch (query) {
      case TermQuery t ->
          known(t.getTerm().field()) ? term(t.getTerm().field(), t.getTerm().text()) : nothing();
      case BooleanQuery b -> bool(b);
      case BoostQuery b -> boost(b);
      case SynonymQuery s -> synonyms(s);
      case PhraseQuery p -> known(p.getField()) ? standard(phrase(p)) : nothing();
      case PrefixQuery p -> known(p.getField()) ? prefix(p.getPrefix()) : nothing();
      case WildcardQuery w ->
          known(w.getField())
              ? standard(w.getField() + ":" + wildcard(w.getTerm().text()))
              : nothing();
      case FuzzyQuery f -> known(f.getField()) ? standard(fuzzy(f)) : nothing();
      case RegexpQuery r -> known(r.getField()) ? standard(regexp(r)) : nothing();
      case TermRangeQuery r -> known(r.getField()) ? standard(range(r)) : nothing();
      case PointRangeQuery p -> standard(dateRange(p));
      case MatchAllDocsQuery m -> standard("*:*");
      case MatchNoDocsQuery m -> nothing();
      default ->
          throw new QueryException("this kind of query cannot run on SolrCloud: " + query, null);
    };
  }

  /**
   * The query's words in the body, in Solr's standard syntax, for the highlighter; null when it has
   * none. Negated parts are left out, and so is a word that cannot be written so that Solr's
   * analysis gives it back.
   */
  public static String highlightQuery(Query query) {
    List<String> parts = new ArrayList<>();
    collectBody(query, parts);
    return parts.isEmpty() ? null : String.join(" OR ", parts);
  }

  private static void collectBody(Query query, List<String> out) {
    switch (query) {
      case BooleanQuery b ->
          b.clauses().stream()
              .filter(c -> c.occur() != BooleanClause.Occur.MUST_NOT)
              .forEach(c -> collectBody(c.query(), out));
      case BoostQuery b -> collectBody(b.getQuery(), out);
      case SynonymQuery s -> s.getTerms().forEach(t -> collectBody(new TermQuery(t), out));
      case TermQuery t when isBody(t.getTerm().field()) -> {
        String spelled = spelling(t.getTerm().field(), t.getTerm().text());
        if (spelled != null) {
          out.add(IndexSchema.BODY + ":\"" + quoted(spelled) + "\"");
        }
      }
      case PhraseQuery p when isBody(p.getField()) -> {
        try {
          out.add(phrase(p));
        } catch (QueryException e) {
          // not highlighted: the search itself refuses it
        }
      }
      case PrefixQuery p when isBody(p.getField()) ->
          out.add(IndexSchema.BODY + ":" + escape(p.getPrefix().text()) + "*");
      case WildcardQuery w when isBody(w.getField()) ->
          out.add(IndexSchema.BODY + ":" + wildcard(w.getTerm().text()));
      case FuzzyQuery f when isBody(f.getField()) -> out.add(fuzzy(f));
      default -> {}
    }
  }

  private static boolean isBody(String field) {
    return IndexSchema.BODY.equals(field);
  }

  private static boolean known(String field) {
    return TERM_FIELDS.contains(field);
  }

  private static ObjectNode bool(BooleanQuery b) throws QueryException {
    ObjectNode bool = JSON.objectNode();
    boolean positive = false;
    for (BooleanClause c : b.clauses()) {
      String key =
          switch (c.occur()) {
            case MUST -> "must";
            case SHOULD -> "should";
            case FILTER -> "filter";
            case MUST_NOT -> "must_not";
          };
      positive |= c.occur() != BooleanClause.Occur.MUST_NOT;
      (bool.has(key) ? (ArrayNode) bool.get(key) : bool.putArray(key)).add(translate(c.query()));
    }
    if (!positive) {
      return nothing(); // Lucene: a query of nothing but exclusions matches nothing
    }
    if (b.getMinimumNumberShouldMatch() > 0) {
      bool.put("mm", b.getMinimumNumberShouldMatch());
    }
    return wrap("bool", bool);
  }

  private static ObjectNode boost(BoostQuery b) throws QueryException {
    ObjectNode boost = JSON.objectNode();
    boost.put("b", Float.toString(b.getBoost()));
    boost.set("query", translate(b.getQuery()));
    return wrap("boost", boost);
  }

  private static ObjectNode synonyms(SynonymQuery s) {
    ObjectNode bool = JSON.objectNode();
    ArrayNode should = bool.putArray("should");
    for (Term t : s.getTerms()) {
      should.add(known(t.field()) ? term(t.field(), t.text()) : nothing());
    }
    return wrap("bool", bool);
  }

  private static ObjectNode prefix(Term prefix) {
    ObjectNode p = JSON.objectNode();
    p.put("f", prefix.field());
    p.put("query", prefix.text());
    return wrap("prefix", p);
  }

  /**
   * A phrase in Solr's standard syntax. Solr analyses it again; it is sent only when its positions
   * follow one another and each term has a spelling that the query analyzer (Solr's is the same)
   * turns back into exactly that term.
   */
  private static String phrase(PhraseQuery p) throws QueryException {
    Term[] terms = p.getTerms();
    int[] positions = p.getPositions();
    List<String> words = new ArrayList<>();
    for (int i = 0; i < terms.length; i++) {
      if (positions[i] != positions[0] + i) {
        throw new QueryException(
            "this phrase cannot run on SolrCloud (its words have gaps): " + p, null);
      }
      String spelled = spelling(p.getField(), terms[i].text());
      if (spelled == null) {
        throw new QueryException(
            "this phrase cannot run on SolrCloud ('"
                + terms[i].text()
                + "' would be read differently): "
                + p,
            null);
      }
      words.add(quoted(spelled));
    }
    return p.getField()
        + ":\""
        + String.join(" ", words)
        + "\""
        + (p.getSlop() > 0 ? "~" + p.getSlop() : "");
  }

  /**
   * How to write an analysed term so that the query analyzer gives it back: as it is, or in
   * capitals (our tokenizer keeps {@code IC-155171-G3W9} and {@code EA/2019/0123} whole only in
   * capitals); null when neither works.
   */
  static String spelling(String field, String term) {
    for (String candidate : List.of(term, term.toUpperCase(Locale.ROOT))) {
      if (List.of(term).equals(analyze(field, candidate))) {
        return candidate;
      }
    }
    return null;
  }

  private static List<String> analyze(String field, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream ts = IndexSchema.queryAnalyzer().tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        tokens.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  private static String fuzzy(FuzzyQuery f) {
    return f.getField() + ":" + escape(f.getTerm().text()) + "~" + f.getMaxEdits();
  }

  private static String regexp(RegexpQuery r) throws QueryException {
    String re = r.getRegexp().text();
    if (re.indexOf('~') >= 0) {
      // Lucene 10 reads ~ as a character; Solr's Lucene 9 as a complement
      throw new QueryException(
          "a regular expression with ~ cannot run on SolrCloud: /" + re + "/", null);
    }
    return r.getField() + ":/" + re + "/";
  }

  private static String range(TermRangeQuery r) {
    String lower =
        r.getLowerTerm() == null ? "*" : "\"" + quoted(r.getLowerTerm().utf8ToString()) + "\"";
    String upper =
        r.getUpperTerm() == null ? "*" : "\"" + quoted(r.getUpperTerm().utf8ToString()) + "\"";
    return r.getField()
        + ":"
        + (r.includesLower() ? "[" : "{")
        + lower
        + " TO "
        + upper
        + (r.includesUpper() ? "]" : "}");
  }

  /**
   * {@code year:} and {@code date:} ranges over the document date in days, and {@code
   * working_days:} ranges.
   */
  private static String dateRange(PointRangeQuery p) throws QueryException {
    if (!(p.getField().equals(IndexSchema.DATE_DAYS)
            || p.getField().equals(IndexSchema.WORKING_DAYS))
        || p.getNumDims() != 1
        || p.getBytesPerDim() != Integer.BYTES) {
      throw new QueryException("this kind of range cannot run on SolrCloud: " + p, null);
    }
    int lower = IntPoint.decodeDimension(p.getLowerPoint(), 0);
    int upper = IntPoint.decodeDimension(p.getUpperPoint(), 0);
    return p.getField()
        + ":["
        + (lower == Integer.MIN_VALUE ? "*" : Integer.toString(lower))
        + " TO "
        + (upper == Integer.MAX_VALUE ? "*" : Integer.toString(upper))
        + "]";
  }

  /** A wildcard term as Lucene keeps it (its own backslash escapes included), for Solr's syntax. */
  static String wildcard(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        out.append(c).append(text.charAt(++i));
      } else if (c == '*' || c == '?') {
        out.append(c);
      } else {
        appendEscaped(out, c);
      }
    }
    return out.toString();
  }

  /** A term in Solr's standard syntax, every special character escaped. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      appendEscaped(out, text.charAt(i));
    }
    return out.toString();
  }

  private static void appendEscaped(StringBuilder out, char c) {
    if (SPECIAL.indexOf(c) >= 0 || Character.isWhitespace(c)) {
      out.append('\\');
    }
    out.append(c);
  }

  /** Text inside double quotes. */
  private static String quoted(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static ObjectNode standard(String query) {
    ObjectNode l = JSON.objectNode();
    l.put("query", query);
    return wrap("lucene", l);
  }

  private static ObjectNode wrap(String parser, ObjectNode params) {
    ObjectNode q = JSON.objectNode();
    q.set(parser, params);
    return q;
  }
}
