package org.foilens.tag.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.foilens.TestData;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.RequestStatus;
import org.foilens.tag.Annotated;
import org.foilens.text.WorkingDays;
import org.junit.jupiter.api.Test;

class StatusAnnotatorTest {

  private static final String PAGE =
      """
      Freedom of Information request: gritting routes

      The request was partially successful.

      Dear Borsetshire County Council,

      Please send me the gritting routes.

      Yours faithfully,
      A Requester
      """;

  @Test
  void aThreadStatesItsStatusAndNoModelOverrulesIt() {
    AnalyzedDocument d = Annotated.annotate(PAGE, new StatusAnnotator(null));
    assertEquals(RequestStatus.PARTIALLY_SUCCESSFUL, d.correspondence().status());
  }

  @Test
  void withoutAStatedStatusOrAModelThereIsNone() {
    AnalyzedDocument d =
        Annotated.annotate(
            PAGE.replace("The request was partially successful.", ""), new StatusAnnotator(null));
    assertNull(d.correspondence().status());
  }

  @Test
  void aLifecycleIsAThreadsOnly() throws Exception {
    LifecycleAnnotator lifecycle =
        new LifecycleAnnotator(
            new LifecycleFinder(
                WorkingDays.load(
                    TestData.root().resolve("config/bank-holidays-england-wales.txt"))));
    AnalyzedDocument thread = Annotated.annotate(PAGE, lifecycle);
    assertNull(thread.correspondence().lifecycle().requested(), "a pasted page has no dates");
    assertNull(
        Annotated.annotate("Minutes of 1 March 2024.", lifecycle).correspondence().lifecycle());
  }
}
