package org.foilens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.foilens.BatchRunner;
import org.foilens.TestData;
import org.foilens.TestPipeline;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Correspondence;
import org.foilens.model.DocumentKind;
import org.foilens.source.SourceWalker;
import org.junit.jupiter.api.Test;

/**
 * Every file of Tika's and Alaveteli's mail test sets is accounted for: a mail file yields messages
 * or an error a person can read, and the odd formats (Outlook items, TNEF, PST, uuencoded files,
 * UTF-7) come out as messages with their attachments.
 */
class MailFormatsIT {

  private static final List<String> MAIL =
      List.of(".eml", ".emlx", ".mbox", ".msg", ".pst", ".dat");

  private static AnalyzedDocument analyze(String folder, String file) {
    return TestPipeline.pipeline()
        .analyze(TestData.shared().resolve("robustness").resolve(folder).resolve(file))
        .document();
  }

  @Test
  void everyMailFileYieldsMessagesOrAReadableError() throws Exception {
    Path robustness = TestData.shared().resolve("robustness");
    List<Path> files =
        new SourceWalker()
            .list(List.of(robustness.resolve("tika-mail"), robustness.resolve("alaveteli-mail")));
    List<AnalyzedDocument> results = new ArrayList<>();
    new BatchRunner(TestPipeline.pipeline(), 2).run(files, a -> results.add(a.document()));
    int mailFiles = 0;
    int messages = 0;
    int errors = 0;
    List<String> silent = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      String name = files.get(i).getFileName().toString().toLowerCase(Locale.ROOT);
      AnalyzedDocument d = results.get(i);
      if (MAIL.stream().noneMatch(name::endsWith)) {
        assertEquals(
            DocumentKind.OTHER,
            d.kind(),
            name + " is no mail and should be analyzed as a document");
        continue;
      }
      mailFiles++;
      messages += d.correspondence().messages().size();
      if (d.error() != null) {
        errors++;
        assertFalse(
            d.error().contains("Exception"), "a failure should read as a sentence: " + d.error());
      } else if (d.correspondence().messages().isEmpty()) {
        silent.add(name);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "mail robustness: %d files, %d mail files, %d messages, %d errors%n",
        files.size(),
        mailFiles,
        messages,
        errors);
    assertEquals(List.of(), silent, "mail files that gave neither messages nor an error");
    assertTrue(mailFiles >= 100, "expected both mail sets, got " + mailFiles);
  }

  @Test
  void tnefWinmailDatIsAMessageWithItsFiles() {
    AnalyzedDocument d = analyze("tika-mail", "testWINMAIL.dat");
    assertEquals(DocumentKind.FOI_THREAD, d.kind());
    assertEquals(1, d.correspondence().messages().size());
    assertEquals(
        List.of("message.rtf", "quick.doc", "quick.html", "quick.pdf", "quick.txt", "quick.xml"),
        d.correspondence().messages().get(0).attachments());
    assertEquals("This is a test message", d.title());
  }

  @Test
  void outlookItemsWithoutASenderAreStillMessages() {
    AnalyzedDocument d = analyze("tika-mail", "testMSG_StickyNote.msg");
    assertEquals(1, d.correspondence().messages().size());
    assertTrue(d.correspondence().messages().get(0).text().contains("quick brown fox"));
    assertNull(d.correspondence().messages().get(0).from());
  }

  @Test
  void outlookMessageWithAnAttachedMessageGivesBoth() {
    AnalyzedDocument d = analyze("tika-mail", "testMSG_att_msg.msg");
    assertEquals(2, d.correspondence().messages().size());
  }

  @Test
  void pstMailboxGivesItsMessages() {
    AnalyzedDocument d = analyze("tika-mail", "testPST.pst");
    assertTrue(
        d.correspondence().messages().size() >= 8,
        "messages: " + d.correspondence().messages().size());
    assertTrue(
        d.correspondence().messages().stream()
            .anyMatch(m -> m.attachments().contains("attachment.docx")));
  }

  @Test
  void uuencodedFilesBecomeAttachmentsAndLeaveTheText() {
    AnalyzedDocument d = analyze("alaveteli-mail", "simple-uuencoded-attachment.eml");
    Correspondence.Entry m = d.correspondence().messages().get(0);
    assertEquals(List.of("Happy.txt"), m.attachments());
    assertFalse(m.text().contains("begin 644"), m.text());
    assertTrue(m.text().contains("Regards"), m.text());
    assertEquals(
        List.of("moo.txt"),
        analyze("alaveteli-mail", "incoming-request-bad-uuencoding.eml")
            .correspondence()
            .messages()
            .get(0)
            .attachments());
    assertTrue(
        analyze("alaveteli-mail", "inline-uuencode.eml")
            .correspondence()
            .messages()
            .get(0)
            .attachments()
            .contains("ResponseT7363 9.doc"));
  }

  @Test
  void utf7HeadersAreDecoded() {
    AnalyzedDocument d = analyze("alaveteli-mail", "utf-7-subject.eml");
    assertEquals("Va\u0161e emailov\u00e1 zpr\u00e1va byla p\u0159evzata", d.title());
    assertEquals("Epodatelna <bob@localhost>", d.correspondence().messages().get(0).from());
  }

  @Test
  void aSingleMessageBehindAnEnvelopeLineIsReadAsThatMessage() {
    AnalyzedDocument d = analyze("tika-mail", "single_mail.mbox");
    assertEquals(1, d.correspondence().messages().size());
    assertTrue(d.correspondence().messages().get(0).text().contains("bootar o sistema do HD"));
    AnalyzedDocument two = analyze("tika-mail", "simple.mbox");
    assertEquals(2, two.correspondence().messages().size(), "two envelopes are two messages");
  }

  @Test
  void aBounceListsTheReturnedMessageAfterTheBounce() {
    AnalyzedDocument d = analyze("alaveteli-mail", "utf-7-conversion.eml");
    assertEquals(
        List.of("requester", "system"),
        d.correspondence().messages().stream().map(m -> m.role().label()).toList());
  }
}
