package org.foilens.structure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.foilens.TestData;
import org.foilens.TestPipeline;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Correspondence;
import org.junit.jupiter.api.Test;

/**
 * Footers on real mail (Alaveteli's test messages) and the replies pasted into the letters set: per
 * file, the footer lines that must be folded away and the sender's own lines that must stay.
 */
class FooterFoldingIT {

  /** One file: which message, the footer it must lose, the words it must keep. */
  private record Case(
      String folder, String file, int message, List<String> fold, List<String> keep) {}

  private static final List<Case> CASES =
      List.of(
          new Case(
              "robustness/alaveteli-mail",
              "rfc822-attachment.eml",
              1,
              List.of(
                  "is strictly confidential",
                  "privileged and confidential information",
                  "virus free",
                  "Mimecast delivers",
                  "*****"),
              List.of("Freedom of Information request", "foi.officer@example.com")),
          new Case(
              "robustness/alaveteli-mail",
              "track-response-exchange-oof-1.eml",
              0,
              List.of("No responsibility is accepted for any virus"),
              List.of("I am out of the office", "please telephone me on 12345678")),
          new Case(
              "robustness/alaveteli-mail",
              "track-response-lotus-oof-1.eml",
              0,
              List.of(
                  "Any views or opinions in this email",
                  "interception or monitoring",
                  "registered in England",
                  "********"),
              List.of("I will be out of the office", "If you need to contact anyone urgently")),
          new Case(
              "robustness/alaveteli-mail",
              "track-response-messageclass-oof.eml",
              0,
              List.of("private and confidential", "must not be read, copied"),
              List.of("I am out of the office until Tuesday", "Thanks very much", "Boris")),
          new Case(
              "robustness/alaveteli-mail",
              "incoming-request-bad-uuencoding-2.eml",
              0,
              List.of("*****"),
              List.of("Thank you for your e-mail enquiry.", "A reply is attached.")),
          new Case(
              "robustness/alaveteli-mail",
              "lotus-notes-quoting.eml",
              0,
              List.of("Original text"),
              List.of("Some text.")),
          new Case(
              "letters",
              "files/vfillis_pennine_2021-0295_md.md",
              -1,
              List.of(),
              List.of(
                  "the Trust does not hold this information",
                  "Freedom of Information Team Pennine Care NHS Foundation Trust")),
          new Case(
              "letters",
              "files/vfillis_lpft_accommodation_thread_md.md",
              2,
              List.of(),
              List.of(
                  "Please find attached the data for your first two questions",
                  "their FOI Team can be contacted")));

  @Test
  void footersFoldAndOwnWordsStay() {
    for (Case c : CASES) {
      Path file = TestData.shared().resolve(c.folder()).resolve(c.file());
      AnalyzedDocument d = TestPipeline.pipeline().analyze(file).document();
      String text;
      if (c.message() < 0) {
        text = TestPipeline.pipeline().analyze(file).body();
      } else {
        List<Correspondence.Entry> messages = d.correspondence().messages();
        assertTrue(messages.size() > c.message(), c.file() + ": " + messages.size() + " messages");
        text = messages.get(c.message()).text();
      }
      String flat = text.replaceAll("\\s+", " ");
      for (String footer : c.fold()) {
        assertFalse(flat.contains(footer), c.file() + " keeps footer \"" + footer + "\": " + flat);
      }
      for (String own : c.keep()) {
        assertTrue(flat.contains(own), c.file() + " lost \"" + own + "\": " + flat);
      }
    }
  }
}
