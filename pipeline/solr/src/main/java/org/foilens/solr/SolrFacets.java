package org.foilens.solr;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.foilens.index.FacetDimension;
import org.foilens.index.IndexFields;
import org.foilens.index.IndexSchema;
import org.foilens.index.RulingLabels;
import org.foilens.index.SearchResults;
import org.foilens.index.SearchResults.FacetCount;
import org.foilens.index.SearchRules;
import org.foilens.index.TrendPlan;

/**
 * The facets and trends of a search through Solr's JSON Facet API, counted over the matching
 * documents (parents only) and given back exactly as the embedded index's facet counter gives them:
 * the top {@value SearchRules#FACET_VALUES} values by count (ties in value order), years newest
 * first, and the provision facet one level at a time from the depth-prefixed values of {@code
 * provision_facet} ({@code 1/FOIA/35} is section 35 of FOIA).
 */
final class SolrFacets {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int VALUES = SearchRules.FACET_VALUES;
  private static final String PROVISION_FIELD = "provision_facet";
  private static final String ACTS = "provision_acts";
  private static final String SECTIONS = "provision_sections";
  private static final String CHILDREN = "provision_children";
  private static final String YEARS = "years";
  private static final String RULINGS = "rulings";
  private static final String SERIES = "series";

  /** Beyond the top values, how many more each shard offers for the merge. */
  private static final int OVERREQUEST = 100;

  private SolrFacets() {}

  /**
   * The facet request of a search: every dimension counted on every search and those asked for in
   * full, the provision and ruling facets at the level of a path. Each dimension asks for one more
   * value than it shows, to tell whether it has more.
   */
  static ObjectNode request(List<String> provisionPath, Set<String> full) {
    ObjectNode facet = JSON.objectNode();
    for (FacetDimension d : IndexFields.FACETS) {
      String dim = d.name();
      if (d.onRequest() && !full.contains(dim)) {
        continue;
      }
      int limit = SearchRules.facetValues(dim, full);
      if (dim.equals(IndexSchema.PROVISION)) {
        provisions(facet, provisionPath, limit);
      } else if (dim.equals(IndexSchema.RULING)) {
        List<String> prefixes = RulingLabels.prefixes(provisionPath);
        for (int i = 0; i < prefixes.size(); i++) {
          facet.set(RULINGS + i, terms(field(dim), prefixes.get(i), -1));
        }
      } else {
        facet.set(dim, terms(field(dim), null, limit + 1));
      }
    }
    return facet;
  }

  /** The counts of the dimensions asked for, as the embedded facet counter gives them. */
  static SearchResults.Facets facets(
      NestableJsonFacet response, List<String> provisionPath, Set<String> full) {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    List<String> more = new ArrayList<>();
    for (FacetDimension d : IndexFields.FACETS) {
      String dim = d.name();
      if (d.onRequest() && !full.contains(dim)) {
        continue;
      }
      int limit = SearchRules.facetValues(dim, full);
      List<FacetCount> values =
          dim.equals(IndexSchema.RULING)
              ? rulings(response, provisionPath)
              : values(response, dim, provisionPath, limit);
      out.put(dim, SearchRules.shown(dim, values, limit, more));
    }
    return new SearchResults.Facets(out, more);
  }

  private static List<FacetCount> rulings(NestableJsonFacet response, List<String> path) {
    List<RulingLabels.Count> counts = new ArrayList<>();
    for (int i = 0; i < RulingLabels.prefixes(path).size(); i++) {
      for (BucketJsonFacet b : buckets(response, RULINGS + i)) {
        counts.add(new RulingLabels.Count(String.valueOf(b.getVal()), (int) b.getCount()));
      }
    }
    return RulingLabels.values(counts);
  }

  /**
   * The first request of a trend: the years of every match, and the top values of the dimension to
   * break down by (of a provision level).
   */
  static ObjectNode trendRequest(String by, List<String> provisionPath) {
    ObjectNode facet = JSON.objectNode();
    facet.set(YEARS, terms(field(IndexSchema.YEAR), null, SearchRules.MAX_FACET_VALUES + 1));
    if (by.equals(IndexSchema.PROVISION)) {
      provisions(facet, provisionPath, VALUES);
    } else {
      facet.set(by, terms(field(by), null, VALUES + 1));
    }
    return facet;
  }

  /** The matches' documents per year, and the top values of the dimension to break down by. */
  static Map<String, Long> trendYears(NestableJsonFacet response) {
    Map<String, Long> years = new LinkedHashMap<>();
    for (BucketJsonFacet y : buckets(response, YEARS)) {
      years.put(String.valueOf(y.getVal()), y.getCount());
    }
    return years;
  }

  static List<FacetCount> trendValues(
      NestableJsonFacet response, String by, List<String> provisionPath) {
    return values(response, by, provisionPath, VALUES);
  }

  /**
   * The second request of a trend: for each series, its documents per year and its rulings, each
   * series a query facet on its keyword term.
   */
  static ObjectNode seriesRequest(List<TrendPlan.Spec> specs) {
    ObjectNode facet = JSON.objectNode();
    for (int i = 0; i < specs.size(); i++) {
      TrendPlan.Spec spec = specs.get(i);
      ObjectNode sub = JSON.objectNode();
      sub.set(YEARS, terms(field(IndexSchema.YEAR), null, SearchRules.MAX_FACET_VALUES + 1));
      for (int r = 0; r < spec.rulingTerms().size(); r++) {
        sub.set(RULINGS + r, queryFacet(spec.rulingField(), spec.rulingTerms().get(r), null));
      }
      facet.set(SERIES + i, queryFacet(spec.field(), spec.term(), sub));
    }
    return facet;
  }

  /** The counts of each series of {@link #seriesRequest}. */
  static List<TrendPlan.Counted> series(NestableJsonFacet response, List<TrendPlan.Spec> specs) {
    List<TrendPlan.Counted> out = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      NestableJsonFacet s = response == null ? null : response.getQueryFacet(SERIES + i);
      Map<String, Long> years = new LinkedHashMap<>();
      for (BucketJsonFacet y : buckets(s, YEARS)) {
        years.put(String.valueOf(y.getVal()), y.getCount());
      }
      List<Long> rulings = new ArrayList<>();
      for (int r = 0; r < specs.get(i).rulingTerms().size(); r++) {
        NestableJsonFacet ruled = s == null ? null : s.getQueryFacet(RULINGS + r);
        rulings.add(ruled == null ? 0L : ruled.getCount());
      }
      out.add(new TrendPlan.Counted(years, s == null ? 0 : s.getCount(), rulings));
    }
    return out;
  }

  /** A query facet of the documents with one term of a keyword field, with its sub-facets. */
  private static ObjectNode queryFacet(String field, String term, ObjectNode sub) {
    ObjectNode q = JSON.objectNode();
    q.put("type", "query");
    q.put("q", "{!term f=" + field + "}" + term);
    if (sub != null) {
      q.set("facet", sub);
    }
    return q;
  }

  private static List<FacetCount> values(
      NestableJsonFacet response, String dim, List<String> provisionPath, int limit) {
    if (dim.equals(IndexSchema.PROVISION)) {
      return provisionPath.isEmpty()
          ? sections(response, limit)
          : children(response, provisionPath);
    }
    List<FacetCount> values = new ArrayList<>();
    for (BucketJsonFacet b : buckets(response, dim)) {
      String label = String.valueOf(b.getVal());
      values.add(new FacetCount(label, List.of(label), (int) b.getCount()));
    }
    return values;
  }

  /**
   * Every Act's sections ({@code FOIA 35}): the top sections of each of the top Acts, then the most
   * frequent of them all, ties kept in Act order.
   */
  private static List<FacetCount> sections(NestableJsonFacet response, int limit) {
    Map<String, List<FacetCount>> byAct = new LinkedHashMap<>();
    for (BucketJsonFacet act : buckets(response, ACTS)) {
      byAct.put(String.valueOf(act.getVal()).substring("0/".length()), new ArrayList<>());
    }
    for (BucketJsonFacet s : buckets(response, SECTIONS)) {
      String[] actAndSection = String.valueOf(s.getVal()).substring("1/".length()).split("/", 2);
      List<FacetCount> ofAct = byAct.get(actAndSection[0]);
      if (ofAct != null && ofAct.size() < limit + 1) {
        ofAct.add(
            new FacetCount(
                actAndSection[0] + " " + actAndSection[1],
                List.of(actAndSection),
                (int) s.getCount()));
      }
    }
    List<FacetCount> values = new ArrayList<>();
    byAct.values().forEach(values::addAll);
    values.sort((a, b) -> Integer.compare(b.count(), a.count()));
    return values.size() > limit + 1 ? new ArrayList<>(values.subList(0, limit + 1)) : values;
  }

  /** The children of a provision path: {@code [FOIA, 35]} gives {@code FOIA 35(1)}, … */
  private static List<FacetCount> children(NestableJsonFacet response, List<String> path) {
    String prefix = childPrefix(path);
    List<FacetCount> values = new ArrayList<>();
    for (BucketJsonFacet c : buckets(response, CHILDREN)) {
      String label = String.valueOf(c.getVal()).substring(prefix.length());
      List<String> childPath = new ArrayList<>(path);
      childPath.add(label);
      values.add(new FacetCount(path.get(0) + " " + label, childPath, (int) c.getCount()));
    }
    return values;
  }

  private static void provisions(ObjectNode facet, List<String> path, int limit) {
    if (path.isEmpty()) {
      facet.set(ACTS, terms(PROVISION_FIELD, "0/", VALUES));
      facet.set(SECTIONS, terms(PROVISION_FIELD, "1/", -1));
    } else {
      facet.set(CHILDREN, terms(PROVISION_FIELD, childPrefix(path), limit + 1));
    }
  }

  /** {@code [FOIA, 35]} → {@code 2/FOIA/35/}: the values one level below the path. */
  private static String childPrefix(List<String> path) {
    return path.size() + "/" + String.join("/", path) + "/";
  }

  private static ObjectNode terms(String field, String prefix, int limit) {
    ObjectNode t = JSON.objectNode();
    t.put("type", "terms");
    t.put("field", field);
    t.put("limit", limit);
    t.put("sort", "count desc");
    t.put("refine", true);
    if (limit > 0) {
      t.put("overrequest", OVERREQUEST);
    }
    if (prefix != null) {
      t.put("prefix", prefix);
    }
    return t;
  }

  private static String field(String dim) {
    return dim + "_facet";
  }

  private static List<BucketJsonFacet> buckets(NestableJsonFacet response, String name) {
    if (response == null) {
      return List.of();
    }
    BucketBasedJsonFacet facet = response.getBucketBasedFacets(name);
    return facet == null ? List.of() : facet.getBuckets();
  }
}
