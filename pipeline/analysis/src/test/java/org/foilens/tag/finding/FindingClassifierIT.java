package org.foilens.tag.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import opennlp.tools.util.Span;
import org.foilens.TestData;
import org.foilens.model.Act;
import org.foilens.model.Finding;
import org.foilens.model.Provision;
import org.foilens.structure.NoticePartsParser;
import org.foilens.tag.NlpModels;
import org.foilens.tag.provision.ActContext;
import org.foilens.tag.provision.LegislationTable;
import org.foilens.tag.provision.ProvisionFinder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Findings read from small notices with the real sentence model and the configured cues. */
class FindingClassifierIT {

  private static FindingClassifier classifier;
  private static LegislationTable legislation;
  private static NlpModels models;

  @BeforeAll
  static void load() throws Exception {
    legislation = LegislationTable.load(TestData.root().resolve("config/legislation"));
    classifier =
        FindingClassifier.load(TestData.root().resolve("config/finding-cues.tsv"), legislation);
    models = NlpModels.load();
  }

  private static Map<String, String> findings(String reasons) {
    String body =
        "Request and response\n"
            + "1. The Council refused the request under section 12(1) and relied on section"
            + " 40(2).\n"
            + "Scope of the case\n"
            + "2. The Commissioner has considered whether the Council was entitled to rely on"
            + " section 40(2).\n"
            + "Reasons for decision\n"
            + reasons
            + "\n";
    var parts = new NoticePartsParser().parse(body);
    var sentences = models.sentenceDetector().sentPosDetect(body);
    int[] ends = Arrays.stream(sentences).mapToInt(Span::getEnd).toArray();
    var mentions =
        new ProvisionFinder(legislation).find(body, ActContext.of(body, legislation), ends);
    Map<String, String> labels = new LinkedHashMap<>();
    classifier
        .classify(body, parts, sentences, mentions)
        .forEach((k, f) -> labels.put(k, f.label()));
    return labels;
  }

  @Test
  void readsRulingsForEitherSide() {
    assertEquals(
        Map.of("FOIA 40(2)", "not_upheld"),
        findings("3. The Council was entitled to rely on section 40(2)."));
    assertEquals(
        Map.of("FOIA 40(2)", "upheld"),
        findings("3. The Council was not entitled to rely on section 40(2)."));
    assertEquals(
        Map.of("FOIA 10(1)", "upheld"), findings("3. The Council breached section 10(1)."));
    assertEquals(Map.of(), findings("3. Section 40(2) provides that personal data is exempt."));
  }

  @Test
  void thePublicInterestTestDecidesAQualifiedExemption() {
    assertEquals(
        Map.of("FOIA 35(1)(a)", "upheld"),
        findings(
            "3. Section 35(1)(a) is engaged. 4. However, the public interest in maintaining the"
                + " exemption does not outweigh the public interest in disclosure."));
    assertEquals(
        Map.of("FOIA 35(1)(a)", "not_upheld"),
        findings(
            "3. Section 35(1)(a) is engaged. 4. The public interest favours maintaining the"
                + " exemption."));
    assertEquals(
        Map.of("FOIA 43(2)", "partly_upheld"),
        findings(
            "3. The Council was entitled to rely on section 43(2) for the prices. 4. It was not"
                + " entitled to rely on section 43(2) for the volumes."));
  }

  @Test
  void reportsQuestionsAndContrastsAreNoRulings() {
    assertEquals(
        Map.of("FOIA 26(1)(b)", "not_upheld"),
        findings(
            "3. Section 26(1)(b) is a qualified exemption, unlike the exemptions in sections 21 to"
                + " 23. 4. The public interest in maintaining the exemption outweighs the public"
                + " interest in disclosure."));
  }

  @Test
  void unruledProvisionsInheritFromTheirRelatives() {
    Map<String, Finding> ruled =
        Map.of(
            "FOIA 41",
            Finding.NOT_UPHELD,
            "FOIA 36(2)(b)(i)",
            Finding.UPHELD,
            "FOIA 36(2)(b)(ii)",
            Finding.UPHELD);
    List<Provision> cited =
        Stream.of("41", "41(1)", "36(2)(b)", "50")
            .map(ref -> new Provision(Act.FOIA, ref, null, null, 1, List.of()))
            .toList();
    assertEquals(
        Map.of(
            "FOIA 41",
            Finding.NOT_UPHELD,
            "FOIA 41(1)",
            Finding.NOT_UPHELD,
            "FOIA 36(2)(b)(i)",
            Finding.UPHELD,
            "FOIA 36(2)(b)(ii)",
            Finding.UPHELD,
            "FOIA 36(2)(b)",
            Finding.UPHELD),
        classifier.inherit(ruled, cited));
    assertEquals(
        Finding.PARTLY_UPHELD, Finding.combine(List.of(Finding.UPHELD, Finding.NOT_UPHELD)));
    assertEquals(null, Finding.combine(List.of()));
  }
}
