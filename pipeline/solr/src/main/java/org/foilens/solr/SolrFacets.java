package org.foilens.solr;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.foilens.index.IndexSchema;
import org.foilens.index.SearchResults.FacetCount;
import org.foilens.index.SearchRules;
import org.foilens.index.Trends;

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

  /** Beyond the top values, how many more each shard offers for the merge. */
  private static final int OVERREQUEST = 100;

  private SolrFacets() {}

  /** The facet request of a search: every dimension, the provision facet at the level of a path. */
  static ObjectNode request(List<String> provisionPath) {
    ObjectNode facet = JSON.objectNode();
    for (String dim : IndexSchema.FACETS) {
      if (dim.equals(IndexSchema.PROVISION)) {
        provisions(facet, provisionPath);
      } else {
        facet.set(dim, terms(field(dim), null, VALUES));
      }
    }
    return facet;
  }

  /** The facet request of a trend: per year, the dimension to break down by and the outcomes. */
  static ObjectNode trendRequest(String by) {
    ObjectNode perYear = JSON.objectNode();
    if (by.equals(IndexSchema.PROVISION)) {
      provisions(perYear, List.of());
    } else {
      perYear.set(by, terms(field(by), null, VALUES));
    }
    perYear.set(IndexSchema.OUTCOME, terms(field(IndexSchema.OUTCOME), null, VALUES));
    ObjectNode years = terms(field(IndexSchema.YEAR), null, VALUES);
    years.set("facet", perYear);
    ObjectNode facet = JSON.objectNode();
    facet.set(YEARS, years);
    return facet;
  }

  /** The counts of every dimension, as the embedded facet counter gives them. */
  static Map<String, List<FacetCount>> facets(
      NestableJsonFacet response, List<String> provisionPath) {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    for (String dim : IndexSchema.FACETS) {
      out.put(dim, values(response, dim, provisionPath));
    }
    return out;
  }

  /** Year by year: the total, the top values of {@code by}, the outcomes and the upheld rate. */
  static List<Trends.Year> trend(NestableJsonFacet response, String by, int top) {
    List<Trends.Year> series = new ArrayList<>();
    for (BucketJsonFacet year : buckets(response, YEARS)) {
      Map<String, Integer> breakdown = new LinkedHashMap<>();
      values(year, by, List.of()).stream()
          .limit(top)
          .forEach(c -> breakdown.put(c.value(), c.count()));
      Map<String, Integer> outcomes = new LinkedHashMap<>();
      values(year, IndexSchema.OUTCOME, List.of()).forEach(c -> outcomes.put(c.value(), c.count()));
      int ruled = outcomes.values().stream().mapToInt(Integer::intValue).sum();
      int upheld = outcomes.getOrDefault("upheld", 0) + outcomes.getOrDefault("partly_upheld", 0);
      series.add(
          new Trends.Year(
              String.valueOf(year.getVal()),
              year.getCount(),
              breakdown,
              outcomes,
              ruled == 0 ? null : upheld / (double) ruled));
    }
    series.sort(Comparator.comparing(Trends.Year::year));
    return series;
  }

  private static List<FacetCount> values(
      NestableJsonFacet response, String dim, List<String> provisionPath) {
    if (dim.equals(IndexSchema.PROVISION)) {
      return provisionPath.isEmpty() ? sections(response) : children(response, provisionPath);
    }
    List<FacetCount> values = new ArrayList<>();
    for (BucketJsonFacet b : buckets(response, dim)) {
      String label = String.valueOf(b.getVal());
      values.add(new FacetCount(label, List.of(label), (int) b.getCount()));
    }
    if (dim.equals(IndexSchema.YEAR)) {
      values.sort((a, b) -> b.value().compareTo(a.value()));
    }
    return values;
  }

  /**
   * Every Act's sections ({@code FOIA 35}): the top sections of each of the top Acts, then the most
   * frequent of them all, ties kept in Act order.
   */
  private static List<FacetCount> sections(NestableJsonFacet response) {
    Map<String, List<FacetCount>> byAct = new LinkedHashMap<>();
    for (BucketJsonFacet act : buckets(response, ACTS)) {
      byAct.put(String.valueOf(act.getVal()).substring("0/".length()), new ArrayList<>());
    }
    for (BucketJsonFacet s : buckets(response, SECTIONS)) {
      String[] actAndSection = String.valueOf(s.getVal()).substring("1/".length()).split("/", 2);
      List<FacetCount> ofAct = byAct.get(actAndSection[0]);
      if (ofAct != null && ofAct.size() < VALUES) {
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
    return values.size() > VALUES ? new ArrayList<>(values.subList(0, VALUES)) : values;
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

  private static void provisions(ObjectNode facet, List<String> path) {
    if (path.isEmpty()) {
      facet.set(ACTS, terms(PROVISION_FIELD, "0/", VALUES));
      facet.set(SECTIONS, terms(PROVISION_FIELD, "1/", -1));
    } else {
      facet.set(CHILDREN, terms(PROVISION_FIELD, childPrefix(path), VALUES));
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
