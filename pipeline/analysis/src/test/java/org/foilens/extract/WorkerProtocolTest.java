package org.foilens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.foilens.model.ExtractedPart;
import org.foilens.model.Extraction;
import org.foilens.model.MailHeaders;
import org.foilens.model.SourceDocument;
import org.junit.jupiter.api.Test;

/** What a worker sends back is what the parent gets: every field, mail headers included. */
class WorkerProtocolTest {

  private final SourceDocument source =
      new SourceDocument(Path.of("/in/a.eml"), "in/a.eml", "ab12", 42);

  @Test
  void anExtractionSurvivesTheTrip() throws Exception {
    MailHeaders mail =
        new MailHeaders(
            "a@x.org",
            "b@y.gov.uk",
            "FOI request",
            LocalDate.parse("2023-03-20"),
            "<1@x>",
            null,
            null);
    Extraction sent =
        new Extraction(
            source,
            "message/rfc822",
            List.of(
                new ExtractedPart("", 0, "message/rfc822", "a.eml", "Dear DWP,\nplease", mail),
                new ExtractedPart("/scan.png", 1, "image/png", "scan.png", "OCR'd words", null)),
            "FOI request",
            2,
            1,
            Map.of("wdtk.status", "successful"),
            List.of("a warning"));
    String line = WorkerProtocol.JSON.writeValueAsString(WorkerProtocol.Reply.of(sent));
    WorkerProtocol.Reply reply = WorkerProtocol.JSON.readValue(line, WorkerProtocol.Reply.class);
    assertNull(reply.failure());
    assertEquals(sent, reply.extraction(source));
  }

  @Test
  void aRequestNamesTheFileAbsolutely() throws Exception {
    String line = WorkerProtocol.JSON.writeValueAsString(WorkerProtocol.Request.of(source));
    SourceDocument back =
        WorkerProtocol.JSON.readValue(line, WorkerProtocol.Request.class).source();
    assertEquals(source, back);
  }
}
