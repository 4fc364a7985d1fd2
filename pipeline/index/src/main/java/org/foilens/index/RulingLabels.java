package org.foilens.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The ruling facet's values ({@link IndexFields#rulingLabel}: {@code 1/FOIA/40/not_upheld}) as both
 * search backends read them: which labels a provision level holds, and each as the facet value the
 * API gives, {@code FOIA 40 not_upheld} with the path {@code [FOIA, 40, not_upheld]}.
 */
public final class RulingLabels {

  /** A label and how many matches have it. */
  public record Count(String label, int count) {}

  private RulingLabels() {}

  /**
   * The label prefixes of the rulings shown at a provision level: the sections' rulings at the top
   * ({@code 1/}); below a chosen provision, its own rulings ({@code 1/FOIA/40/}) and its children's
   * ({@code 2/FOIA/40/}).
   */
  public static List<String> prefixes(List<String> path) {
    if (path.isEmpty()) {
      return List.of("1/");
    }
    String joined = String.join("/", path) + "/";
    return List.of((path.size() - 1) + "/" + joined, path.size() + "/" + joined);
  }

  /** The labels with prefix {@code 1/FOIA/40/}: the rulings on one provision. */
  public static String prefix(List<String> provisionPath) {
    return (provisionPath.size() - 1) + "/" + String.join("/", provisionPath) + "/";
  }

  /** The facet values of counted labels: most frequent first, ties in the order of the labels. */
  public static List<SearchResults.FacetCount> values(List<Count> counts) {
    List<Count> sorted = new ArrayList<>(counts);
    sorted.sort(Comparator.comparingInt(Count::count).reversed().thenComparing(Count::label));
    List<SearchResults.FacetCount> out = new ArrayList<>();
    for (Count c : sorted) {
      if (c.count() <= 0) {
        continue;
      }
      List<String> path = pathOf(c.label());
      String finding = path.get(path.size() - 1);
      String ref = path.get(path.size() - 2);
      out.add(
          new SearchResults.FacetCount(
              path.get(0) + " " + ref + " " + finding,
              List.of(path.get(0), ref, finding),
              c.count()));
    }
    return out;
  }

  /** {@code 2/FOIA/40/40(2)/upheld} → {@code [FOIA, 40, 40(2), upheld]}. */
  public static List<String> pathOf(String label) {
    String[] parts = label.split("/");
    return List.copyOf(Arrays.asList(parts).subList(1, parts.length));
  }
}
