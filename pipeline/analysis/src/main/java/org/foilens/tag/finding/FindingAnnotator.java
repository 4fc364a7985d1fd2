package org.foilens.tag.finding;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.DocumentKind;
import org.foilens.model.Finding;
import org.foilens.model.Provision;
import org.foilens.model.StructuredDocument;
import org.foilens.tag.AnnotatedText;
import org.foilens.tag.Annotator;

/**
 * The Commissioner's finding on each provision a decision notice rules on, and the notice's
 * outcome: the findings' combination, a Scottish decision's own sentence ("the Commissioner finds
 * that the Authority partially failed …"), or, where no ruling is read but steps are ordered,
 * {@code upheld}.
 */
public final class FindingAnnotator implements Annotator {

  private static final Pattern SCOTTISH_FINDING =
      Pattern.compile(
          "Commissioner finds that the Authority (?:(?<partly>partially|partly)"
              + " failed|(?<failed>failed)|(?:generally )?(?<complied>complied))",
          Pattern.CASE_INSENSITIVE);

  private final FindingClassifier classifier;

  public FindingAnnotator(FindingClassifier classifier) {
    this.classifier = classifier;
  }

  @Override
  public void annotate(AnnotatedText text, AnalyzedDocument.Builder record) {
    StructuredDocument doc = text.document();
    if (doc.kind() != DocumentKind.DECISION_NOTICE) {
      return;
    }
    List<Provision> cited = record.provisions();
    Map<String, Finding> ruled =
        classifier.inherit(
            classifier.classify(text.body(), doc.parts(), text.sentences(), text.citations()),
            cited);
    record.provisions(cited.stream().map(p -> p.withFinding(ruled.get(p.key()))).toList());
    Finding outcome = Finding.combine(ruled.values());
    Finding scottish = doc.isScottishDecision() ? scottishOutcome(text.body()) : null;
    if (scottish != null) {
      outcome = scottish;
    }
    if (outcome == null && Boolean.TRUE.equals(record.stepsOrdered())) {
      outcome = Finding.UPHELD; // no ruling read, but the Commissioner ordered the authority to act
    }
    record.outcome(outcome);
  }

  @Override
  public List<String> fields() {
    return List.of("finding", "outcome");
  }

  /** A Scottish decision states its outcome in one sentence: failed, partially failed, complied. */
  static Finding scottishOutcome(String body) {
    Matcher m = SCOTTISH_FINDING.matcher(body);
    if (!m.find()) {
      return null;
    }
    return m.group("partly") != null
        ? Finding.PARTLY_UPHELD
        : m.group("failed") != null ? Finding.UPHELD : Finding.NOT_UPHELD;
  }
}
