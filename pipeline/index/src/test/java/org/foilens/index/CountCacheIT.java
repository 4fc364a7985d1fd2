package org.foilens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.foilens.Analysis;
import org.foilens.TestData;
import org.foilens.TestPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Counts kept between requests change nothing a search answers: on a real index of corpus notices
 * and seed threads, a searcher that keeps them answers every request as one that keeps none, on the
 * first asking and the next; and after an ingest commits, the counts are those of the new index.
 */
class CountCacheIT {

  private static final List<SearchRequest> REQUESTS =
      List.of(
          SearchRequest.of("section", 3, 0),
          SearchRequest.of("section", 3, 3),
          SearchRequest.of("", 10, 0),
          new SearchRequest("information", List.of(), SearchRequest.Order.NEWEST, 0, 5, List.of()),
          new SearchRequest("information", List.of(), SearchRequest.Order.OLDEST, 2, 5, List.of()),
          new SearchRequest(
              "public interest", List.of("kind:decision_notice"), null, 0, 5, List.of("FOIA")),
          SearchRequest.of("part:reasons AND exemption", 5, 0),
          SearchRequest.counts("", List.of(), List.of(), Set.of(IndexSchema.AUTHORITY)));

  @Test
  void keptCountsAnswerAsFreshOnesAndAnIngestIsSeen(@TempDir Path index) throws Exception {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> notices = Files.list(TestData.root().resolve("corpus/notices"))) {
      notices.filter(p -> p.toString().endsWith(".pdf")).sorted().limit(6).forEach(files::add);
    }
    for (String seed : List.of("000_", "001_", "002_")) {
      files.add(TestData.seed(seed));
    }
    Path last = files.remove(files.size() - 1);
    try (LuceneIndexWriter writer = new LuceneIndexWriter(index)) {
      for (Path f : files) {
        write(writer, f);
      }
      writer.commit();
      try (FoiSearcher kept = new FoiSearcher(index);
          FoiSearcher none =
              new FoiSearcher(index, new SearchRules.Limits(Duration.ofSeconds(30), 1024, 0))) {
        for (int round = 0; round < 2; round++) {
          for (SearchRequest r : REQUESTS) {
            assertEquals(none.search(r), kept.search(r), r + ", round " + round);
          }
          assertEquals(
              none.trends("section", IndexSchema.AUTHORITY, 3, List.of()),
              kept.trends("section", IndexSchema.AUTHORITY, 3, List.of()));
        }
        long before = kept.search(SearchRequest.of("", 1, 0)).total();
        write(writer, last);
        writer.commit();
        SearchResults after = kept.search(SearchRequest.of("", 1, 0));
        assertEquals(before + 1, after.total(), "counted on the new index, not served from before");
        assertEquals(none.search(SearchRequest.of("", 1, 0)), after);
        assertTrue(
            after.facets().get("kind").stream().mapToLong(SearchResults.FacetCount::count).sum()
                == before + 1,
            after.facets().toString());
      }
    }
  }

  private static void write(LuceneIndexWriter writer, Path file) throws IOException {
    Analysis a = TestPipeline.pipeline().analyze(file);
    writer.write(a.document(), a.body());
  }
}
