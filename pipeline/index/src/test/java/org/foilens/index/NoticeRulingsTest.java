package org.foilens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.foilens.model.Act;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Finding;
import org.foilens.model.IcoListing;
import org.foilens.model.Origin;
import org.foilens.model.Provision;
import org.foilens.model.ProvisionRole;
import org.junit.jupiter.api.Test;

/** A notice's rulings: combined up the provision tree, the ICO's listing first where it exists. */
class NoticeRulingsTest {

  private static Provision provision(String ref, Finding finding) {
    return new Provision(Act.FOIA, ref, ProvisionRole.EXEMPTION, finding, 1, List.of());
  }

  private static AnalyzedDocument notice(IcoListing listing, Provision... provisions) {
    return AnalyzedDocument.builder(new Origin("n.pdf", "00", listing, List.of()))
        .provisions(List.of(provisions))
        .build();
  }

  private static IcoListing listing(String section, String status, String ref, Finding finding) {
    return new IcoListing(
        "IC-1-A",
        "Home Office",
        null,
        null,
        List.of(new IcoListing.Decision(section, status, Act.FOIA, ref, finding)),
        null,
        null);
  }

  @Test
  void findingsCombineUpTheTreeOneRulingPerProvision() {
    NoticeRulings r =
        NoticeRulings.of(
            notice(
                null,
                provision("40(2)", Finding.NOT_UPHELD),
                provision("40(5B)", Finding.UPHELD),
                provision("12", null)));
    assertEquals(Finding.NOT_UPHELD, r.byPath().get(List.of("FOIA", "40", "40(2)")));
    assertEquals(Finding.PARTLY_UPHELD, r.byPath().get(List.of("FOIA", "40")));
    assertEquals(3, r.byPath().size(), "12 was not ruled on");
    assertEquals(Set.of(NoticeRulings.TEXT), r.sources());
    assertTrue(r.terms().contains("foia 40 partly_upheld"), r.terms().toString());
    assertTrue(r.terms().contains("40(2) not_upheld"), r.terms().toString());
  }

  @Test
  void theIcosPublishedDecisionCountsWhereItExistsAndADisagreementIsMarked() {
    NoticeRulings agree =
        NoticeRulings.of(
            notice(
                listing("FOI 40", "Not upheld", "40", Finding.NOT_UPHELD),
                provision("40(2)", Finding.NOT_UPHELD)));
    assertEquals(Set.of(NoticeRulings.ICO_LISTING), agree.sources());
    assertEquals(Finding.NOT_UPHELD, agree.byPath().get(List.of("FOIA", "40")));

    NoticeRulings differ =
        NoticeRulings.of(
            notice(
                listing("FOI 40", "Upheld", "40", Finding.UPHELD),
                provision("40(2)", Finding.NOT_UPHELD),
                provision("10", Finding.UPHELD)));
    assertEquals(Finding.UPHELD, differ.byPath().get(List.of("FOIA", "40")), "the ICO's word");
    assertEquals(null, differ.byPath().get(List.of("FOIA", "40", "40(2)")), "replaced by it");
    assertEquals(Finding.UPHELD, differ.byPath().get(List.of("FOIA", "10")), "the text elsewhere");
    assertEquals(
        List.of(NoticeRulings.ICO_LISTING, NoticeRulings.TEXT, NoticeRulings.DISAGREE),
        List.copyOf(differ.sources()));
  }

  @Test
  void noRulingNoSource() {
    assertTrue(NoticeRulings.of(notice(null, provision("12", null))).sources().isEmpty());
  }
}
