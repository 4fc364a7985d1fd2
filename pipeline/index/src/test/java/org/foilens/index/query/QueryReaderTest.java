package org.foilens.index.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import org.foilens.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Citations and references as researchers type them, and the slips a query can have. */
class QueryReaderTest {

  private static QueryReader reader;

  @BeforeAll
  static void vocabulary() throws IOException {
    reader = QueryVocabulary.load(TestData.root().resolve("config")).reader();
  }

  private static String read(String query) {
    ReadQuery r = reader.read(query);
    assertNull(r.problem(), query + ": " + r.problem());
    return r.rewritten();
  }

  private static String problem(String query) {
    return reader.read(query).problem();
  }

  @Test
  void sectionsInEveryCommonForm() {
    for (String q :
        new String[] {
          "section 40(2)", "s.40(2)", "s 40(2)", "s40(2)", "S. 40(2)", "Section 40 (2)"
        }) {
      assertEquals("provision:\"FOIA 40(2)\"", read(q), q);
    }
    assertEquals("provision:\"FOIA 35(1)(a)\"", read("section 35(1)(a)"));
    assertEquals("provision:\"FOIA 12\"", read("s12"));
    assertEquals("provision:\"FOIA 22A\"", read("s.22a"));
    assertEquals("provision:\"FOIA 40(5A)\"", read("section 40(5a)"));
    assertEquals("provision:\"FOIA 36(2)(b)(ii)\"", read("s.36(2)(b)(ii)"));
  }

  @Test
  void listsAndRanges() {
    assertEquals(
        "(provision:\"FOIA 21\" OR provision:\"FOIA 22\" OR provision:\"FOIA 23\")",
        read("sections 21 to 23"));
    assertEquals(
        "(provision:\"FOIA 21\" OR provision:\"FOIA 22\" OR provision:\"FOIA 23\")",
        read("ss.21-23"));
    assertEquals("(provision:\"FOIA 40(2)\" OR provision:\"FOIA 40(3)\")", read("s.40(2) and (3)"));
    assertEquals(
        "(provision:\"EIR 12(4)(b)\" OR provision:\"EIR 12(4)(c)\" OR provision:\"EIR 12(4)(d)\")",
        read("regs 12(4)(b) to 12(4)(d)"));
    assertEquals("(provision:\"FOIA 12\" OR provision:\"FOIA 14\")", read("sections 12, 14"));
  }

  @Test
  void regulationsArticlesAndNamedActs() {
    assertEquals("provision:\"EIR 12(4)(b)\"", read("reg 12(4)(b)"));
    assertEquals("provision:\"EIR 12(5)(e)\"", read("regulation 12(5)(e)"));
    assertEquals("provision:\"EIR 12(5)(e)\"", read("EIR 12(5)(e)"));
    assertEquals("provision:\"FOISA 30(b)(i)\"", read("FOISA s.30(b)(i)"));
    assertEquals("provision:\"EISR 10(4)(a)\"", read("regulation 10(4)(a) of the EISR"));
    assertEquals("provision:\"UKGDPR 6(1)(f)\"", read("article 6(1)(f)"));
    assertEquals("provision:\"UKGDPR 6(1)(f)\"", read("UK GDPR art. 6(1)(f)"));
    assertEquals("provision:\"FOIA 35\"", read("FOIA 35"));
  }

  @Test
  void citationsAmongOtherWords() {
    assertEquals("provision:\"FOIA 40(2)\" police", read("s.40(2) police"));
    assertEquals(
        "council AND provision:\"FOIA 12\" -provision:\"FOIA 14\"", read("council AND s12 -s14"));
    assertEquals("provision:\"FOIA 12\"^2 costs", read("s12^2 costs"));
  }

  @Test
  void wordsThatOnlyLookLikeCitations() {
    assertEquals("the Department's 12 requests", read("the Department's 12 requests"));
    assertEquals("EIR 2004", read("EIR 2004"));
    assertEquals("\"section 35(1)(a)\"", read("\"section 35(1)(a)\""), "quoted: as written");
    assertEquals("title:section 12", read("title:section 12"), "a field's word stays");
    assertEquals("kind:decision_notice", read("kind:decision_notice"));
  }

  @Test
  void referencesAsTheyAppear() {
    assertEquals("\"FOI 1147/23\"", read("FOI 1147/23"));
    assertEquals("\"FOI2024/01987\"", read("FOI2024/01987"));
    assertEquals("\"IC-123456-A1B2\"", read("ic-123456-a1b2"));
    assertEquals("\"EA/2019/0123\"", read("EA/2019/0123"));
    assertEquals("\"UA-2023-001762-GIA\"", read("UA-2023-001762-GIA"));
    assertEquals("\"[2024] UKFTT 412 (GRC)\"", read("[2024] UKFTT 412 (GRC)"));
    assertEquals("Decision \"112/2023\"", read("Decision 112/2023"));
    assertEquals("\"FOI 4471\"", read("FOI 4471"));
    assertEquals("FS50276543", read("FS50276543"));
    assertEquals("\"35(1)(a)\"", read("35(1)(a)"));
    assertEquals("provision:\"12(4)(b)\"", read("provision:12(4)(b)"));
    assertEquals("case_ref:\"IC-123456-A1B2\"", read("case_ref:IC-123456-A1B2"));
    assertEquals("\"2018/19\" budget", read("2018/19 budget"));
  }

  @Test
  void syntaxIsLeftAlone() {
    for (String q :
        new String[] {
          "date:[2020-01-01 TO 2021-12-31]",
          "year:[2019 TO 2021]",
          "/exempt[a-z]*/",
          "\"cost limit\"~5",
          "disclos?d",
          "request -kind:decision_notice",
          "refus*"
        }) {
      assertEquals(q, read(q), q);
    }
  }

  @Test
  void slipsAreToldInOneSentence() {
    assertEquals(
        "a quote opened at column 12 is not closed: add a \" after the words",
        problem("cost limit \"section 12"));
    assertEquals("a bracket opened at column 13 is not closed", problem("section AND (35"));
    assertEquals("the bracket closed at column 5 was never opened", problem("cost) limit"));
    assertEquals("AND at column 6 has nothing after it", problem("cost AND"));
    assertEquals("OR at column 1 has nothing before it", problem("OR cost"));
    assertEquals(
        "title: at column 1 has nothing after it: write title:word or title:\"some words\"",
        problem("title: cost"));
    assertEquals(
        "a word cannot begin with * (column 1): start it with a letter, as in polic*",
        problem("*olicy"));
    assertEquals(
        "the [ at column 6 starts a range, written as [2019 TO 2021]; put other words with"
            + " brackets in quotes",
        problem("year:[2019]"));
    assertNull(problem("FOI 1147/23"));
  }
}
