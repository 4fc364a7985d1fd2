package org.foilens.tag.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.foilens.model.Act;
import org.foilens.model.ProvisionRefs;
import org.foilens.model.ProvisionRole;
import org.foilens.tag.provision.LegislationTable;

/**
 * The provisions a clause that cites none is about (provisions are keys, {@code FOIA 36(2)(b)(i)}):
 * those a phrase points back to ("this exemption", "these exemptions", "none of the exemptions",
 * "the other exemptions"), or those a concept it names governs ({@link RulingConcepts}).
 */
final class ClauseTargets {

  private static final Pattern ONE_BEFORE =
      Pattern.compile(
          "\\b(?=[tsi])(?:this|that|the same|such|the"
              + " said)\\s+(?:exemption|exception|section|regulation"
              + "|provision|exclusion)\\b(?!s)|\\b(?=t)the\\s+(?:exemption|exception|exclusion)\\b(?!s)"
              + "|\\b(?=i)it\\s+(?:(?:does|did)\\s+not\\s+)?(?:appl|is\\s+(?:not\\s+)?engaged|was\\s+"
              + "(?:not\\s+)?engaged)");
  private static final Pattern SEVERAL_BEFORE =
      Pattern.compile(
          "\\b(?=[tbane])(?:these|those|the|both|all|all of the|none of the|each of the|both of the"
              + "|neither of the)\\s+(?:exemptions|exceptions|sections|regulations|provisions)\\b"
              + "|\\b(?=[bn])(?:both|neither)\\s+(?:exemption|exception)\\b");
  private static final Pattern THE_OTHERS =
      Pattern.compile("\\bthe\\s+other\\s+(?:exemptions|exceptions)\\b");

  /**
   * Words one of which every phrase of {@link #ONE_BEFORE} and {@link #SEVERAL_BEFORE} holds: a
   * clause with none is not tried against the patterns, which {@code find} would try at every word.
   */
  private static final List<String> POINTING_WORDS =
      List.of(
          "exemption",
          "exception",
          "section",
          "regulation",
          "provision",
          "exclusion",
          "appl",
          "engaged");

  private final RulingConcepts concepts;
  private final LegislationTable legislation;

  ClauseTargets(RulingConcepts concepts, LegislationTable legislation) {
    this.concepts = concepts;
    this.legislation = legislation;
  }

  /**
   * The provisions a clause without its own points back to: "this exemption" one provision (or one
   * family, 36(2)(b)(i) and (ii)), "these exemptions" all before, "the other exemptions" the
   * decision's other ground for withholding; a public interest test concludes on those before.
   */
  List<String> pointedBack(
      String lower, List<String> before, Set<String> citedKeys, ClauseReader.Reading reading) {
    if (lower.contains("other") && THE_OTHERS.matcher(lower).find()) {
      List<String> others = new ArrayList<>();
      for (String key : citedKeys) {
        if (!before.contains(key) && isExemption(key) && !isRelated(key, before)) {
          others.add(key);
        }
      }
      return others;
    }
    if (before.isEmpty()) {
      return List.of();
    }
    boolean mayPoint = mayPointBack(lower);
    if (mayPoint && SEVERAL_BEFORE.matcher(lower).find()) {
      return before;
    }
    if (mayPoint && ONE_BEFORE.matcher(lower).find()) {
      return oneFamily(before) ? before : List.of();
    }
    if (reading.publicInterest()) {
      return before;
    }
    return List.of();
  }

  /** False when no phrase that points back can be in a clause: it has none of the words. */
  static boolean mayPointBack(String lower) {
    for (String word : POINTING_WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a pattern that points back finds a phrase in a clause, for tests. */
  static boolean pointsBack(String lower) {
    return ONE_BEFORE.matcher(lower).find() || SEVERAL_BEFORE.matcher(lower).find();
  }

  /** The cited provisions a concept the clause names governs. */
  List<String> governed(String lower, Set<String> citedKeys) {
    List<String> out = new ArrayList<>();
    for (RulingConcepts.Concept c : concepts.namedIn(lower)) {
      for (String key : citedKeys) {
        if (c.governs(key) && !out.contains(key)) {
          out.add(key);
        }
      }
    }
    return out;
  }

  private boolean isExemption(String key) {
    int space = key.indexOf(' ');
    return legislation.role(Act.fromLabel(key.substring(0, space)), key.substring(space + 1))
        == ProvisionRole.EXEMPTION;
  }

  /**
   * Whether provisions are one exemption cited at more than one level: "36(2)(b)(i)" and "(ii)",
   * "41" and "41(1)"; not "12(5)(b)" and "12(4)(d)", two exceptions of one regulation.
   */
  private static boolean oneFamily(List<String> keys) {
    return keys.stream().map(ClauseTargets::family).distinct().count() == 1;
  }

  private static String family(String key) {
    int space = key.indexOf(' ');
    String ref = key.substring(space + 1);
    return key.substring(0, space + 1)
        + (ProvisionRefs.depth(ref) >= 2 ? ProvisionRefs.parent(ref) : ProvisionRefs.top(ref));
  }

  private static boolean isRelated(String key, List<String> others) {
    for (String o : others) {
      if (key.startsWith(o + "(") || o.startsWith(key + "(")) {
        return true;
      }
    }
    return false;
  }
}
