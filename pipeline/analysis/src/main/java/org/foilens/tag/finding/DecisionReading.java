package org.foilens.tag.finding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foilens.model.DocumentKind;
import org.foilens.model.Finding;
import org.foilens.model.Provision;
import org.foilens.model.ProvisionRefs;
import org.foilens.model.StructuredDocument;
import org.foilens.structure.IcoTagLines;
import org.foilens.tag.AnnotatedText;
import org.foilens.tag.provision.LegislationTable;

/**
 * Everything a decision says about its rulings, gathered for weighing: per provision it cites and
 * rules on, a {@link ProvisionEvidence}; the rulings tied to no provision; the outcome the decision
 * states as a whole (a Scottish decision's "failed to comply", a tribunal's "appeal allowed").
 *
 * @param evidence per provision key, in the order the provisions are cited
 * @param untied the sides of the statement's rulings tied to no provision
 * @param whole the outcome the decision states as a whole, or null
 */
public record DecisionReading(
    Map<String, ProvisionEvidence> evidence, List<Side> untied, Finding whole) {

  private static final Pattern SCOTTISH_FINDING =
      Pattern.compile(
          "Commissioner finds that the Authority (?:(?<partly>partially|partly)"
              + " failed|(?<failed>failed)|(?:generally )?(?<complied>complied))",
          Pattern.CASE_INSENSITIVE);

  /** Reads decisions; one per configuration, thread-safe. */
  public static final class Reader {

    private final RulingReader rulings;
    private final LegislationTable legislation;

    Reader(RulingReader rulings, LegislationTable legislation) {
      this.rulings = rulings;
      this.legislation = legislation;
    }

    /** The reader of {@code finding-cues.tsv} and {@code ruling-concepts.tsv} in a folder. */
    public static Reader load(Path cues, Path concepts, LegislationTable legislation)
        throws IOException {
      return new Reader(
          new RulingReader(
              new ClauseReader(RulingCues.load(cues)), RulingConcepts.load(concepts), legislation),
          legislation);
    }

    LegislationTable legislation() {
      return legislation;
    }

    /**
     * What a decision says about the provisions it cites; null for a document that is no decision.
     */
    public DecisionReading read(AnnotatedText text, List<Provision> cited) {
      StructuredDocument doc = text.document();
      DocumentKind kind = doc.kind();
      if (kind != DocumentKind.DECISION_NOTICE && kind != DocumentKind.TRIBUNAL_DECISION) {
        return null;
      }
      RulingReader.Read read =
          rulings.read(kind, text.body(), doc.parts(), text.sentences(), text.citations());
      ProvisionEvidence.Appeal appeal = null;
      Finding whole = null;
      if (kind == DocumentKind.TRIBUNAL_DECISION) {
        appeal = appeal(doc.appeal() == null ? null : doc.appeal().result());
        whole = appeal == null ? null : wholeOf(appeal);
      } else if (doc.isScottishDecision() || isScottish(cited)) {
        whole = scottishOutcome(text.body());
        if (whole == null) {
          whole =
              Side.finding(
                  read.untied().contains(Side.COMPLAINANT), read.untied().contains(Side.AUTHORITY));
        }
      }
      Map<String, Finding> tags = new LinkedHashMap<>();
      Map<String, List<Finding>> printed = new LinkedHashMap<>();
      for (IcoTagLines.Tag t : IcoTagLines.find(text.body())) {
        if (t.decision().act() != null && t.decision().finding() != null) {
          printed
              .computeIfAbsent(
                  Provision.key(t.decision().act(), t.decision().ref()), k -> new ArrayList<>())
              .add(t.decision().finding());
        }
      }
      printed.forEach(
          (k, v) -> {
            if (v.stream().distinct().count() == 1) {
              tags.put(k, v.get(0)); // tag lines that contradict each other say nothing
            }
          });
      Map<String, ProvisionEvidence> evidence = new LinkedHashMap<>();
      for (Provision p : cited) {
        if (!legislation.role(p.act(), p.ref()).isRuledOn() || evidence.containsKey(p.key())) {
          continue;
        }
        ProvisionEvidence e =
            new ProvisionEvidence(
                doc.extraction().source().displayPath(),
                p.key(),
                legislation.role(p.act(), p.ref()));
        evidence.put(p.key(), e);
        for (String r = p.ref(); r != null; r = ProvisionRefs.parent(r)) {
          Finding published = tags.get(Provision.key(p.act(), r));
          if (published != null) {
            e.tag(published);
            break;
          }
        }
        if (read.unruled().contains(p.key())) {
          e.unruled();
        }
        if (read.inStatement().contains(p.key())) {
          e.inStatement();
        }
        e.whole(whole, appeal);
      }
      for (RulingReader.Ruling r : read.rulings()) {
        if (r.zone() == RulingReader.Zone.STATEMENT && r.reach() == RulingReader.Reach.CITED) {
          String section = section(r.key());
          evidence.forEach(
              (k, e) -> {
                if (section(k).equals(section) && !k.equals(r.key())) {
                  e.statementRules();
                }
              });
        }
      }
      for (RulingReader.Ruling r : read.rulings()) {
        ProvisionEvidence e = evidence.get(r.key());
        if (e != null) {
          e.add(r);
        }
        if (r.zone() == RulingReader.Zone.STATEMENT && r.reach() == RulingReader.Reach.CITED) {
          evidence.forEach(
              (k, other) -> {
                if (k.startsWith(r.key() + "(") || r.key().startsWith(k + "(")) {
                  other.familyRuled();
                }
              });
        }
      }
      return new DecisionReading(evidence, read.untied(), whole);
    }
  }

  private static String section(String key) {
    int space = key.indexOf(' ');
    return key.substring(0, space + 1) + ProvisionRefs.top(key.substring(space + 1));
  }

  private static boolean isScottish(List<Provision> cited) {
    return cited.stream()
        .anyMatch(p -> p.act().label().equals("FOISA") || p.act().label().equals("EISR"));
  }

  private static ProvisionEvidence.Appeal appeal(String result) {
    if (result == null) {
      return null;
    }
    return switch (result) {
      case "allowed" -> ProvisionEvidence.Appeal.ALLOWED;
      case "dismissed", "struck_out" -> ProvisionEvidence.Appeal.DISMISSED;
      case "allowed_in_part" -> ProvisionEvidence.Appeal.IN_PART;
      default -> null;
    };
  }

  private static Finding wholeOf(ProvisionEvidence.Appeal appeal) {
    return switch (appeal) {
      case ALLOWED -> Finding.UPHELD;
      case DISMISSED -> Finding.NOT_UPHELD;
      case IN_PART -> Finding.PARTLY_UPHELD;
    };
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
