package org.foilens.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.foilens.model.Act;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Finding;
import org.foilens.model.IcoListing;
import org.foilens.model.Provision;
import org.foilens.model.ProvisionRefs;

/**
 * The Commissioner's rulings a notice's index fields count: for each provision with a finding, and
 * each provision above it, the findings at and below it combined. A notice fetched with its ICO
 * listing counts the ICO's published decision on a provision in place of the pipeline's reading of
 * the text, and is marked where the two disagree, so that a researcher can check those first
 * (DESIGN.md: the ICO's decision where it exists, the pipeline's reading elsewhere, and say which).
 *
 * @param byPath each ruled provision's path ({@code [FOIA, 40, 40(2)]}) and its ruling
 * @param sources where the rulings were read ({@code ico_listing}, {@code text}) and {@code
 *     disagree} where the listing and the text differ; empty when there is no ruling
 */
public record NoticeRulings(Map<List<String>, Finding> byPath, Set<String> sources) {

  public static final String ICO_LISTING = "ico_listing";
  public static final String TEXT = "text";
  public static final String DISAGREE = "disagree";

  /** One finding on one provision, and whether it is the ICO's published decision. */
  private record Ruled(Act act, String ref, Finding finding, boolean listed) {}

  public static NoticeRulings of(AnalyzedDocument doc) {
    Map<String, Ruled> findings = new LinkedHashMap<>();
    for (Provision p : doc.provisions()) {
      if (p.finding() != null) {
        findings.put(p.key(), new Ruled(p.act(), p.ref(), p.finding(), false));
      }
    }
    Set<String> sources = new LinkedHashSet<>();
    IcoListing listing = doc.origin().listing();
    List<IcoListing.Decision> decisions = listing == null ? List.of() : listing.decisions();
    for (IcoListing.Decision d : decisions) {
      if (d.act() == null || d.ref() == null || d.finding() == null) {
        continue;
      }
      Finding read = readBelow(doc.provisions(), d.act(), d.ref());
      if (read != null && read != d.finding()) {
        sources.add(DISAGREE);
      }
      findings.keySet().removeIf(k -> below(findings.get(k), d.act(), d.ref()));
      findings.put(Provision.key(d.act(), d.ref()), new Ruled(d.act(), d.ref(), d.finding(), true));
    }
    Map<List<String>, List<Finding>> atAndBelow = new LinkedHashMap<>();
    for (Ruled r : findings.values()) {
      sources.add(r.listed() ? ICO_LISTING : TEXT);
      List<String> path = new ArrayList<>();
      path.add(r.act().label());
      for (String ref : ProvisionRefs.lineage(r.ref())) {
        path.add(ref);
        atAndBelow.computeIfAbsent(List.copyOf(path), k -> new ArrayList<>()).add(r.finding());
      }
    }
    Map<List<String>, Finding> byPath = new LinkedHashMap<>();
    atAndBelow.forEach((path, list) -> byPath.put(path, Finding.combine(list)));
    Set<String> ordered = new LinkedHashSet<>();
    for (String s : List.of(ICO_LISTING, TEXT, DISAGREE)) {
      if (sources.contains(s)) {
        ordered.add(s);
      }
    }
    return new NoticeRulings(byPath, ordered);
  }

  /** The pipeline's findings on a provision and below it, combined; null when it has none. */
  private static Finding readBelow(List<Provision> provisions, Act act, String ref) {
    List<Finding> found = new ArrayList<>();
    for (Provision p : provisions) {
      if (p.finding() != null && p.act() == act && ProvisionRefs.lineage(p.ref()).contains(ref)) {
        found.add(p.finding());
      }
    }
    return Finding.combine(found);
  }

  private static boolean below(Ruled r, Act act, String ref) {
    return !r.listed() && r.act() == act && ProvisionRefs.lineage(r.ref()).contains(ref);
  }

  /**
   * The terms a ruling query matches: {@code foia 40(2) not_upheld} and {@code 40(2) not_upheld}
   * for each ruling.
   */
  public Set<String> terms() {
    Set<String> terms = new LinkedHashSet<>();
    byPath.forEach(
        (path, finding) -> {
          String ref = path.get(path.size() - 1).toLowerCase(Locale.ROOT);
          String act = path.get(0).toLowerCase(Locale.ROOT);
          terms.add(act + " " + ref + " " + finding.label());
          terms.add(ref + " " + finding.label());
        });
    return terms;
  }
}
