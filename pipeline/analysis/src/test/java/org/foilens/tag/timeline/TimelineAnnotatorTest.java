package org.foilens.tag.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.foilens.FoilensConfig;
import org.foilens.TestData;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Timeline;
import org.foilens.tag.Annotated;
import org.foilens.tag.Annotator;
import org.foilens.tag.date.DateAnnotator;
import org.foilens.tag.finding.FindingAnnotator;
import org.foilens.tag.finding.FindingModels;
import org.foilens.tag.provision.LegislationTable;
import org.foilens.tag.provision.ProvisionAnnotator;
import org.foilens.text.TsvTable;
import org.foilens.text.UkDates;
import org.foilens.text.WorkingDays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TimelineAnnotatorTest {

  private static final Path CUES = TestData.root().resolve("config/timeline-cues.tsv");
  private static final String HEAD =
      "Freedom of Information Act 2000 (FOIA)\nDecision notice\n\nDate: 12 March 2026\n"
          + "Public Authority: Borsetshire County Council\n\n";

  private static Annotator[] annotators;

  @BeforeAll
  static void load() throws Exception {
    LegislationTable legislation =
        LegislationTable.load(TestData.root().resolve("config/legislation"));
    FoilensConfig config = FoilensConfig.of(TestData.root().resolve("config"));
    annotators =
        new Annotator[] {
          new DateAnnotator(),
          new ProvisionAnnotator(legislation),
          new FindingAnnotator(FindingModels.reader(config), FindingModels.fromConfig(config)),
          new TimelineAnnotator(
              TimelineReader.load(CUES),
              WorkingDays.load(TestData.root().resolve("config/bank-holidays-england-wales.txt")))
        };
  }

  private static AnalyzedDocument notice(String story) {
    return Annotated.annotate(HEAD + story, annotators);
  }

  static List<CSVRecord> cues() throws Exception {
    return TsvTable.read(CUES);
  }

  /** Every cue's own example, alone in a notice, is read as its step, on its date. */
  @ParameterizedTest
  @MethodSource("cues")
  void eachCueReadsItsExample(CSVRecord cue) {
    String example = TsvTable.cell(cue, "example");
    String event = TsvTable.cell(cue, "event");
    Timeline t = notice("1. " + example + "\n").timeline();
    LocalDate date = UkDates.firstIn(example);
    switch (event) {
      case "requested" -> assertEquals(date, t.requested(), example);
      case "responded" -> assertEquals(date, t.responded(), example);
      case "review_requested" -> assertEquals(date, t.reviewRequested(), example);
      case "review_result" -> assertEquals(date, t.reviewResult(), example);
      case "complained" -> assertEquals(date, t.complained(), example);
      case "unanswered" -> {
        assertNull(t.responded(), example);
        assertEquals(Boolean.TRUE, t.late(), example);
      }
      default -> throw new AssertionError("unknown event " + event);
    }
  }

  @Test
  void theOlderNoticesTellTheirChronologyInOtherWords() {
    Timeline t =
        notice(
                """
                Chronology

                3. The complainant wrote to the public authority on 5 May 2008 and requested
                copies of the minutes of its planning committee.

                4. The public authority responded on 2 June 2008 and refused the request.

                5. On 10 June 2008 the complainant asked the public authority to reconsider its
                decision. It wrote to the complainant on 1 July 2008 with the outcome of its
                internal review, which upheld the refusal.

                6. On 12 August 2008 the complainant contacted the Commissioner to complain.
                """)
            .timeline();
    assertEquals(
        List.of(
            LocalDate.of(2008, 5, 5),
            LocalDate.of(2008, 6, 2),
            LocalDate.of(2008, 6, 10),
            LocalDate.of(2008, 7, 1),
            LocalDate.of(2008, 8, 12)),
        List.of(
            t.requested(), t.responded(), t.reviewRequested(), t.reviewResult(), t.complained()));
    assertEquals(19, t.responseWorkingDays(), "6 May to 2 June 2008, the 26 May bank holiday off");
    assertEquals(Boolean.FALSE, t.late());
    assertEquals(21, t.reviewDays());
  }

  @Test
  void quotedWordsTheReasonsAndLaterRequestsAreNoSteps() {
    Timeline t =
        notice(
                """
                Request and response

                4. On 2 January 2025, the complainant made the following request:
                "Please send the minutes of 14 March 2024, and tell me who responded on
                1 April 2024."

                5. The council responded on the same day.

                6. On 9 January 2025 the complainant made a further request for the agenda.

                Reasons for decision

                7. The complainant contacted the Commissioner on 3 March 2025, the council says.
                """)
            .timeline();
    assertEquals(LocalDate.of(2025, 1, 2), t.requested());
    assertEquals(LocalDate.of(2025, 1, 2), t.responded(), "'the same day' is the day before it");
    assertEquals(2, t.requests(), "the second request is counted, not timed");
    assertNull(t.complained(), "the reasons are not the story");
    assertEquals(LocalDate.of(2026, 3, 12), t.decided());
  }

  @Test
  void aLateResponseAndItsRulingAgreeOrTheRecordSaysSo() {
    String late =
        """
        Decision (including any steps ordered)

        1. The Commissioner's decision is that the council did not breach section 10(1) of FOIA.

        Request and response

        2. On 2 January 2025, the complainant made the following request for information.

        3. The council responded on 17 March 2025.
        """;
    AnalyzedDocument d = notice(late);
    assertEquals(Boolean.TRUE, d.timeline().late());
    assertTrue(
        d.extraction().warnings().stream().anyMatch(w -> w.startsWith("timeline:")),
        d.extraction().warnings().toString());
    assertEquals(
        List.of(),
        notice(late.replace("did not breach", "breached")).extraction().warnings(),
        "a breach found and a late response agree");
  }

  @Test
  void onlyDecisionNoticesHaveATimeline() {
    assertNull(
        Annotated.annotate("On 2 January 2025 the complainant made a request.", annotators)
            .timeline());
  }
}
