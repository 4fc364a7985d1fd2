package org.foilens.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Finding;
import org.foilens.model.Provision;
import org.foilens.model.ProvisionRefs;
import org.foilens.model.Vocabulary;
import org.foilens.text.AuthorityGazetteer;

/**
 * Compares what the pipeline made of one real decision with its gold answer, by the conventions of
 * the set's README, and adds the result to the groups' scores.
 *
 * <ul>
 *   <li>Provisions: only those a decision rules on (role {@code exemption} or {@code procedural})
 *       are compared, the set listing no others. A gold provision is found when the pipeline found
 *       it or a more specific one (gold 36(2)(b), found 36(2)(b)(i)). A provision the pipeline
 *       found is right when the gold lists it or a less specific one; a section found together with
 *       a subsection of it counts once, as the subsection. Precision only where the gold lists
 *       every provision the text cites.
 *   <li>Findings: over the gold provisions with a ruling ({@code engaged} and null are not scored);
 *       {@code not_engaged} and {@code breach} are {@code upheld}, {@code complied} is {@code
 *       not_upheld}. The pipeline's finding is that of the provision itself, else its more specific
 *       provisions' combined; none, or a missed provision, is wrong.
 *   <li>Kind: {@code ico_decision_notice} and {@code sic_decision} are {@code decision_notice}.
 *   <li>Date and authority: scored over the decisions that print them; where the gold has none,
 *       right when the pipeline gives none either (counted apart).
 *   <li>Authority: names compared without case, a leading "the", punctuation or "&amp;" against
 *       "and"; names the gazetteer takes for one body are the same.
 *   <li>Case references: compared without spaces and with any dash, dot or slash alike.
 * </ul>
 */
final class DecisionComparison {

  private final AuthorityGazetteer gazetteer;

  DecisionComparison(AuthorityGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * Scores one decision into each of the groups and returns what disagreed, one line each.
   *
   * @param groups the groups the decision counts in (all, its format, its era)
   */
  List<String> compare(DecisionGold gold, AnalyzedDocument found, List<DecisionScores> groups) {
    List<String> out = new ArrayList<>();
    groups.forEach(DecisionScores::countDocument);
    if (found.isFailure()) {
      out.add("analysis failed: " + found.error());
    }
    List<Provision> ruledOn =
        found.provisions().stream().filter(p -> p.role() != null && p.role().isRuledOn()).toList();
    provisions(gold, ruledOn, groups, out);
    findings(gold, found.provisions(), groups, out);
    String kind = Vocabulary.labelOf(found.kind());
    scalar("kind", goldKind(gold.kind()), kind, groups, DecisionScores::kind, out);
    scalar(
        "outcome",
        gold.outcome(),
        Vocabulary.labelOf(found.ruling().outcome()),
        groups,
        DecisionScores::outcome,
        out);
    String date = found.date() == null ? null : found.date().toString();
    if (gold.date() != null) {
      scalar("date", gold.date().toString(), date, groups, DecisionScores::date, out);
    } else {
      scalar("unprinted date", null, date, groups, DecisionScores::unprintedDate, out);
    }
    boolean sameAuthority = sameAuthority(gold.authority(), found.authority());
    groups.forEach(
        g -> (gold.authority() == null ? g.unnamedAuthority() : g.authority()).add(sameAuthority));
    if (!sameAuthority) {
      out.add("authority expected " + gold.authority() + ", found " + found.authority());
    }
    Set<String> goldRefs = new LinkedHashSet<>();
    gold.caseRefs().forEach(r -> goldRefs.add(caseRef(r)));
    Set<String> foundRefs = new LinkedHashSet<>();
    found.mentions().caseRefs().forEach(r -> foundRefs.add(caseRef(r)));
    groups.forEach(g -> g.caseRefs().add(goldRefs, foundRefs));
    if (!goldRefs.equals(foundRefs)) {
      out.add("case_refs expected " + gold.caseRefs() + ", found " + found.mentions().caseRefs());
    }
    return out;
  }

  private static void provisions(
      DecisionGold gold, List<Provision> found, List<DecisionScores> groups, List<String> out) {
    Set<String> goldKeys = new LinkedHashSet<>();
    gold.provisions().forEach(p -> goldKeys.add(p.key()));
    Set<String> foundKeys = new LinkedHashSet<>();
    found.forEach(p -> foundKeys.add(p.key()));
    List<String> missed = new ArrayList<>();
    for (String g : goldKeys) {
      boolean hit = foundKeys.stream().anyMatch(f -> f.equals(g) || isBelow(f, g));
      groups.forEach(s -> s.provisions().addGold(hit));
      if (!hit) {
        missed.add(g);
      }
    }
    List<String> extra = new ArrayList<>();
    if (gold.provisionsComplete()) {
      for (String f : foundKeys) {
        if (foundKeys.stream().anyMatch(other -> isBelow(other, f))) {
          continue; // a section cited beside its subsection counts once, as the subsection
        }
        boolean right = goldKeys.stream().anyMatch(g -> g.equals(f) || isBelow(f, g));
        groups.forEach(s -> s.provisions().addFound(right));
        if (!right) {
          extra.add(f);
        }
      }
    }
    if (!missed.isEmpty() || !extra.isEmpty()) {
      out.add(
          "provisions"
              + (missed.isEmpty() ? "" : " missed " + missed)
              + (extra.isEmpty() ? "" : " extra " + extra));
    }
  }

  private static void findings(
      DecisionGold gold, List<Provision> found, List<DecisionScores> groups, List<String> out) {
    Map<String, Finding> byKey = new LinkedHashMap<>();
    found.forEach(p -> byKey.put(p.key(), p.finding()));
    for (DecisionGold.GoldProvision g : gold.provisions()) {
      String expected = ruling(g.finding());
      if (expected == null) {
        continue;
      }
      Finding f = byKey.get(g.key());
      if (f == null) {
        List<Finding> below = new ArrayList<>();
        byKey.forEach(
            (k, v) -> {
              if (v != null && isBelow(k, g.key())) {
                below.add(v);
              }
            });
        f = Finding.combine(below);
      }
      String got = Vocabulary.labelOf(f);
      boolean right = expected.equals(got);
      groups.forEach(s -> s.finding().add(right));
      if (!right) {
        out.add(
            "finding of "
                + g.key()
                + " expected "
                + g.finding()
                + (g.finding().equals(expected) ? "" : " (" + expected + ")")
                + ", found "
                + (byKey.containsKey(g.key()) || f != null ? got : "no such provision"));
      }
    }
  }

  /** A gold finding in the contract's vocabulary; null for one that is not scored. */
  static String ruling(String goldFinding) {
    if (goldFinding == null) {
      return null;
    }
    return switch (goldFinding) {
      case "upheld", "not_engaged", "breach" -> "upheld";
      case "partly_upheld" -> "partly_upheld";
      case "not_upheld", "complied" -> "not_upheld";
      default -> null; // "engaged": the final result is not shown
    };
  }

  static String goldKind(String kind) {
    if (kind == null) {
      return null;
    }
    return switch (kind) {
      case "ico_decision_notice", "sic_decision" -> "decision_notice";
      default -> kind;
    };
  }

  /** Whether key {@code lower} is a more specific provision of the same Act than {@code upper}. */
  static boolean isBelow(String lower, String upper) {
    if (lower.equals(upper) || !lower.startsWith(upper)) {
      return false;
    }
    int space = lower.indexOf(' ');
    for (String r = ProvisionRefs.parent(lower.substring(space + 1));
        r != null;
        r = ProvisionRefs.parent(r)) {
      if ((lower.substring(0, space + 1) + r).equals(upper)) {
        return true;
      }
    }
    return false;
  }

  private static void scalar(
      String field,
      String expected,
      String got,
      List<DecisionScores> groups,
      java.util.function.Function<DecisionScores, ScalarScore> score,
      List<String> out) {
    boolean right = Objects.equals(expected, got);
    groups.forEach(g -> score.apply(g).add(right));
    if (!right) {
      out.add(field + " expected " + expected + ", found " + got);
    }
  }

  boolean sameAuthority(String gold, String found) {
    if (gold == null || found == null) {
      return gold == null && found == null;
    }
    if (normalName(gold).equals(normalName(found))) {
      return true;
    }
    AuthorityGazetteer.Authority a = gazetteer.resolve(gold);
    return a != null && a.equals(gazetteer.resolve(found));
  }

  /** A name without case, accents, a leading "the", punctuation, or "&amp;" against "and". */
  static String normalName(String name) {
    String n =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replace("&", " and ")
            .replaceAll("[’'`]", "")
            .replaceAll("[^a-z0-9]+", " ")
            .strip();
    return n.startsWith("the ") ? n.substring(4) : n;
  }

  static String caseRef(String ref) {
    return ref.toUpperCase(Locale.ROOT).replaceAll("\\s+", "").replaceAll("[–—.\\-/]", "/");
  }
}
