package org.foilens.tag.status;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.tokenize.SimpleTokenizer;
import org.apache.commons.csv.CSVRecord;
import org.foilens.FoilensConfig;
import org.foilens.model.Message;
import org.foilens.model.MessageRole;
import org.foilens.model.Vocabulary;
import org.foilens.text.TsvTable;

/**
 * What the request-status categorizer reads of a correspondence: the signals of {@link
 * ThreadSignals} (the plain reading, the decision cues of the answers, the thread-status readings,
 * what the requester said after an answer), then the shape of the thread (how many messages, who
 * wrote last), the words of the authority's last reply (prefixed {@code L:}, with its word pairs
 * {@code LL:}), the cue phrases found in that reply and in the requester's last message when it
 * came after that reply: the phrases of {@code config/status-cues.tsv} found there ({@code cue:…}).
 * Training and inference build features through this one class.
 */
public final class StatusFeatures {

  private static final Set<String> STOP =
      Set.of(
          "the", "and", "for", "that", "this", "with", "you", "your", "are", "have", "has", "was",
          "were", "from", "our", "not_", "will", "can", "any", "all", "may", "which", "would",
          "been");

  /** WhatDoTheyKnow's "1 Attachment" line, kept in the text of a reply copied from its page. */
  private static final Pattern ATTACHMENT_LINE = Pattern.compile("(?m)^\\d+ Attachments?$");

  private final ThreadSignals signals;
  private final List<Cue> cues;

  public StatusFeatures(ThreadSignals signals, List<Cue> cues) {
    this.signals = signals;
    this.cues = List.copyOf(cues);
  }

  /**
   * The features of a configuration: its thread-status, letter-voice and decision cue tables and
   * its {@code status-cues.tsv}.
   */
  public static StatusFeatures load(FoilensConfig config) throws IOException {
    return load(config, ThreadSignals.load(config));
  }

  /** The features of a configuration's {@code status-cues.tsv} over the given signals. */
  public static StatusFeatures load(FoilensConfig config, ThreadSignals signals)
      throws IOException {
    return new StatusFeatures(signals, readCues(config.file("status-cues.tsv")));
  }

  /** The plain reader the signals start from (the decider's too). */
  public ThreadStatusReader reader() {
    return signals.reader();
  }

  /** The features of a thread: its signals, then its shape, cues and words. */
  public String[] of(List<Message> messages) {
    List<String> out = new ArrayList<>(List.of(signals.of(messages)));
    out.addAll(List.of(words(messages, cues)));
    return out.toArray(String[]::new);
  }

  /** Whether a thread's features say part of what was asked is kept back or not given. */
  public static boolean keptBack(String[] features) {
    return ThreadSignals.keptBack(features);
  }

  private static String[] words(List<Message> messages, List<Cue> cues) {
    List<String> out = new ArrayList<>();
    int authority = 0;
    int lastAuthority = -1;
    int lastRequester = -1;
    int substantive = 0;
    for (int i = 0; i < messages.size(); i++) {
      Message m = messages.get(i);
      if (m.isFrom(MessageRole.AUTHORITY)) {
        authority++;
        lastAuthority = i;
        if (LifecycleFinder.substantive(m)) {
          substantive++;
        }
        String text = lower(m.text());
        cues.forEach(
            c -> {
              if (c.in().equals("L") && text.contains(c.phrase())) {
                out.add("A:cue:" + c.name()); // anywhere in the authority's replies
              }
            });
      } else if (m.isFrom(MessageRole.REQUESTER)) {
        lastRequester = i;
      }
    }
    out.add("shape:messages=" + Math.min(messages.size(), 6));
    out.add("shape:replies=" + Math.min(authority, 4));
    out.add("shape:answers=" + Math.min(substantive, 3));
    out.add(
        "shape:last="
            + (messages.isEmpty()
                ? "none"
                : Vocabulary.labelOf(messages.get(messages.size() - 1).role())));
    if (lastAuthority >= 0) {
      Message last = messages.get(lastAuthority);
      String text = lower(last.text());
      out.add("last:" + (LifecycleFinder.substantive(last) ? "answer" : "acknowledgement"));
      if (!last.files().isEmpty()
          || ATTACHMENT_LINE.matcher(last.text() == null ? "" : last.text()).find()) {
        out.add("last:attachment");
      }
      cues.forEach(
          c -> {
            if (c.in().equals("L") && text.contains(c.phrase())) {
              out.add("cue:" + c.name());
            }
          });
      List<String> words = words(last.text());
      words.forEach(w -> out.add("L:" + w));
      for (int i = 1; i < words.size(); i++) {
        out.add("LL:" + words.get(i - 1) + "_" + words.get(i));
      }
    }
    if (lastRequester > lastAuthority) {
      String text = lower(messages.get(lastRequester).text());
      cues.forEach(
          c -> {
            if (c.in().equals("R") && text.contains(c.phrase())) {
              out.add("cue:R:" + c.name());
            }
          });
      if (lastAuthority >= 0) {
        words(messages.get(lastRequester).text()).forEach(w -> out.add("R:" + w));
      }
    }
    return out.toArray(String[]::new);
  }

  private static String lower(String text) {
    return text == null ? "" : text.toLowerCase(Locale.ROOT);
  }

  /** A phrase, the feature it raises, and where it is looked for: L (last reply) or R. */
  public record Cue(String phrase, String name, String in) {}

  /** Reads {@code config/status-cues.tsv}. */
  public static List<Cue> readCues(Path file) throws IOException {
    List<Cue> cues = new ArrayList<>();
    for (CSVRecord row : TsvTable.read(file)) {
      Cue cue =
          new Cue(
              TsvTable.cell(row, "phrase"), TsvTable.cell(row, "name"), TsvTable.cell(row, "in"));
      if (cue.phrase().isEmpty() || cue.name().isEmpty() || cue.in().isEmpty()) {
        throw new IOException("status cue needs phrase, name and in: " + row);
      }
      cues.add(cue);
    }
    return List.copyOf(cues);
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String t : SimpleTokenizer.INSTANCE.tokenize(text.toLowerCase(Locale.ROOT))) {
      if (t.length() >= 3 && Character.isLetter(t.charAt(0)) && !STOP.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }
}
