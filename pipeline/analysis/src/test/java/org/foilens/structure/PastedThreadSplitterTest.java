package org.foilens.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.foilens.model.Message;
import org.junit.jupiter.api.Test;

class PastedThreadSplitterTest {

  @Test
  void splitsAPastedRequestPageByItsHeadings() {
    List<Message> messages =
        new PastedThreadSplitter()
            .split(
                """
                Gritting routes 2024
                The request was successful.

                Dear Leeds City Council,

                Please send the gritting route maps.

                Yours faithfully,

                A Requester

                Highways FOI, Leeds City Council

                This is an automated response: we have received your request.

                show quoted sections

                Information Governance Team,

                1 Attachment

                Dear A Requester,

                The maps are attached.

                References

                Visible links
                1. https://www.example.org/maps

                A Requester left an annotation ()

                The maps cover the main routes only.
                """);
    assertEquals(
        List.of("requester", "system", "authority", "annotation"),
        messages.stream().map(m -> m.role().label()).toList());
    assertEquals("A Requester", messages.get(0).from());
    assertEquals("Information Governance Team", messages.get(2).from());
    assertEquals("Dear A Requester,\n\nThe maps are attached.", messages.get(2).text());
    assertEquals("The maps cover the main routes only.", messages.get(3).text());
  }
}
