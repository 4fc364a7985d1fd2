package org.foilens.tag.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.foilens.TestData;
import org.foilens.text.TsvTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every phrase of {@code config/ruling-concepts.tsv} found in a clause of the kind it is for
 * ({@code src/test/resources/finding/concepts.tsv}, written for this test).
 */
class RulingConceptsTest {

  private static RulingConcepts concepts;
  private static List<String[]> clauses;

  @BeforeAll
  static void load() throws IOException {
    concepts = RulingConcepts.load(TestData.root().resolve("config/ruling-concepts.tsv"));
    clauses = new ArrayList<>();
    for (CSVRecord row : TsvTable.read(ClauseReaderTest.resource("concepts.tsv"))) {
      clauses.add(new String[] {TsvTable.cell(row, "clause"), TsvTable.cell(row, "concept")});
    }
  }

  @Test
  void eachClauseNamesItsConcept() {
    List<String> wrong = new ArrayList<>();
    for (String[] c : clauses) {
      List<String> named =
          concepts.namedIn(NormalClause.lower(c[0])).stream()
              .map(RulingConcepts.Concept::name)
              .toList();
      if (!named.contains(c[1])) {
        wrong.add(c[0] + ": expected " + c[1] + ", found " + named);
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void everyPhraseHasAClause() throws IOException {
    List<String> missing = new ArrayList<>();
    for (CSVRecord row : TsvTable.read(TestData.root().resolve("config/ruling-concepts.tsv"))) {
      for (String phrase : TsvTable.cell(row, "phrases").split("\\|")) {
        if (clauses.stream().noneMatch(c -> NormalClause.lower(c[0]).contains(phrase))) {
          missing.add(phrase);
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void aConceptGovernsItsProvisionsAndThoseBelow() {
    RulingConcepts.Concept time =
        concepts.namedIn("it failed to respond within 20 working days").get(0);
    assertTrue(time.governs("FOIA 10"));
    assertTrue(time.governs("FOIA 10(1)"));
    assertTrue(time.governs("EIR 5(2)"));
    assertFalse(time.governs("FOIA 1"));
    assertFalse(time.governs("FOIA 100"));
  }
}
