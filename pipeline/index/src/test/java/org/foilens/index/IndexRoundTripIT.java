package org.foilens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.foilens.Analysis;
import org.foilens.TestData;
import org.foilens.TestPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seeds analyzed, written into a real Lucene index, and searched. */
class IndexRoundTripIT {

  @TempDir static Path index;

  @BeforeAll
  static void ingest() throws Exception {
    try (LuceneIndexWriter writer = new LuceneIndexWriter(index)) {
      for (String seed : List.of("000_", "001_", "002_", "003_", "004_")) {
        Analysis a = TestPipeline.pipeline().analyze(TestData.seed(seed));
        writer.write(a.document(), a.body());
      }
      // writing the same document again replaces it
      Analysis again = TestPipeline.pipeline().analyze(TestData.seed("003_"));
      writer.write(again.document(), again.body());
      writer.commit();
      assertEquals(5, writer.documents());
    }
  }

  @Test
  void findsAProvisionAsWrittenWithSnippetAndFacets() throws Exception {
    try (FoiSearcher searcher = new FoiSearcher(index)) {
      SearchResults r = searcher.search("\"35(1)(a)\"", 10, 0);
      assertEquals(1, r.total());
      SearchResults.Hit hit = r.hits().get(0);
      assertEquals("decision_notice", hit.kind());
      assertTrue(
          hit.snippets().stream().anyMatch(s -> s.contains("<mark>35(1)(a)</mark>")),
          hit.snippets().toString());
      assertEquals(
          List.of(new SearchResults.FacetCount("decision_notice", List.of("decision_notice"), 1)),
          r.facets().get("kind"));
      assertTrue(
          r.facets().get("provision").stream()
              .anyMatch(f -> f.value().equals("FOIA 35") && f.count() == 1));
      assertEquals("2023", r.facets().get("year").get(0).value());
    }
  }

  @Test
  void searchesFieldsAncestorsAndDates() throws Exception {
    try (FoiSearcher searcher = new FoiSearcher(index)) {
      assertEquals(
          1, searcher.search("\"section 35\"", 10, 0).total(), "35(1)(a) is indexed under 35 too");
      assertEquals(1, searcher.search("provision:\"FOIA 35\"", 10, 0).total());
      assertEquals(1, searcher.search("provision:\"12(1)\"", 10, 0).total());
      assertEquals(2, searcher.search("kind:foi_thread", 10, 0).total());
      assertEquals(
          1,
          searcher
              .search("authority:\"work and pensions\" AND kind:decision_notice", 10, 0)
              .total());
      assertEquals(1, searcher.search("date:[2023-01-01 TO 2023-12-31]", 10, 0).total());
      assertEquals(1, searcher.search("year:2023", 10, 0).total());
      assertEquals(5, searcher.search("", 10, 0).total());
    }
  }

  @Test
  void searchesWithinOnePartAndCitesParagraphs() throws Exception {
    try (FoiSearcher searcher = new FoiSearcher(index)) {
      // the seed notice cites 35(1)(a) in paragraph 6 (request) and 11 (scope), not in its reasons
      SearchResults scope = searcher.search("part:scope AND \"35(1)(a)\"", 10, 0);
      assertEquals(1, scope.total());
      List<SearchResults.ParagraphHit> cited = scope.hits().get(0).paragraphs();
      assertTrue(
          !cited.isEmpty() && cited.stream().allMatch(p -> p.part().equals("scope")),
          cited.toString());
      assertTrue(cited.get(0).snippet().contains("<mark>35(1)(a)</mark>"), cited.toString());
      assertEquals(
          1, scope.facets().get("kind").get(0).count(), "facets count documents, not paragraphs");

      assertEquals(0, searcher.search("part:reasons AND \"35(1)(a)\"", 10, 0).total());
      assertEquals(1, searcher.search("part:reasons AND \"section 8(1)\"", 10, 0).total());
      assertEquals(1, searcher.search("part:request AND \"35(1)(a)\"", 10, 0).total());
      assertEquals(0, searcher.search("part:legal_annex AND \"35(1)(a)\"", 10, 0).total());
      assertEquals(
          1, searcher.search("part:decision AND authority:\"work and pensions\"", 10, 0).total());

      SearchResults anywhere = searcher.search("\"35(1)(a)\"", 10, 0);
      assertEquals(
          List.of(6, 11),
          anywhere.hits().get(0).paragraphs().stream()
              .map(SearchResults.ParagraphHit::number)
              .sorted()
              .toList());
      assertEquals(
          1,
          searcher.search("kind:decision_notice", 10, 0).total(),
          "paragraphs are not documents");
      assertTrue(
          searcher.search("kind:decision_notice", 10, 0).hits().get(0).paragraphs().isEmpty(),
          "a match on a filter field cites no paragraph");
    }
  }

  @Test
  void patternsAreHighlightedAsTheWordsTheyMatch() throws Exception {
    try (FoiSearcher searcher = new FoiSearcher(index)) {
      for (String pattern : List.of("sectio*", "secton~", "/sect[a-z]+/")) {
        SearchResults.Hit hit = searcher.search(pattern, 10, 0).hits().get(0);
        assertTrue(
            hit.snippets().stream().anyMatch(s -> s.matches(".*<mark>\\w+</mark>.*")),
            pattern + " " + hit.snippets());
        SearchResults inPart = searcher.search("part:reasons AND " + pattern, 10, 0);
        assertTrue(
            inPart.hits().stream()
                .flatMap(h -> h.paragraphs().stream())
                .anyMatch(p -> p.snippet().matches(".*<mark>\\w+</mark>.*")),
            pattern + " " + inPart.hits());
      }
    }
  }

  @Test
  void aQueryThatDoesNotParseSaysWhy() throws Exception {
    try (FoiSearcher searcher = new FoiSearcher(index)) {
      QueryException e =
          assertThrows(QueryException.class, () -> searcher.search("section AND (35", 10, 0));
      assertEquals("a bracket opened at column 13 is not closed", e.getMessage());
      assertThrows(QueryException.class, () -> searcher.search("*olicy", 10, 0));
      // what the checks before the parser miss, the parser's refusal still says where, plainly
      QueryException late =
          assertThrows(QueryException.class, () -> searcher.search("cost^x limit", 10, 0));
      assertFalse(
          late.getMessage().contains("Encountered") || late.getMessage().contains("Lexical"),
          late.getMessage());
      assertTrue(late.getMessage().contains("column 6"), late.getMessage());
    }
  }
}
