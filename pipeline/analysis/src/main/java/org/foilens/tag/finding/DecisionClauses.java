package org.foilens.tag.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;
import org.foilens.model.NoticePart;

/**
 * A decision's sentences as its rulings are read: cut where a part begins, and cut into clauses at
 * semicolons, colons, "but", "however", "and that", "whereas", bullets and the like; a clause that
 * opens with a contrast is typed {@code contrast}.
 */
final class DecisionClauses {

  static final Pattern CLAUSE_BREAK =
      Pattern.compile(
          // every break starts with one of ; : , • or with spaces before b, h, a, w or •: one test
          // where none can start, and one at a space before any other word
          "(?=[;:,•]|\\s+[bhaw•])(?:;|:\\s|,?\\s+but\\s+(?!not\\s+(?:in|for|to|all|others|the"
              + " rest)\\b)|,?\\s+however,?\\s+|\\s+and"
              + " that\\s+|\\s+whereas\\s+|\\s+although\\s+|\\s+whilst\\s+|\\s*•\\s*|,\\s+(?=unlike\\s|such"
              + " as\\s|other than\\s|in contrast\\s))");
  private static final Pattern CONTRASTING =
      Pattern.compile("\\b(?:but|however|whereas|although|whilst)\\b");

  private DecisionClauses() {}

  /** The spans of a sentence's clauses, between the breaks of {@link #CLAUSE_BREAK}. */
  static List<Span> of(String sentence) {
    List<Span> out = new ArrayList<>();
    Matcher brk = CLAUSE_BREAK.matcher(sentence);
    int start = 0;
    String type = null; // "contrast" for a clause that opens with "but" or "however"
    while (brk.find()) {
      out.add(new Span(start, brk.start(), type));
      start = brk.end();
      type = CONTRASTING.matcher(brk.group()).find() ? "contrast" : null;
    }
    out.add(new Span(start, sentence.length(), type));
    return out;
  }

  /** Sentence spans cut where a part begins: a detector may run a sentence across a heading. */
  static List<Span> cutAtParts(Span[] sentences, List<NoticePart> parts) {
    List<Span> out = new ArrayList<>();
    for (Span s : sentences) {
      int start = s.getStart();
      for (NoticePart p : parts) {
        if (p.start() > start && p.start() < s.getEnd()) {
          out.add(new Span(start, p.start()));
          start = p.start();
        }
      }
      out.add(new Span(start, s.getEnd()));
    }
    return out;
  }
}
