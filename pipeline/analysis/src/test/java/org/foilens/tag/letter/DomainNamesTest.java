package org.foilens.tag.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.foilens.FoilensConfig;
import org.foilens.TestData;
import org.foilens.text.AuthorityGazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Domains of the public sector read as the bodies of the project's gazetteer they stand for. */
class DomainNamesTest {

  private static DomainNames domains;

  @BeforeAll
  static void load() throws Exception {
    FoilensConfig config = FoilensConfig.of(TestData.root().resolve("config"));
    domains = new DomainNames(AuthorityGazetteer.load(config.file("authorities.tsv")));
  }

  private static String body(String label, String suffix) {
    AuthorityGazetteer.Authority a = domains.shortName(label, suffix);
    if (a == null) {
      a = domains.cut(label, suffix);
    }
    return a == null ? null : a.name();
  }

  @Test
  void initialsAndWholeWordsOfTheName() {
    assertEquals(
        "South West London and St George's Mental Health NHS Trust", body("swlstg", "nhs.uk"));
    assertEquals("Solent NHS Trust", body("solent", "nhs.uk"));
    assertEquals("Leeds City Council", body("leeds", "gov.uk"));
  }

  @Test
  void aShortNameCountsWhereTheSuffixSuitsTheBody() {
    assertEquals("Office of Communications", body("ofcom", "org.uk"));
    // the gazetteer knows "Kent" and "Essex" as their county councils' short names
    assertEquals("Kent County Council", body("kent", "gov.uk"));
    assertEquals("Kent Police", body("kent", "police.uk"));
    assertEquals("Essex Police", body("essex", "police.uk"));
  }

  @Test
  void aRenamedBodyIsItsNameThatSkipsFewestWords() {
    // the gazetteer has the trust's name before and after "Mental Health" left it
    assertEquals(
        "Rotherham Doncaster and South Humber NHS Foundation Trust", body("rdash", "NHS.UK"));
  }

  @Test
  void theSuffixMustSuitTheBodysSector() {
    assertNull(body("leeds", "police.uk"));
    assertNull(body("solent", "ac.uk"));
    assertNull(body("swlstg", "co.uk"), "not a public-sector suffix");
  }

  @Test
  void aLabelTwoBodiesCutAlikeToIsNeither() {
    // Leeds Teaching Hospitals NHS Trust and Leeds Community Healthcare NHS Trust both skip all
    // but "Leeds"
    assertNull(body("leeds", "nhs.uk"));
  }

  @Test
  void hostsAndShortLabelsAreNoBodys() {
    assertNull(body("www", "gov.uk"));
    assertNull(body("nh", "nhs.uk"));
    assertNull(body("legislation", "gov.uk"));
  }
}
