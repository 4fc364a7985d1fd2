package org.foilens.tag.finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.DocumentKind;
import org.foilens.model.Finding;
import org.foilens.model.Provision;
import org.foilens.model.ProvisionRefs;
import org.foilens.tag.AnnotatedText;
import org.foilens.tag.Annotator;

/**
 * The finding on each provision a decision rules on, and its outcome. {@link DecisionReading}
 * gathers what the decision says about each provision, a {@link FindingModel} weighs it (the
 * trained model where the configuration has one, else fixed rules), and provisions ruled on only
 * through a relative take its finding ({@link #inherit}). The outcome is a tribunal's result, a
 * Scottish decision's own sentence, else the findings' combination, else that of the rulings tied
 * to no provision, else, where steps are ordered, {@code upheld}.
 */
public final class FindingAnnotator implements Annotator {

  private final DecisionReading.Reader reader;
  private final FindingModel model;

  public FindingAnnotator(DecisionReading.Reader reader, FindingModel model) {
    this.reader = reader;
    this.model = model;
  }

  @Override
  public void annotate(AnnotatedText text, AnalyzedDocument.Builder record) {
    List<Provision> cited = record.provisions();
    DecisionReading reading = reader.read(text, cited);
    if (reading == null) {
      return;
    }
    Map<String, Finding> ruled = new LinkedHashMap<>();
    reading
        .evidence()
        .forEach(
            (key, e) -> {
              Finding f = model.finding(e);
              if (f != null) {
                ruled.put(key, f);
              }
            });
    Map<String, Finding> all = inherit(ruled, cited);
    record.provisions(cited.stream().map(p -> p.withFinding(all.get(p.key()))).toList());
    Finding outcome;
    if (text.kind() == DocumentKind.TRIBUNAL_DECISION || reading.whole() != null) {
      outcome = reading.whole();
    } else {
      // every ruling counts, also those tied to no provision ("the Trust holds no more")
      List<Finding> rulings = new ArrayList<>(all.values());
      reading
          .untied()
          .forEach(
              side -> rulings.add(Side.finding(side == Side.COMPLAINANT, side == Side.AUTHORITY)));
      outcome = Finding.combine(rulings);
    }
    if (outcome == null
        && text.kind() == DocumentKind.DECISION_NOTICE
        && Boolean.TRUE.equals(record.stepsOrdered())) {
      outcome = Finding.UPHELD; // no ruling read, but the Commissioner ordered the authority to act
    }
    record.outcome(outcome);
  }

  @Override
  public List<String> fields() {
    return List.of("finding", "outcome");
  }

  /**
   * Findings for cited provisions the decision did not rule on directly, from their relatives: the
   * nearest cited or ruled ancestor's finding (a ruling on section 41 covers the 41(1) it quotes,
   * the tag line "FOI 43" the 43(2) cited), else the findings of the ruled descendants combined
   * (36(2)(b)(i) and (ii) upheld: 36(2)(b) upheld).
   *
   * @param ruled findings by provision key
   * @param cited every provision the decision cites
   */
  static Map<String, Finding> inherit(Map<String, Finding> ruled, List<Provision> cited) {
    Map<String, Finding> out = new LinkedHashMap<>(ruled);
    for (Provision p : cited) {
      String key = p.key();
      if (out.containsKey(key) || p.role() == null || !p.role().isRuledOn()) {
        continue;
      }
      Finding fromAncestor = null;
      for (String r = ProvisionRefs.parent(p.ref());
          r != null && fromAncestor == null;
          r = ProvisionRefs.parent(r)) {
        fromAncestor = ruled.get(Provision.key(p.act(), r));
      }
      if (fromAncestor != null) {
        out.put(key, fromAncestor);
        continue;
      }
      List<Finding> fromDescendants = new ArrayList<>();
      ruled.forEach(
          (k, f) -> {
            if (k.startsWith(key + "(")) {
              fromDescendants.add(f);
            }
          });
      Finding combined = Finding.combine(fromDescendants);
      if (combined != null) {
        out.put(key, combined);
      }
    }
    return out;
  }
}
