package org.foilens.tag.timeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;
import org.apache.commons.csv.CSVRecord;
import org.foilens.model.NoticePart;
import org.foilens.text.StartScan;
import org.foilens.text.TsvTable;
import org.foilens.text.UkDates;

/**
 * Reads the steps of a case from a decision notice's account of it ("Request and response", "Scope
 * of the case", the old layout's "The Request" and "Chronology", a Scottish "Background"): each
 * sentence is told of a step by the patterns of {@code config/timeline-cues.tsv}, and its date is
 * that step's. Quoted text (the request's own words) is passed over; the reasons and what follows
 * them are not read. The first date of each step counts; a second request is counted, not timed. A
 * response told of after a review was asked for is the review's outcome.
 */
public final class TimelineReader {

  /** The steps a notice tells of, and the mark of a request never answered. */
  public enum Step {
    REVIEW_RESULT,
    REVIEW_REQUESTED,
    COMPLAINED,
    RESPONDED,
    REQUESTED,
    UNANSWERED;

    static Step of(String label) {
      return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }
  }

  /** What the account says: the date of each step read, how many requests, whether unanswered. */
  public record Steps(Map<Step, LocalDate> dates, int requests, boolean unanswered) {

    public LocalDate date(Step step) {
      return dates.get(step);
    }
  }

  /** One cue: a pattern that tells of a step. */
  record Cue(Step step, Pattern pattern) {}

  /** Parts after which a notice no longer tells its story but reasons about it. */
  private static final Set<String> AFTER_THE_STORY =
      Set.of("reasons", "steps", "other_matters", "right_of_appeal", "legal_annex");

  private static final Pattern NEGATED =
      Pattern.compile("(?i)\\b(?:not|never|n't|failed\\s+to|yet\\s+to|without)\\s+(?:\\w+\\s+)?$");
  private static final Pattern SAME_DAY =
      Pattern.compile(
          "(?i)\\b(?:on\\s+)?(?:the\\s+same\\s+(?:day|date)|that\\s+(?:same\\s+)?day)\\b");

  /** Text in quotation marks: a request's own words, or a letter's. */
  private static final Pattern QUOTED =
      Pattern.compile("“[^”]{0,6000}”|\"[^\"]{0,6000}\"", Pattern.DOTALL);

  private final List<Cue> cues;

  TimelineReader(List<Cue> cues) {
    this.cues = List.copyOf(cues);
  }

  /** The reader of a cue table ({@code config/timeline-cues.tsv}). */
  public static TimelineReader load(Path file) throws IOException {
    List<Cue> cues = new ArrayList<>();
    for (CSVRecord row : TsvTable.read(file)) {
      String event = TsvTable.cell(row, "event");
      String pattern = TsvTable.cell(row, "pattern");
      if (event.isEmpty() || pattern.isEmpty()) {
        throw new IOException("a timeline cue needs an event and a pattern in " + file);
      }
      try {
        cues.add(new Cue(Step.of(event), Pattern.compile(pattern, Pattern.CASE_INSENSITIVE)));
      } catch (IllegalArgumentException e) {
        throw new IOException("not a timeline cue in " + file + ": " + event + " " + pattern, e);
      }
    }
    return new TimelineReader(cues);
  }

  /**
   * The steps a notice tells of.
   *
   * @param body the notice's text
   * @param parts its parts, offsets into the body; the story ends where the reasons begin
   * @param sentences its sentences, offsets into the body
   * @param decided the notice's own date, or null: no step happens on or after it, so a date that
   *     is not before it (a page's own date run into its first sentence) is none
   */
  public Steps read(String body, List<NoticePart> parts, Span[] sentences, LocalDate decided) {
    int end = storyEnd(body, parts);
    String text = masked(body.substring(0, end));
    Map<Step, LocalDate> dates = new EnumMap<>(Step.class);
    Set<LocalDate> requests = new LinkedHashSet<>();
    boolean unanswered = false;
    LocalDate previous = null;
    for (Span s : sentences) {
      if (s.getStart() >= end) {
        break;
      }
      String sentence = text.substring(s.getStart(), Math.min(s.getEnd(), end));
      List<Dated> dated = dated(sentence, decided);
      Matcher same = SAME_DAY.matcher(sentence);
      boolean sameDay = dated.isEmpty() && previous != null && same.find();
      // a sentence with no date of its own or of the day before tells no step a date: only
      // whether a request went unanswered is read from it
      List<int[]> told = told(sentence, !dated.isEmpty() || sameDay); // {step, start, end}
      unanswered |= told.stream().anyMatch(t -> t[0] == Step.UNANSWERED.ordinal());
      told.removeIf(t -> t[0] == Step.UNANSWERED.ordinal());
      if (sameDay && !told.isEmpty()) {
        dated = List.of(new Dated(previous, same.start()));
      }
      for (Dated d : dated) {
        Step step = stepOf(d, told);
        if (step != null) {
          record(step, d.date(), dates, requests);
        }
      }
      if (!dated.isEmpty()) {
        previous = dated.get(dated.size() - 1).date();
      }
    }
    return new Steps(
        Map.copyOf(dates), requests.size(), unanswered && !dates.containsKey(Step.RESPONDED));
  }

  /** A full date in a sentence, at an offset. */
  private record Dated(LocalDate date, int at) {}

  private static List<Dated> dated(String sentence, LocalDate decided) {
    List<Dated> out = new ArrayList<>();
    StartScan.Matches dates = UkDates.DATES.in(sentence);
    while (dates.find()) {
      Matcher m = dates.matcher();
      LocalDate d = UkDates.date(m);
      if (d != null && (decided == null || d.isBefore(decided))) {
        out.add(new Dated(d, m.start()));
      }
    }
    return out;
  }

  /**
   * The steps a sentence tells of, at their places; negated cues ("has not responded") left out.
   * Without {@code everyStep}, only whether it tells of a request unanswered.
   */
  private List<int[]> told(String sentence, boolean everyStep) {
    List<int[]> out = new ArrayList<>();
    for (Cue c : cues) {
      if (!everyStep && c.step() != Step.UNANSWERED) {
        continue;
      }
      Matcher m = c.pattern().matcher(sentence);
      while (m.find()) {
        boolean negated =
            c.step() != Step.UNANSWERED
                && NEGATED
                    .matcher(sentence.substring(Math.max(0, m.start() - 24), m.start()))
                    .find();
        if (!negated) {
          out.add(new int[] {c.step().ordinal(), m.start(), m.end()});
        }
      }
    }
    return out;
  }

  /**
   * The step a date belongs to: with one step told, that step (the first listed where several
   * patterns of different steps match around one date); else the nearest step told before it, or
   * after it where none is before.
   */
  private static Step stepOf(Dated d, List<int[]> told) {
    if (told.isEmpty()) {
      return null;
    }
    int[] before = null;
    int[] after = null;
    for (int[] t : told) {
      if (t[2] <= d.at()) {
        if (before == null || t[2] > before[2] || t[2] == before[2] && t[0] < before[0]) {
          before = t;
        }
      } else if (after == null || t[1] < after[1] || t[1] == after[1] && t[0] < after[0]) {
        after = t;
      }
    }
    if (told.stream().mapToInt(t -> t[0]).distinct().count() == 1) {
      return Step.values()[told.get(0)[0]];
    }
    int[] chosen = before != null ? before : after;
    int step = chosen[0];
    // patterns of several steps at the same words: the step listed first wins
    for (int[] t : told) {
      if (t[1] < chosen[2] && chosen[1] < t[2] && t[0] < step) {
        step = t[0];
      }
    }
    return Step.values()[step];
  }

  private static void record(
      Step step, LocalDate date, Map<Step, LocalDate> dates, Set<LocalDate> requests) {
    Step s = step;
    if (s == Step.RESPONDED
        && dates.containsKey(Step.RESPONDED)
        && dates.containsKey(Step.REVIEW_REQUESTED)
        && !dates.containsKey(Step.REVIEW_RESULT)
        && !date.isBefore(dates.get(Step.REVIEW_REQUESTED))) {
      s = Step.REVIEW_RESULT; // the authority's answer to the review
    }
    if (s == Step.REQUESTED) {
      requests.add(date);
    }
    dates.putIfAbsent(s, date);
  }

  /** Where the account of the case ends: at the first part that reasons about it. */
  private static int storyEnd(String body, List<NoticePart> parts) {
    for (NoticePart p : parts) {
      if (AFTER_THE_STORY.contains(p.name())) {
        return Math.max(0, p.start());
      }
    }
    return body.length();
  }

  /** The text with everything in quotation marks blanked out, offsets kept. */
  private static String masked(String text) {
    StringBuilder sb = new StringBuilder(text);
    Matcher q = QUOTED.matcher(text);
    while (q.find()) {
      for (int i = q.start() + 1; i < q.end() - 1; i++) {
        if (sb.charAt(i) != '\n') {
          sb.setCharAt(i, ' ');
        }
      }
    }
    return sb.toString();
  }
}
