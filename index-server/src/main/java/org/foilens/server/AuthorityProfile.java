package org.foilens.server;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.foilens.index.IndexSchema;
import org.foilens.index.QueryException;
import org.foilens.index.SearchBackend;
import org.foilens.index.SearchRequest;
import org.foilens.index.SearchResults;
import org.foilens.index.SearchResults.FacetCount;
import org.foilens.index.Trends;
import org.foilens.model.Finding;
import org.foilens.model.Json;
import org.foilens.text.AuthorityGazetteer;

/**
 * One public authority as the index knows it: its documents by kind and year, the provisions its
 * notices turn on and how the Commissioner ruled on each, its notices' outcomes, its threads by
 * status, how long it takes to answer and how often late, its tribunal appeals. Made of ordinary
 * searches and a trend through the {@link SearchBackend}, so both backends give the same page. Each
 * part is its own field: a new one (a notice's timeline, say) is one more search here and one more
 * section of the page. Response times are counted for every kind of document that records them.
 */
final class AuthorityProfile {

  /** How many recent notices, threads and appeals the page lists. */
  static final int LISTED = 10;

  /** A provision the authority's notices cite, and how the Commissioner ruled on it. */
  record Provision(
      @JsonProperty("value") String value,
      @JsonProperty("path") List<String> path,
      @JsonProperty("filter") String filter,
      @JsonProperty("notices") int notices,
      @JsonProperty("rulings") Trends.Rulings rulings) {}

  /** A tribunal decision on one of the authority's cases. */
  record Appeal(
      @JsonProperty("id") String id,
      @JsonProperty("title") String title,
      @JsonProperty("date") String date,
      @JsonProperty("reference") String reference,
      @JsonProperty("citation") String citation,
      @JsonProperty("appellant") String appellant,
      @JsonProperty("result") String result) {}

  /** A short list of documents and the counts of one facet of a kind of document. */
  record Part(
      @JsonProperty("total") long total,
      @JsonProperty("counts") List<FacetCount> counts,
      @JsonProperty("recent") List<SearchResults.Hit> recent) {}

  record Profile(
      @JsonProperty("name") String name,
      @JsonProperty("sector") String sector,
      @JsonProperty("also_known_as") List<String> alsoKnownAs,
      @JsonProperty("filter") String filter,
      @JsonProperty("documents") long documents,
      @JsonProperty("by_kind") List<FacetCount> byKind,
      @JsonProperty("years") List<String> years,
      @JsonProperty("by_year") Map<String, List<Long>> byYear,
      @JsonProperty("notices") Part notices,
      @JsonProperty("provisions") List<Provision> provisions,
      @JsonProperty("ruling_sources") List<FacetCount> rulingSources,
      @JsonProperty("threads") Part threads,
      @JsonProperty("response_times") List<Delays.ResponseTimes> responseTimes,
      @JsonProperty("appeals") List<Appeal> appeals) {}

  private final SearchBackend backend;
  private final Delays delays;
  private final AuthorityGazetteer gazetteer;

  AuthorityProfile(SearchBackend backend, AuthorityGazetteer gazetteer) {
    this.backend = backend;
    this.delays = new Delays(backend);
    this.gazetteer = gazetteer;
  }

  /**
   * The profile of the authority a name (or any alias of it) names; null when it has no document.
   */
  Profile of(String written) throws QueryException, IOException {
    String filter = IndexSchema.AUTHORITY_NAME + ":" + quoted(written.strip());
    SearchResults all = counts(filter, Set.of());
    if (all.total() == 0) {
      return null;
    }
    List<FacetCount> names = all.facets().getOrDefault(IndexSchema.AUTHORITY, List.of());
    String name = names.isEmpty() ? written.strip() : names.get(0).value();
    List<FacetCount> sectors = all.facets().getOrDefault(IndexSchema.SECTOR, List.of());
    filter = IndexSchema.AUTHORITY_NAME + ":" + quoted(name);

    Trends trend = backend.trends(filter, IndexSchema.KIND, 5);
    Map<String, List<Long>> byYear = new LinkedHashMap<>();
    trend.series().forEach(s -> byYear.put(s.value(), s.documents()));

    String notices = filter + " AND kind:decision_notice";
    SearchResults noticeCounts = counts(notices, Set.of());
    String threads = filter + " AND kind:foi_thread";
    SearchResults threadCounts = counts(threads, Set.of());

    List<Delays.ResponseTimes> times = new ArrayList<>();
    for (FacetCount kind : all.facets().getOrDefault(IndexSchema.KIND, List.of())) {
      Delays.ResponseTimes t = delays.of(filter, kind.value());
      if (t != null) {
        times.add(t);
      }
    }
    return new Profile(
        name,
        sectors.isEmpty() ? null : sectors.get(0).value(),
        alsoKnownAs(name),
        filter,
        all.total(),
        all.facets().getOrDefault(IndexSchema.KIND, List.of()),
        trend.years(),
        byYear,
        new Part(
            noticeCounts.total(),
            noticeCounts.facets().getOrDefault(IndexSchema.OUTCOME, List.of()),
            recent(notices)),
        provisions(noticeCounts),
        noticeCounts.facets().getOrDefault(IndexSchema.RULING_SOURCE, List.of()),
        new Part(
            threadCounts.total(),
            threadCounts.facets().getOrDefault(IndexSchema.STATUS, List.of()),
            recent(threads)),
        times,
        appeals(filter + " AND kind:tribunal_decision"));
  }

  private List<String> alsoKnownAs(String name) {
    List<String> names = new ArrayList<>(gazetteer.namesOf(name));
    names.remove(name);
    return names;
  }

  /** The sections the notices cite, each with its rulings from the ruling facet. */
  private static List<Provision> provisions(SearchResults notices) {
    Map<String, long[]> rulings = new LinkedHashMap<>();
    for (FacetCount r : notices.facets().getOrDefault(IndexSchema.RULING, List.of())) {
      String provision = r.path().get(0) + " " + r.path().get(1);
      long[] counts = rulings.computeIfAbsent(provision, k -> new long[3]);
      Finding f = Finding.fromLabel(r.path().get(2));
      counts[f == Finding.NOT_UPHELD ? 0 : f == Finding.UPHELD ? 1 : 2] += r.count();
    }
    List<Provision> out = new ArrayList<>();
    for (FacetCount p : notices.facets().getOrDefault(IndexSchema.PROVISION, List.of())) {
      long[] c = rulings.getOrDefault(p.value(), new long[3]);
      out.add(
          new Provision(
              p.value(),
              p.path(),
              IndexSchema.PROVISION + ":" + quoted(p.value()),
              p.count(),
              Trends.Rulings.of(c[0], c[1], c[2])));
    }
    return out;
  }

  private List<Appeal> appeals(String query) throws QueryException, IOException {
    List<Appeal> out = new ArrayList<>();
    for (SearchResults.Hit hit : recent(query)) {
      String json = backend.documentJson(hit.id());
      JsonNode appeal = json == null ? null : Json.MAPPER.readTree(json).path("appeal");
      out.add(
          new Appeal(
              hit.id(),
              hit.title(),
              hit.date(),
              text(appeal, "reference"),
              text(appeal, "citation"),
              text(appeal, "appellant"),
              text(appeal, "result")));
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    return n == null || !n.path(field).isTextual() ? null : n.path(field).asText();
  }

  /** The newest documents a query finds, newest first, those of one date by id. */
  private List<SearchResults.Hit> recent(String query) throws QueryException, IOException {
    List<SearchResults.Hit> hits =
        new ArrayList<>(
            backend
                .search(
                    new SearchRequest(
                        query, List.of(), SearchRequest.Order.NEWEST, 0, LISTED, List.of()))
                .hits()
                .stream()
                .map(AuthorityProfile::withoutScore)
                .toList());
    hits.sort(
        Comparator.comparing(
                (SearchResults.Hit h) -> h.date() == null ? "" : h.date(),
                Comparator.reverseOrder())
            .thenComparing(SearchResults.Hit::id));
    return hits;
  }

  /**
   * A hit as the page lists it: scores, snippets and ingest times belong to a search, not to the
   * page.
   */
  private static SearchResults.Hit withoutScore(SearchResults.Hit h) {
    return new SearchResults.Hit(
        h.id(),
        h.source(),
        h.kind(),
        h.title(),
        h.date(),
        h.authority(),
        h.sector(),
        h.outcome(),
        h.status(),
        null,
        0f,
        List.of(),
        List.of());
  }

  private SearchResults counts(String query, Set<String> full) throws QueryException, IOException {
    return backend.search(SearchRequest.counts(query, List.of(), List.of(), full));
  }

  static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
