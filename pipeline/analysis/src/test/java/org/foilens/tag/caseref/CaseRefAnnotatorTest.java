package org.foilens.tag.caseref;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.foilens.tag.Annotated;
import org.junit.jupiter.api.Test;

class CaseRefAnnotatorTest {

  @Test
  void theNoticesOwnReferenceComesFirstThenTheOthersOnce() {
    assertEquals(
        List.of("IC-123456-A1B2", "FS50123456", "EA/2019/0123"),
        Annotated.annotate(
                """
                Decision notice
                Reference: ic-123456-a1b2
                Date: 3 October 2023
                Public Authority: Borsetshire County Council

                1. An earlier complaint (FS50123456) went to appeal as EA/2019/0123; see also
                IC-123456-A1B2.
                """,
                new CaseRefAnnotator())
            .mentions()
            .caseRefs());
  }
}
