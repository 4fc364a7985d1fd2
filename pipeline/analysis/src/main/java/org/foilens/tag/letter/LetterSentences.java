package org.foilens.tag.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter cut into sentences, each with its place in the text and its voice: the authority's own
 * words, the request quoted back, the standard rights of review and complaint, or an earlier reply
 * reported or reproduced (see {@code config/letter-voices.tsv}). Letters come with hard line breaks
 * (PDF) and as tables of question and answer, so a sentence ends at a full stop before a capital,
 * at a blank line, at a line that ends with a colon, before a numbered or bulleted item, and before
 * the words that open an answer ("Please find", "See attached", "Answer:").
 */
public final class LetterSentences {

  /** Whose words a sentence is. */
  public enum Voice {
    AUTHORITY,
    REQUEST,
    RIGHTS,
    HISTORY
  }

  /** One sentence: its span in the text, its words with white space made single, its voice. */
  public record Sentence(int start, int end, String text, Voice voice) {}

  private static final Pattern BOUNDARY =
      Pattern.compile(
          "\\n[ \\t\\u00a0]*\\n\\s*" // a blank line
              + "|(?<=[.!?])[\"”’)]?\\s+(?=[\"“(]?[A-Z\\d•])" // a full stop before a capital
              + "|(?<=:)[ \\t]*\\n\\s*" // a line ending with a colon
              + "|\\n\\s*(?=(?:\\d{1,2}[.)]|[•▪●·*-]|Q\\d|Question\\s+\\d|Part\\s+\\d)\\s)" // an
              // item
              + "|\\s+(?=(?:Please (?:find|see|refer)|See (?:the"
              + " )?attached|Answer:|Response:)\\b)");

  private final LetterCues voices;

  public LetterSentences(LetterCues voices) {
    this.voices = voices;
  }

  /** The sentences of a text, in order. */
  public List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    Matcher b = BOUNDARY.matcher(text);
    int start = 0;
    boolean history = false;
    while (start < text.length()) {
      int end;
      int next;
      if (b.find()) {
        end = b.start();
        next = b.end();
      } else {
        end = text.length();
        next = text.length();
      }
      String words = text.substring(start, end).replaceAll("[\\s\\u00a0\\u202f]+", " ").strip();
      if (!words.isEmpty()) {
        if (isHistoryHeading(words)) {
          history = true;
        }
        out.add(new Sentence(start, end, words, history ? Voice.HISTORY : voice(words)));
      }
      start = next;
    }
    return out;
  }

  /** The voice of one sentence, read alone. */
  public Voice voice(String sentence) {
    if (voices.anyIn("history", sentence)) {
      return Voice.HISTORY;
    }
    if (voices.anyIn("rights", sentence)) {
      return Voice.RIGHTS;
    }
    if (voices.anyIn("request", sentence)) {
      return Voice.REQUEST;
    }
    return Voice.AUTHORITY;
  }

  private boolean isHistoryHeading(String line) {
    for (LetterCues.Cue c : voices.of("heading_history")) {
      if (c.pattern().matcher(line).matches()) {
        return true;
      }
    }
    return false;
  }
}
