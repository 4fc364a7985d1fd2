package org.foilens.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The parts of the Solr expansion limit that need no Solr: candidate prefixes and patterns. */
class SolrExpansionLimitTest {

  private static final String REGEXP_SPECIAL = ".?+*|{}[]()\"\\#@&<>~^$";

  @Test
  void aRegularExpressionsCandidatesStartWithItsCertainLiteral() {
    assertEquals("exempt", SolrExpansionLimit.literalStart("exempt[a-z]*", REGEXP_SPECIAL, true));
    assertEquals(
        "exemp",
        SolrExpansionLimit.literalStart("exempt?ion", REGEXP_SPECIAL, true),
        "t? may be absent");
    assertEquals("", SolrExpansionLimit.literalStart("a*b", REGEXP_SPECIAL, true));
    assertEquals(
        "refus",
        SolrExpansionLimit.literalStart("refus?d", "*?\\", false),
        "a wildcard ? is one character");
  }

  @Test
  void wildcardsBecomeWholeTermPatterns() {
    Pattern p = Pattern.compile(SolrExpansionLimit.wildcardRegex("disclos?d*"));
    assertTrue(p.matcher("disclosed").matches());
    assertTrue(p.matcher("disclosedly").matches());
    assertFalse(p.matcher("disclosd").matches());
    Pattern literal = Pattern.compile(SolrExpansionLimit.wildcardRegex("12(1)\\*x.?"));
    assertTrue(literal.matcher("12(1)*x.y").matches());
    assertFalse(literal.matcher("12(1)ax.y").matches());
  }
}
