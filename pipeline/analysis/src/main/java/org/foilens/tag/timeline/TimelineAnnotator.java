package org.foilens.tag.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.foilens.model.Act;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.DocumentKind;
import org.foilens.model.Provision;
import org.foilens.model.ProvisionRole;
import org.foilens.model.StructuredDocument;
import org.foilens.model.Timeline;
import org.foilens.tag.AnnotatedText;
import org.foilens.tag.Annotator;
import org.foilens.tag.timeline.TimelineReader.Step;
import org.foilens.text.WorkingDays;

/**
 * A decision notice's timeline: the dates its account of the case gives (see {@link
 * TimelineReader}), the notice's own date, and what follows — working days from request to response
 * (England and Wales bank holidays; none for a Scottish decision, whose calendar differs), whether
 * the response was late under FOIA section 10(1) or EIR regulation 5(2) (20 working days), days
 * from review request to result and from complaint to decision. A notice that rules on the time
 * limit against its own dates keeps its ruling, and the record says so in {@code warnings}. Runs
 * after the findings.
 */
public final class TimelineAnnotator implements Annotator {

  /** FOIA section 10(1) and EIR regulation 5(2): twenty working days. */
  public static final int TIME_LIMIT = 20;

  private final TimelineReader reader;
  private final WorkingDays calendar;

  public TimelineAnnotator(TimelineReader reader, WorkingDays calendar) {
    this.reader = reader;
    this.calendar = calendar;
  }

  @Override
  public void annotate(AnnotatedText text, AnalyzedDocument.Builder record) {
    StructuredDocument doc = text.document();
    if (doc.kind() != DocumentKind.DECISION_NOTICE) {
      return;
    }
    LocalDate decided = record.date();
    TimelineReader.Steps steps = reader.read(text.body(), doc.parts(), text.sentences(), decided);
    LocalDate requested = steps.date(Step.REQUESTED);
    LocalDate responded = steps.date(Step.RESPONDED);
    LocalDate reviewRequested = steps.date(Step.REVIEW_REQUESTED);
    LocalDate reviewResult = steps.date(Step.REVIEW_RESULT);
    LocalDate complained = steps.date(Step.COMPLAINED);
    Integer workingDays = null;
    if (requested != null
        && responded != null
        && !responded.isBefore(requested)
        && !doc.isScottishDecision()
        && calendar.covers(requested)
        && calendar.covers(responded)) {
      workingDays = calendar.between(requested, responded);
    }
    Boolean late =
        workingDays != null
            ? Boolean.valueOf(workingDays > TIME_LIMIT)
            : steps.unanswered() ? true : null;
    Timeline timeline =
        new Timeline(
            requested,
            responded,
            reviewRequested,
            reviewResult,
            complained,
            decided,
            steps.requests(),
            workingDays,
            late,
            days(reviewRequested, reviewResult),
            days(complained, decided));
    record.timeline(timeline);
    warnIfAtOdds(timeline, record);
  }

  @Override
  public List<String> fields() {
    return List.of("timeline");
  }

  private static Integer days(LocalDate from, LocalDate to) {
    return from == null || to == null || to.isBefore(from)
        ? null
        : (int) ChronoUnit.DAYS.between(from, to);
  }

  /**
   * A notice that finds the time limit kept while its dates give a late response, or finds it
   * breached while they give one in time, keeps its ruling; the record says they disagree. A breach
   * beside an exemption wrongly applied is no disagreement: the information withheld was not
   * communicated within the time limit, however soon the refusal came.
   */
  private static void warnIfAtOdds(Timeline t, AnalyzedDocument.Builder record) {
    if (t.responseWorkingDays() == null) {
      return;
    }
    boolean withheldWrongly =
        record.provisions().stream()
            .anyMatch(
                p ->
                    p.role() == ProvisionRole.EXEMPTION
                        && p.finding() != null
                        && p.finding().forComplainant());
    for (Provision p : record.provisions()) {
      if (!isTimeLimit(p) || p.finding() == null) {
        continue;
      }
      boolean breachFound = p.finding().forComplainant();
      if (breachFound ? !t.late() && !withheldWrongly : t.late()) {
        record.warn(
            "timeline: the notice finds "
                + p.key()
                + (breachFound ? " breached" : " kept")
                + " but its dates give a response in "
                + t.responseWorkingDays()
                + " working days");
        return;
      }
    }
  }

  /** FOIA section 10(1) (or 10) and EIR regulation 5(2): the time limit for a response. */
  private static boolean isTimeLimit(Provision p) {
    return p.act() == Act.FOIA && (p.ref().equals("10") || p.ref().startsWith("10(1)"))
        || p.act() == Act.EIR && p.ref().startsWith("5(2)");
  }
}
