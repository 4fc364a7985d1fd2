package org.foilens.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.foilens.index.FoiQueryParser;
import org.foilens.index.QueryException;
import org.foilens.model.Json;
import org.junit.jupiter.api.Test;

/** Queries in foilens's syntax, parsed by our parser, and the Solr JSON Query DSL they become. */
class SolrQueryTranslatorTest {

  private static final ObjectMapper JSON = Json.MAPPER;

  private static JsonNode solr(String query) throws QueryException {
    return SolrQueryTranslator.translate(FoiQueryParser.parseQuery(query));
  }

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text.replace('\'', '"'));
  }

  private static String lucene(String query) {
    return "{'lucene':{'query':" + JSON.valueToTree(query).toString().replace('"', '\'') + "}}";
  }

  private static final String NOTHING = "{'term':{'f':'doc_type','query':'none'}}";

  @Test
  void analysedTermsGoOverAsTermQueries() throws Exception {
    assertEquals(
        json("{'term':{'f':'provision','query':'35'}}"), solr("provision:35").at("/bool/filter/0"));
    assertEquals(
        json("{'term':{'f':'finding','query':'14(1) upheld'}}"), solr("finding:\"14(1) Upheld\""));
    assertEquals(json("{'term':{'f':'body','query':'35(1)(a)'}}"), solr("\"35(1)(A)\""));
    assertEquals(
        json("{'term':{'f':'sector','query':'central government'}}"),
        solr("sector:\"Central Government\""));
  }

  @Test
  void phrasesAreWrittenSoThatSolrReadsThemBack() throws Exception {
    assertEquals(json(lucene("body:\"section 35(1)(a)\"")), solr("\"Section 35(1)(a)\""));
    assertEquals(json(lucene("body:\"IC-155171-G3W9 was\"~2")), solr("\"IC-155171-G3W9 was\"~2"));
    assertEquals(json(lucene("title:\"cost limit\"")), solr("title:\"cost limit\""));
  }

  @Test
  void multiTermQueriesAreEscaped() throws Exception {
    assertEquals(json("{'prefix':{'f':'body','query':'refus'}}"), solr("Refus*"));
    assertEquals(json(lucene("body:ref?s*d")), solr("ref?s*d"));
    assertEquals(json(lucene("body:dwp~1")), solr("dwp~1"));
    assertEquals(json(lucene("body:/refus.*/")), solr("/refus.*/"));
    assertEquals(json(lucene("title:[\"a\" TO \"m\"}")), solr("title:[a TO m}"));
    assertEquals(
        json("{'prefix':{'f':'case_ref','query':'ic-155171'}}"), solr("case_ref:IC-155171*"));
    assertEquals(json(lucene("case_ref:ic\\-155?71*")), solr("case_ref:IC-155?71*"));
    assertEquals("a\\:b\\ c\\(1\\)\\/", SolrQueryTranslator.escape("a:b c(1)/"));
    assertEquals("12\\(1\\)*\\*", SolrQueryTranslator.wildcard("12(1)*\\*"));
  }

  @Test
  void yearsAndDatesBecomeRangesOverDays() throws Exception {
    long first = LocalDate.of(2021, 1, 1).toEpochDay();
    long last = LocalDate.of(2021, 12, 31).toEpochDay();
    assertEquals(json(lucene("date_days:[" + first + " TO " + last + "]")), solr("year:2021"));
    long day = LocalDate.of(2020, 3, 20).toEpochDay();
    assertEquals(json(lucene("date_days:[" + day + " TO *]")), solr("date:[2020-03-20 TO *]"));
    assertEquals(json(lucene("date_days:[" + day + " TO " + day + "]")), solr("date:2020-03-20"));
    assertEquals(
        json(lucene("date_days:[* TO " + (day - 1) + "]")), solr("date:[* TO 2020-03-20}"));
  }

  @Test
  void booleansKeepEveryClauseKind() throws Exception {
    assertEquals(
        json(
            "{'bool':{'must':[{'term':{'f':'body','query':'cost'}}],'must_not':[{'term':{'f':'kind','query':'other'}}],"
                + "'should':[{'term':{'f':'body','query':'limit'}}]}}"),
        solr("+cost -kind:other OR limit"));
    assertEquals(
        json(
            "{'bool':{'must':[{'term':{'f':'body','query':'cost'}},{'term':{'f':'body','query':'limit'}}]}}"),
        solr("cost limit"),
        "every word is required unless OR says otherwise");
    assertEquals(
        json("{'boost':{'b':'2.0','query':{'term':{'f':'body','query':'cost'}}}}"), solr("cost^2"));
    assertEquals(json(lucene("*:*")), solr("*:*"));
  }

  @Test
  void whatMatchesNothingEmbeddedMatchesNothingOnSolr() throws Exception {
    assertEquals(json(NOTHING), solr("-cost"), "only exclusions");
    assertEquals(json(NOTHING), solr("nosuchfield:x"), "a field the index does not have");
    assertEquals(json(NOTHING), solr("paragraph:3"), "a stored-only field");
  }

  @Test
  void documentsJoinParagraphsForPartQueriesAndOtherChildrenOtherwise() throws Exception {
    JsonNode part =
        SolrQueryTranslator.documents(FoiQueryParser.parseQuery("part:reasons"), List.of());
    JsonNode partJoin = part.at("/bool/must/0/parent");
    assertEquals("doc_type:document", partJoin.get("which").asText());
    assertEquals(
        json("{'term':{'f':'doc_type','query':'paragraph'}}"), partJoin.at("/query/bool/filter/0"));

    JsonNode text =
        SolrQueryTranslator.documents(
            FoiQueryParser.parseQuery("cost"),
            List.of(FoiQueryParser.parseFilter("kind:decision_notice")));
    assertEquals(
        json("{'term':{'f':'doc_type','query':'document'}}"),
        text.at("/bool/must/0/bool/should/0/bool/filter/0"));
    assertEquals("doc_type:document", text.at("/bool/must/0/bool/should/1/parent/which").asText());
    assertEquals(
        json("{'term':{'f':'kind','query':'decision_notice'}}"),
        text.at("/bool/filter/0/bool/should/0/bool/must/0"));
  }

  @Test
  void whatSolrWouldReadOtherwiseIsRefused() {
    QueryException tilde = assertThrows(QueryException.class, () -> solr("/ab~c/"));
    assertTrue(tilde.getMessage().contains("~"), tilde.getMessage());
  }

  @Test
  void aProvisionFiltersAndItsCitationsInTheTextScore() throws Exception {
    JsonNode q = solr("s.40(2)");
    assertEquals(json("{'term':{'f':'provision','query':'foia 40(2)'}}"), q.at("/bool/filter/0"));
    assertEquals(json("{'term':{'f':'body','query':'40(2)'}}"), q.at("/bool/should/0"));
  }

  @Test
  void theHighlighterGetsThePositiveWordsOfTheBody() throws Exception {
    assertEquals(
        "body:refus* OR body:\"section 12\" OR body:\"cost\"",
        SolrQueryTranslator.highlightQuery(
            FoiQueryParser.parseQuery("refus* \"section 12\" cost -secret -provision:35")));
    assertEquals(
        "body:\"section 35\" OR body:\"regulation 35\" OR body:\"article 35\"",
        SolrQueryTranslator.highlightQuery(FoiQueryParser.parseQuery("provision:35")),
        "a provision's citations in the text");
    assertNull(SolrQueryTranslator.highlightQuery(FoiQueryParser.parseQuery("kind:other")));
  }
}
