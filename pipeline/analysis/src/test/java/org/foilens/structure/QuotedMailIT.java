package org.foilens.structure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.foilens.TestData;
import org.foilens.TestPipeline;
import org.foilens.model.AnalyzedDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real replies from Alaveteli's tests: each message keeps its own words, not the history. */
class QuotedMailIT {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "lotus-notes-quoting.eml | Some text. | Original text",
        "forward-quoting-example.eml | Some text. | Subject",
        "forward-quoting-example-2.eml | Please note that my email address has changed | Original",
        "incoming-request-plain.eml | No way am I answering that. | go to the UN talk",
        "raw_email_1.eml | in a month of Thursdays | fancy dog",
      })
  void keepsTheReplyAndFoldsTheHistory(String file, String kept, String folded) throws Exception {
    AnalyzedDocument d =
        TestPipeline.pipeline()
            .analyze(TestData.shared().resolve("robustness/alaveteli-mail").resolve(file))
            .document();
    String text = d.correspondence().messages().get(0).text().replaceAll("\\s+", " ");
    assertTrue(text.contains(kept), file + ": " + text);
    assertFalse(text.contains(folded), file + ": " + text);
  }
}
