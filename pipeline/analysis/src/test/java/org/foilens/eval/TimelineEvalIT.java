package org.foilens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.foilens.TestData;
import org.foilens.TestPipeline;
import org.junit.jupiter.api.Test;

/**
 * The timelines of the real whole notices of {@code ../shared/data/decisions/full} and of the seed
 * notice, against the project's own reading of them ({@code corpus/gold/timelines.jsonl}): every
 * date the notices print is read, and none is invented.
 */
class TimelineEvalIT {

  @Test
  void everyPrintedDateIsReadAndNoneInvented() throws Exception {
    TimelineEvaluator.Report report =
        new TimelineEvaluator(TestPipeline.pipeline())
            .evaluate(TestData.root().resolve("corpus/gold/timelines.jsonl"));
    report.disagreements().forEach(System.out::println);
    assertEquals(9, report.documents());
    report
        .steps()
        .forEach(
            (step, s) -> {
              assertEquals(s.printed().total(), s.printed().correct(), step + ": printed dates");
              assertEquals(0, s.invented(), step + ": dates invented");
            });
  }
}
