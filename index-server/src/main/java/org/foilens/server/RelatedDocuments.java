package org.foilens.server;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.foilens.index.IndexSchema;
import org.foilens.index.QueryException;
import org.foilens.index.SearchBackend;
import org.foilens.index.SearchRequest;
import org.foilens.index.SearchResults;
import org.foilens.model.Json;

/**
 * The documents that share a case reference with a document: the request, the notice on its
 * complaint and the tribunal's decision on the appeal find each other, whichever one is open.
 * Oldest first, so that a case reads in order.
 */
final class RelatedDocuments {

  /** How many related documents a document lists at most. */
  static final int MAX = 50;

  /** A related document and the references it shares. */
  record Related(
      @JsonProperty("id") String id,
      @JsonProperty("title") String title,
      @JsonProperty("kind") String kind,
      @JsonProperty("date") String date,
      @JsonProperty("authority") String authority,
      @JsonProperty("shared") List<String> shared) {}

  private final SearchBackend backend;

  RelatedDocuments(SearchBackend backend) {
    this.backend = backend;
  }

  /** The documents sharing a reference with the document of a contract record, oldest first. */
  List<Related> of(String id, String contractJson) throws QueryException, IOException {
    Set<String> refs = refs(contractJson);
    if (refs.isEmpty()) {
      return List.of();
    }
    List<String> clauses =
        refs.stream().map(r -> IndexSchema.CASE_REF + ":" + AuthorityProfile.quoted(r)).toList();
    String query = "(" + String.join(" OR ", clauses) + ") -" + IndexSchema.ID + ":" + id;
    SearchResults found =
        backend.search(
            new SearchRequest(query, List.of(), SearchRequest.Order.OLDEST, 0, MAX, List.of()));
    List<Related> out = new ArrayList<>();
    for (SearchResults.Hit hit : found.hits()) {
      String json = backend.documentJson(hit.id());
      List<String> shared = new ArrayList<>();
      if (json != null) {
        Set<String> theirs = lowered(refs(json));
        refs.stream().filter(r -> theirs.contains(r.toLowerCase(Locale.ROOT))).forEach(shared::add);
      }
      out.add(new Related(hit.id(), hit.title(), hit.kind(), hit.date(), hit.authority(), shared));
    }
    out.sort(
        Comparator.comparing((Related r) -> r.date() == null ? "9999" : r.date())
            .thenComparing(Related::id));
    return out;
  }

  private static Set<String> refs(String contractJson) throws IOException {
    JsonNode d = Json.MAPPER.readTree(contractJson);
    Set<String> refs = new LinkedHashSet<>();
    d.path("case_refs").forEach(r -> refs.add(r.asText()));
    return refs;
  }

  private static Set<String> lowered(Set<String> refs) {
    Set<String> out = new LinkedHashSet<>();
    refs.forEach(r -> out.add(r.toLowerCase(Locale.ROOT)));
    return out;
  }
}
