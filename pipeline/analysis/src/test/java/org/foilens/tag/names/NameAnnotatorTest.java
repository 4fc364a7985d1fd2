package org.foilens.tag.names;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.foilens.TestData;
import org.foilens.TestPipeline;
import org.foilens.model.AnalyzedDocument;
import org.foilens.tag.Annotated;
import org.junit.jupiter.api.Test;

class NameAnnotatorTest {

  @Test
  void peopleInTitleCaseAndAuthoritiesUnderTheGazetteersName() throws Exception {
    NameAnnotator names =
        new NameAnnotator(
            NameFinder.load(TestData.root().resolve("config").resolve(NameFinder.MODEL)),
            TestPipeline.gazetteer());
    AnalyzedDocument d =
        Annotated.annotate(
            "Ms Harriet JONES-PARKER wrote to the Department for Work and Pensions on 2 May."
                + " Mr Tomasz Nowak of the Home Office replied.",
            names);
    assertTrue(
        d.mentions().persons().stream().noneMatch(p -> p.equals(p.toUpperCase(Locale.ROOT))),
        "capitals are made title case: " + d.mentions().persons());
    assertTrue(
        d.mentions().organisations().contains("Department for Work and Pensions"),
        d.mentions().organisations().toString());
  }
}
