package org.foilens.tag.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;
import org.foilens.TestData;
import org.foilens.text.TsvTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every phrase of {@code config/finding-cues.tsv} read in a clause of the kind it is for ({@code
 * src/test/resources/finding/clauses.tsv}, written for this test).
 */
class ClauseReaderTest {

  private static ClauseReader reader;
  private static List<String[]> clauses;

  @BeforeAll
  static void load() throws IOException {
    reader = new ClauseReader(RulingCues.load(TestData.root().resolve("config/finding-cues.tsv")));
    clauses = new ArrayList<>();
    for (CSVRecord row : TsvTable.read(resource("clauses.tsv"))) {
      clauses.add(new String[] {TsvTable.cell(row, "clause"), TsvTable.cell(row, "reading")});
    }
  }

  static Path resource(String name) {
    return TestData.root().resolve("pipeline/analysis/src/test/resources/finding").resolve(name);
  }

  @Test
  void eachClauseIsReadAsItsRulingSays() {
    List<String> wrong = new ArrayList<>();
    for (String[] c : clauses) {
      String got = label(reader.read(c[0]));
      if (!got.equals(c[1])) {
        wrong.add(c[0] + ": expected " + c[1] + ", read " + got);
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void everyPhraseHasAClauseOfItsKind() throws IOException {
    List<String> missing = new ArrayList<>();
    for (CSVRecord row : TsvTable.read(TestData.root().resolve("config/finding-cues.tsv"))) {
      String phrase = TsvTable.cell(row, "phrase").toLowerCase(Locale.ROOT);
      if (clauses.stream().noneMatch(c -> NormalClause.lower(c[0]).contains(phrase))) {
        missing.add(phrase);
      }
    }
    assertEquals(List.of(), missing, "phrases without a clause in clauses.tsv");
  }

  @Test
  void eachProvisionOfAClauseThatRulesBothWaysTakesTheNearestRuling() {
    String clause =
        "section 12(1) was applied correctly by the public authority it breached section 17";
    ClauseReader.Reading r = reader.read(clause);
    assertTrue(r.bothWays());
    assertEquals(Side.AUTHORITY, r.nearest(clause.indexOf("12(1)")));
    assertEquals(Side.COMPLAINANT, r.nearest(clause.indexOf("17")));
  }

  @Test
  void garbledApostrophesAreStraightened() {
    assertEquals(
        "the commissioner's decision", NormalClause.lower("The Commissioner-™s   decision"));
    assertEquals("the commissioner's decision", NormalClause.lower("The Commissioner-s decision"));
  }

  private static String label(ClauseReader.Reading r) {
    if (r.account()) {
      return "account";
    }
    if (r.unruled()) {
      return "unruled";
    }
    if (r.side() == null) {
      return "none";
    }
    if (r.partly()) {
      return "partly";
    }
    if (r.publicInterest()) {
      return r.side() == Side.COMPLAINANT ? "pi-complainant" : "pi-authority";
    }
    if (r.weak()) {
      return "weak";
    }
    return r.side() == Side.COMPLAINANT ? "complainant" : "authority";
  }
}
