package org.foilens.tag.provision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.foilens.TestData;
import org.foilens.model.Act;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Provision;
import org.foilens.model.ProvisionRole;
import org.foilens.tag.Annotated;
import org.junit.jupiter.api.Test;

class ProvisionAnnotatorTest {

  @Test
  void provisionsInOrderWithRolesCountsAndTheParagraphsCitingThem() throws Exception {
    AnalyzedDocument d =
        Annotated.annotate(
            """
            Decision notice
            Date: 3 October 2023
            Public Authority: Borsetshire County Council

            Reasons for decision

            1. The Council relied on section 12(1) of FOIA and did not offer advice under
            section 16.

            2. Section 12(1) applies where the cost of compliance exceeds the appropriate limit.
            """,
            new ProvisionAnnotator(
                LegislationTable.load(TestData.root().resolve("config/legislation"))));
    assertEquals(
        List.of(
            new Provision(Act.FOIA, "12(1)", ProvisionRole.EXEMPTION, null, 2, List.of(1, 2)),
            new Provision(Act.FOIA, "16", ProvisionRole.PROCEDURAL, null, 1, List.of(1))),
        d.provisions());
  }
}
