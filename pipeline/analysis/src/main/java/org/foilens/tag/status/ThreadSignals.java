package org.foilens.tag.status;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.foilens.FoilensConfig;
import org.foilens.model.Message;
import org.foilens.model.MessageRole;
import org.foilens.model.Vocabulary;
import org.foilens.tag.letter.LetterCues;
import org.foilens.tag.letter.LetterDecisionReader;
import org.foilens.tag.letter.LetterSentences;

/**
 * What the request-status model reads of a thread: the rules as signals, not the words. The plain
 * reading of {@link ThreadStatusReader} ({@code reading=…}); the thread's shape (how many answers,
 * who wrote last, whether the requester wrote after the last answer); the decision cues of the last
 * answer read as a response letter's ({@code last:disclosed}, {@code last:not_held}, …, with the
 * attached letters' text), and of the answers before it ({@code earlier:…}); the readings of {@code
 * config/thread-status-cues.tsv} in the authority's own sentences of the last answer ({@code
 * last:cue:…}) and in the names of its attachments ({@code files:…}); how many figures the answer
 * gives in its own words; and what the requester said after an answer ({@code requester:…}):
 * thanks, a complaint that something is missing, an internal review, the Information Commissioner.
 * Training and inference build features through this one class, so the model sees what the pipeline
 * sees.
 */
public final class ThreadSignals {

  /** Readings that say part of what was asked is not given, in the order they are looked for. */
  private static final List<String> NEGATIVE_READINGS =
      List.of(
          "not_held_plain",
          "elsewhere",
          "published",
          "personal_data",
          "suppressed",
          "cost_limit",
          "part_unanswered",
          "refusal_stated",
          "invalid_request");

  /** Readings that say part of what was asked is not given. */
  static final Set<String> NEGATIVE = Set.copyOf(NEGATIVE_READINGS);

  /** Readings of the cue table looked for in the authority's own sentences of its last answer. */
  static final List<String> ANSWER_READINGS =
      Stream.concat(
              NEGATIVE_READINGS.stream(),
              Stream.of(
                  "review_upheld",
                  "review_not_upheld",
                  "informal",
                  "disregard",
                  "clarification_asked",
                  "review_outcome"))
          .toList();

  /** Readings of the cue table looked for in the requester's messages after an answer. */
  static final List<String> REQUESTER_READINGS =
      List.of("thanks", "incomplete", "review_asked", "ico", "disputed", "withdrawn");

  /** Readings of the cue table looked for in the names of the last answer's attachments. */
  static final List<String> FILE_READINGS = List.of("file_redacted", "file_refusal", "file_review");

  /** WhatDoTheyKnow's "2 Attachments" line atop a reply copied from its page or export. */
  private static final Pattern ATTACHMENTS_LINE =
      Pattern.compile("(?m)^\\s*(\\d+) Attachments?\\s*$");

  /** A line naming a file, as WhatDoTheyKnow lists a reply's attachments. */
  private static final Pattern FILE_NAME =
      Pattern.compile(
          "(?m)^[^\\n]{1,200}\\.(?:pdf|docx?|xlsx?|pptx?|csv|odt|ods|rtf|txt|zip|msg|eml)\\s*$",
          Pattern.CASE_INSENSITIVE);

  /** A figure: an amount, a count or a share; a year alone is no figure. */
  private static final Pattern FIGURE =
      Pattern.compile("(?<![\\w/.-])£?\\d[\\d,]*(?:\\.\\d+)?%?(?![\\w/-])");

  /** Where a letter signs off: its address and contact lines below give no figures. */
  private static final Pattern SIGN_OFF =
      Pattern.compile(
          "(?im)^\\s*(?:yours (?:sincerely|faithfully)|kind regards|best wishes|many"
              + " thanks|regards)\\b");

  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

  /** The signal that counts the last answer's readings of something kept back. */
  private static final String KEPT_BACK = "kept_back=";

  private final ThreadStatusReader reader;
  private final LetterDecisionReader decisions;
  private final LetterSentences sentences;
  private final LetterCues cues;

  public ThreadSignals(
      ThreadStatusReader reader,
      LetterDecisionReader decisions,
      LetterSentences sentences,
      LetterCues threadCues) {
    this.reader = reader;
    this.decisions = decisions;
    this.sentences = sentences;
    this.cues = threadCues;
  }

  /**
   * The signals of a configuration: its letter voices and decision cues and its {@code
   * thread-status-cues.tsv}.
   */
  public static ThreadSignals load(FoilensConfig config) throws IOException {
    LetterSentences sentences =
        new LetterSentences(LetterCues.read(config.file("letter-voices.tsv"), "voice"));
    LetterDecisionReader decisions =
        new LetterDecisionReader(
            LetterCues.read(config.file("letter-decision-cues.tsv"), "reading"), sentences);
    return load(config, decisions, sentences);
  }

  /**
   * The signals of a configuration's {@code thread-status-cues.tsv} over the letter readers the tag
   * stage already has.
   */
  public static ThreadSignals load(
      FoilensConfig config, LetterDecisionReader decisions, LetterSentences sentences)
      throws IOException {
    LetterCues threadCues = LetterCues.read(config.file("thread-status-cues.tsv"), "reading");
    return new ThreadSignals(
        new ThreadStatusReader(threadCues, decisions), decisions, sentences, threadCues);
  }

  /** The plain reader these signals start from. */
  public ThreadStatusReader reader() {
    return reader;
  }

  /**
   * Whether the signals of a thread say that part of what was asked is kept back or not given: a
   * reading of the last answer that withholds, refuses, does not hold or leaves a part unanswered.
   */
  public static boolean keptBack(String[] signals) {
    for (String s : signals) {
      if (s.startsWith(KEPT_BACK) && !s.equals(KEPT_BACK + "0")) {
        return true;
      }
    }
    return false;
  }

  /** The signals of a thread, each once, in a fixed order. */
  public String[] of(List<Message> messages) {
    Set<String> out = new LinkedHashSet<>();
    ThreadStatusReader.Reading reading = reader.read(messages, true);
    out.add("reading=" + (reading.status() == null ? "none" : reading.status().label()));
    List<Integer> answers = new ArrayList<>(); // the authority's answers, in order
    int lastRequester = -1;
    for (int i = 0; i < messages.size(); i++) {
      Message m = messages.get(i);
      if (m.isFrom(MessageRole.AUTHORITY) && reader.answers(m)) {
        answers.add(i);
      }
      if (m.isFrom(MessageRole.REQUESTER)) {
        lastRequester = i;
      }
    }
    int lastAnswer = answers.isEmpty() ? -1 : answers.get(answers.size() - 1);
    out.add("answers=" + Math.min(answers.size(), 3));
    out.add(
        "last="
            + (messages.isEmpty()
                ? "none"
                : Vocabulary.labelOf(messages.get(messages.size() - 1).role())));
    if (lastAnswer < 0) {
      requesterSignals(messages, 1, -1, out);
      return out.toArray(String[]::new);
    }
    out.add(lastRequester > lastAnswer ? "requester_after_answer" : "answer_last");
    Message answer = messages.get(lastAnswer);
    String letter = ThreadStatusReader.withAttachments(answer);
    decisionSignals("last:", letter, out);
    for (int i : answers.subList(0, answers.size() - 1)) {
      decisionSignals("earlier:", ThreadStatusReader.withAttachments(messages.get(i)), out);
    }
    String own = ownWords(letter);
    int negatives = 0;
    for (String r : ANSWER_READINGS) {
      if (cues.anyIn(r, own)) {
        out.add("last:cue:" + r);
        negatives += NEGATIVE.contains(r) ? 1 : 0;
      }
    }
    for (String r : List.of("not_held", "withheld", "refused", "gap")) {
      negatives += out.contains("last:" + r) ? 1 : 0;
    }
    String figures = bucket(figures(own), 0, 1, 4, 10);
    out.add("last:figures=" + figures);
    out.add("last:words=" + bucket(own.split("\\s+").length, 0, 40, 150, 400));
    String read = reading.status() == null ? "none" : reading.status().label();
    String kept = KEPT_BACK + Math.min(negatives, 2);
    out.add(kept);
    out.add("reading=" + read + "&" + kept);
    out.add("reading=" + read + "&figures=" + figures);
    String files = fileNames(answer);
    if (!files.isEmpty()) {
      out.add("files");
      for (String r : FILE_READINGS) {
        if (cues.anyIn(r, files)) {
          out.add("files:" + r);
        }
      }
    }
    requesterSignals(messages, answers.get(0) + 1, lastAnswer, out);
    return out.toArray(String[]::new);
  }

  /**
   * The readings of the requester's messages from {@code from} on: {@code requester:…} after the
   * last answer, {@code requester_earlier:…} before it.
   */
  private void requesterSignals(List<Message> messages, int from, int lastAnswer, Set<String> out) {
    for (int i = from; i < messages.size(); i++) {
      Message m = messages.get(i);
      if (!m.isFrom(MessageRole.REQUESTER)) {
        continue;
      }
      String text = m.text() == null ? "" : m.text();
      String when = i > lastAnswer ? "requester:" : "requester_earlier:";
      for (String r : REQUESTER_READINGS) {
        if (cues.anyIn(r, text)) {
          out.add(when + r);
        }
      }
    }
  }

  /** The decision cues a letter's sentences show, and the decision they make. */
  private void decisionSignals(String prefix, String letter, Set<String> out) {
    LetterDecisionReader.Decision d = decisions.read(letter);
    for (String e : d.evidence()) {
      int colon = e.indexOf(':');
      if (colon > 0) {
        out.add(prefix + e.substring(0, colon));
      }
    }
    out.add(prefix + "decision=" + (d.status() == null ? "none" : d.status().label()));
  }

  /** The authority's own sentences of a letter: not the request quoted, the rights, the history. */
  private String ownWords(String letter) {
    StringBuilder sb = new StringBuilder();
    Matcher signOff = SIGN_OFF.matcher(letter);
    String body = signOff.find() ? letter.substring(0, signOff.start()) : letter;
    for (LetterSentences.Sentence s : sentences.split(body)) {
      if (s.voice() == LetterSentences.Voice.AUTHORITY) {
        sb.append(s.text()).append('\n');
      }
    }
    return sb.toString();
  }

  /** The names of a message's attachments, and the files a copied WhatDoTheyKnow reply lists. */
  static String fileNames(Message m) {
    List<String> names = new ArrayList<>(m.attachments());
    String text = m.text() == null ? "" : m.text();
    Matcher line = ATTACHMENTS_LINE.matcher(text);
    if (line.find()) {
      int n = Integer.parseInt(line.group(1));
      Matcher name = FILE_NAME.matcher(text);
      name.region(line.end(), text.length());
      while (n > 0 && name.find()) {
        names.add(name.group().strip());
        n--;
      }
    }
    return String.join("\n", names).toLowerCase(Locale.ROOT);
  }

  private static int figures(String text) {
    int n = 0;
    Matcher m = FIGURE.matcher(text);
    while (m.find()) {
      if (!YEAR.matcher(m.group()).matches()) {
        n++;
      }
    }
    return n;
  }

  /** The bucket a count falls in, named by its lower bound ("4+" for 4 to 9 of 0, 1, 4, 10). */
  private static String bucket(int n, int... bounds) {
    String name = "0";
    for (int b : bounds) {
      if (n >= b) {
        name = b + "+";
      }
    }
    return name;
  }
}
