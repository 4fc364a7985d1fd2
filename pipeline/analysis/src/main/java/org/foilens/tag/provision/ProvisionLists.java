package org.foilens.tag.provision;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foilens.model.ProvisionRefs;

/**
 * A written list of provisions read as canonical refs: "1(1), (2) and (6) (General entitlement)",
 * "40(2) to (4)", "36(2)(b)(i) and (ii)". Ranges are expanded, partial continuations completed.
 */
final class ProvisionLists {

  /**
   * What a list may say of an item before the next: "(national security)", "(Effect of
   * exemptions)", "(definitions (a) and (c) of …)"; words, never a level such as "(b)" or "(ii)".
   */
  static final String TITLE =
      "\\s*\\((?=[^()]{0,60}(?:\\s|[A-Za-z\"“'‘-]{5}))(?:[^()]|\\([^()]{0,40}\\)){3,120}\\)";

  private static final Pattern ITEM =
      Pattern.compile(
          "(?<sep>\\s+to\\s+|\\s*[-–]\\s*)?(?<item>"
              + ProvisionFinder.DOTTED
              + "|"
              + ProvisionFinder.REF
              + "|"
              + ProvisionFinder.PARTIAL
              + ")");

  private static final Pattern TITLES = Pattern.compile(TITLE);
  private static final Pattern LABEL = Pattern.compile("\\(([^()]+)\\)");

  /** The canonical refs of a written list: ranges expanded, partial continuations completed. */
  static List<String> expand(String written) {
    String list = TITLES.matcher(written).replaceAll(" ");
    List<String> refs = new ArrayList<>();
    Matcher item = ITEM.matcher(list);
    while (item.find()) {
      String printed = item.group("item").replaceAll("\\s+", "");
      boolean range = item.group("sep") != null;
      if (printed.startsWith("(")) {
        if (!refs.isEmpty()) {
          String completed = continuation(refs.get(refs.size() - 1), printed);
          if (completed != null) {
            refs.add(completed);
          }
        }
        continue;
      }
      String ref = ProvisionRefs.canonical(printed);
      if (range
          && !refs.isEmpty()
          && ref.matches("\\d+")
          && refs.get(refs.size() - 1).matches("\\d+")) {
        int from = Integer.parseInt(refs.get(refs.size() - 1));
        int to = Integer.parseInt(ref);
        if (to > from && to - from <= 30) {
          for (int n = from + 1; n <= to; n++) {
            refs.add(Integer.toString(n));
          }
          continue;
        }
      }
      refs.add(ref);
    }
    return refs;
  }

  /**
   * A partial item completed from the item before it: "(ii)" after 36(2)(b)(i) is 36(2)(b)(ii),
   * "(b)" after 34(1)(a)(i) is 34(1)(b) (the level whose labels are letters), "(4)(b)" after 10(2)
   * is 10(4)(b). It replaces the deepest level of the previous item labelled like its own first
   * level (numbers, small letters, roman numerals, capitals), else as many levels as it has.
   */
  static String continuation(String previous, String partial) {
    Matcher first = LABEL.matcher(partial);
    if (!first.find()) {
      return null;
    }
    String label = first.group(1);
    List<String> lineage = ProvisionRefs.lineage(previous);
    for (int i = lineage.size() - 1; i >= 1; i--) {
      String level = lineage.get(i).substring(lineage.get(i - 1).length());
      Matcher own = LABEL.matcher(level);
      if (own.find() && sameLabelling(own.group(1), label)) {
        return lineage.get(i - 1) + partial;
      }
    }
    String base = previous;
    int levels = ProvisionRefs.depth(partial);
    // "(4)(a)" after 10(2) can replace only the one level there is
    for (int i = 0; i < levels && ProvisionRefs.depth(base) > 0; i++) {
      base = ProvisionRefs.parent(base);
    }
    return base + partial;
  }

  /** Whether two level labels are of one kind: numbers, roman numerals, small letters, capitals. */
  private static boolean sameLabelling(String a, String b) {
    return labelling(a) == labelling(b) && labelling(a) != 'x';
  }

  private static char labelling(String label) {
    if (label.matches("\\d+[A-Z]?")) {
      return 'n';
    }
    if (label.matches("[ivxl]{2,}")) {
      return 'r';
    }
    if (label.matches("[a-z]{1,2}")) {
      return label.matches("[ivx]") ? 'x' : 'l'; // "(i)" may be a letter or a numeral
    }
    return label.matches("[A-Z]{1,2}") ? 'c' : 'x';
  }

  private ProvisionLists() {}
}
