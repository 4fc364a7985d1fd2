package org.foilens.tag.finding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.foilens.text.TsvTable;

/**
 * The phrases of {@code config/finding-cues.tsv}: how a decision's clause rules, or why it does
 * not. Matched in lower case from the start of a word; where matches overlap, the longest wins.
 */
final class RulingCues {

  /** What a phrase does to its clause. */
  enum Kind {
    /** Rules for a side. */
    RULING,
    /** Someone's account: the clause is passed over. */
    REPORTED,
    /** The clause asks rather than rules. */
    QUESTION,
    /** A statement of the law: masked. */
    LAW,
    /** A statement of the law that runs to the end of its clause: the rest is masked. */
    LAW_REST,
    /** The decision did not decide on the provision. */
    UNRULED
  }

  /** A phrase, what it does, the side it favours (rulings only), and whether it is weak. */
  record Cue(String phrase, Kind kind, Side side, boolean weak) {}

  /** One phrase found in a clause. */
  record Match(Cue cue, int start, int end) {}

  /** The cues by their first character, longest first in each list: the ones worth trying. */
  private final Map<Character, List<Cue>> byFirst;

  RulingCues(List<Cue> cues) {
    List<Cue> longestFirst =
        cues.stream().sorted(Comparator.comparingInt(c -> -c.phrase().length())).toList();
    Map<Character, List<Cue>> first = new HashMap<>();
    for (Cue c : longestFirst) {
      first.computeIfAbsent(c.phrase().charAt(0), k -> new ArrayList<>()).add(c);
    }
    this.byFirst = first;
  }

  static RulingCues load(Path file) throws IOException {
    List<Cue> cues = new ArrayList<>();
    for (CSVRecord row : TsvTable.read(file)) {
      String phrase = TsvTable.cell(row, "phrase").toLowerCase(Locale.ROOT);
      String favours = TsvTable.cell(row, "favours");
      String strength = TsvTable.cell(row, "strength");
      if (phrase.isEmpty() || favours.isEmpty() || strength.isEmpty()) {
        throw new IOException(
            "finding cue needs phrase, favours and strength in "
                + file
                + " line "
                + row.getParser().getCurrentLineNumber());
      }
      Cue cue =
          switch (favours) {
            case "complainant" -> new Cue(phrase, Kind.RULING, Side.COMPLAINANT, false);
            case "authority" ->
                new Cue(phrase, Kind.RULING, Side.AUTHORITY, strength.equals("weak"));
            case "reported" -> new Cue(phrase, Kind.REPORTED, null, false);
            case "question" -> new Cue(phrase, Kind.QUESTION, null, false);
            case "law" -> new Cue(phrase, Kind.LAW, null, false);
            case "law-rest" -> new Cue(phrase, Kind.LAW_REST, null, false);
            case "unruled" -> new Cue(phrase, Kind.UNRULED, null, false);
            default ->
                throw new IOException(
                    "unknown 'favours' value "
                        + favours
                        + " in "
                        + file
                        + " line "
                        + row.getParser().getCurrentLineNumber());
          };
      cues.add(cue);
    }
    return new RulingCues(cues);
  }

  /**
   * The phrases of a lower-case clause, read from left to right as a lexer reads: at each word
   * start the longest phrase there, then on after it ("not entitled to rely" is one phrase, not
   * "entitled to rely" too).
   */
  List<Match> find(String lower) {
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < lower.length()) {
      if (i > 0 && Character.isLetterOrDigit(lower.charAt(i - 1))) {
        i++;
        continue;
      }
      Cue found = null;
      for (Cue cue : byFirst.getOrDefault(lower.charAt(i), List.of())) { // longest first
        if (lower.startsWith(cue.phrase(), i)) {
          found = cue;
          break;
        }
      }
      if (found == null) {
        i++;
      } else {
        out.add(new Match(found, i, i + found.phrase().length()));
        i += found.phrase().length();
      }
    }
    return out;
  }
}
