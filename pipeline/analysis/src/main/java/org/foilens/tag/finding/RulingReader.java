package org.foilens.tag.finding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;
import org.foilens.model.DocumentKind;
import org.foilens.model.NoticePart;
import org.foilens.structure.IcoTagLines;
import org.foilens.tag.provision.LegislationTable;
import org.foilens.tag.provision.ProvisionFinder;

/**
 * Reads a decision's rulings clause by clause: the sentences of the parts where a decision rules
 * ({@link Zone}), cut into clauses, each read by {@link ClauseReader}, and each ruling tied to the
 * provisions it is about. A clause rules on the provisions it cites; else on those a phrase such as
 * "this exemption" (one provision before it), "these exemptions", "none of the exemptions" or "the
 * other exemptions" points back to; a public interest test with no provision of its own concludes
 * on the provisions just before it; else on the provisions a concept it names governs ("within 20
 * working days": FOIA 10, EIR 5(2), …; {@link RulingConcepts}), which counts less. A ruling tied to
 * nothing still counts for the decision as a whole. The ICO's tag lines printed on a page are not
 * read here: they are the ICO's own decisions, weighed apart.
 */
final class RulingReader {

  /** Where in a decision a ruling was read. */
  enum Zone {
    /** What the decision says it decided: a notice's decision part or summary, a page's text. */
    STATEMENT,
    /** A notice's reasons. */
    REASONS,
    /** The steps it orders. */
    STEPS,
    /** A tribunal's account of the notice appealed against. */
    RECITAL
  }

  /** How a ruling reached its provision: by citing it (or pointing back to it), or by a concept. */
  enum Reach {
    CITED,
    CONCEPT
  }

  /** One ruling on one provision. */
  record Ruling(
      String key, Zone zone, Reach reach, Side side, boolean weak, boolean publicInterest) {}

  /**
   * What a decision rules.
   *
   * @param rulings the rulings tied to provisions, in text order
   * @param untied the sides of the statement's rulings that cite no provision (tied to none, or
   *     only through a concept)
   * @param unruled provisions the decision says it did not decide
   * @param inStatement provisions the statement names: cites (outside tag lines), or names the
   *     concept of ("failed to respond promptly": the time for compliance)
   */
  record Read(
      List<Ruling> rulings, List<Side> untied, Set<String> unruled, Set<String> inStatement) {}

  private static final Pattern CONTRAST =
      Pattern.compile("^\\s*(unlike|such as|other than|in contrast)\\b");
  private static final Pattern TRIBUNAL_REASONS =
      Pattern.compile(
          "(?m)^\\s*(?:open\\s+)?(?:reasons|reasons for (?:the )?decisions?)\\b.*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern RECITED =
      Pattern.compile(
          "(?i)\\bcommissioner\\W{0,3}s\\s+decision\\b|\\bdecision"
              + " notice\\b.{0,120}\\b(?:held|found"
              + "|decided|concluded)\\b|\\bcommissioner\\W{0,6}\\s+(?:decided|held|found|concluded|determined)\\b|\\bby"
              + " (?:his|her|its|the) decision\\b");

  private final ClauseReader reader;
  private final ClauseTargets clauseTargets;
  private final LegislationTable legislation;

  RulingReader(ClauseReader reader, RulingConcepts concepts, LegislationTable legislation) {
    this.reader = reader;
    this.clauseTargets = new ClauseTargets(concepts, legislation);
    this.legislation = legislation;
  }

  Read read(
      DocumentKind kind,
      String body,
      List<NoticePart> parts,
      Span[] sentences,
      List<ProvisionFinder.Mention> mentions) {
    List<int[]> tags = new ArrayList<>();
    IcoTagLines.find(body).forEach(t -> tags.add(new int[] {t.start(), t.end()}));
    List<ProvisionFinder.Mention> cited =
        mentions.stream()
            .filter(m -> legislation.role(m.act(), m.ref()).isRuledOn())
            .filter(m -> !inside(tags, m.start()))
            .toList();
    Set<String> citedKeys = new LinkedHashSet<>();
    mentions.stream()
        .filter(m -> legislation.role(m.act(), m.ref()).isRuledOn())
        .forEach(m -> citedKeys.add(m.key()));
    int tribunalReasons = -1;
    if (kind == DocumentKind.TRIBUNAL_DECISION) {
      Matcher r = TRIBUNAL_REASONS.matcher(body);
      tribunalReasons = r.find() ? r.start() : body.length();
    }
    List<Ruling> rulings = new ArrayList<>();
    List<Side> untied = new ArrayList<>();
    Set<String> unruled = new LinkedHashSet<>();
    Set<String> inStatement = new LinkedHashSet<>();
    Zone currentZone = null;
    List<String> before = List.of(); // the provisions the last clause ruled on or cited
    int recitalUntil = -1; // a tribunal's account of the notice runs on to the end of its line
    for (Span sentence : DecisionClauses.cutAtParts(sentences, parts)) {
      String text = body.substring(sentence.getStart(), sentence.getEnd());
      Zone zone = zone(kind, sentence.getStart(), parts, tribunalReasons, text);
      if (zone == null && sentence.getStart() < recitalUntil) {
        zone = Zone.RECITAL;
      }
      if (zone == Zone.RECITAL) {
        int eol = body.indexOf('\n', sentence.getEnd());
        recitalUntil = eol < 0 ? body.length() : eol;
      }
      if (zone != currentZone) {
        currentZone = zone;
        before = List.of();
      }
      if (zone == null) {
        continue;
      }
      boolean account = false; // "The Council said that A, and that B": B is its account too
      List<String> sentenceBefore = List.of(); // the provisions an earlier clause of it ruled on
      for (Span clauseSpan : DecisionClauses.of(text)) {
        int from = sentence.getStart() + clauseSpan.getStart();
        int to = sentence.getStart() + clauseSpan.getEnd();
        String clause = masked(body, from, to, tags);
        if (clause.isBlank() || CONTRAST.matcher(clause.toLowerCase(Locale.ROOT)).find()) {
          continue;
        }
        if (clauseSpan.getType() != null && !ClauseReader.continuesSubject(clause)) {
          account = false; // "but the Commissioner finds …": the Commissioner's voice again
        }
        List<String> own = new ArrayList<>();
        Map<String, Integer> ownAt = new HashMap<>();
        cited.stream()
            .filter(m -> m.start() >= from && m.start() < to)
            .forEach(
                m -> {
                  if (!own.contains(m.key())) {
                    own.add(m.key());
                    ownAt.put(m.key(), m.start() - from);
                  }
                });
        if (zone == Zone.STATEMENT) {
          inStatement.addAll(own);
          inStatement.addAll(clauseTargets.governed(NormalClause.lower(clause), citedKeys));
        }
        ClauseReader.Reading reading =
            account ? ClauseReader.Reading.ACCOUNT_ONLY : reader.read(clause);
        account = reading.account();
        String lower = NormalClause.lower(clause);
        List<String> targets = own;
        Reach reach = Reach.CITED;
        if (targets.isEmpty()) {
          targets = clauseTargets.pointedBack(lower, before, citedKeys, reading);
        }
        if (targets.isEmpty() && reading.rules()) {
          targets = clauseTargets.governed(lower, citedKeys);
          reach = Reach.CONCEPT;
        }
        if (targets.isEmpty() && reading.rules() && !sentenceBefore.isEmpty()) {
          targets = sentenceBefore; // "entitled to withhold some under section 33(1)(b), but …
          reach = Reach.CITED; //     … that it wrongly withheld the remainder"
        }
        if (reach == Reach.CITED && !targets.isEmpty()) {
          before = targets;
          sentenceBefore = targets;
        }
        if (reading.unruled()) {
          unruled.addAll(targets);
          continue;
        }
        if (!reading.rules()) {
          continue;
        }
        if (targets.isEmpty()) {
          if (zone == Zone.STATEMENT) {
            untied.add(reading.side());
            if (reading.partly()) {
              untied.add(reading.side().other());
            }
          }
          continue;
        }
        if (reach == Reach.CONCEPT && zone == Zone.STATEMENT) {
          untied.add(reading.side()); // names no provision: counts for the whole as well
        }
        boolean perProvision = targets == own && own.size() > 1 && reading.bothWays();
        for (String key : targets) {
          // "section 12(1) was applied correctly … it breached section 17": each provision
          // takes the ruling nearest it
          Side side = perProvision ? reading.nearest(ownAt.get(key)) : reading.side();
          rulings.add(new Ruling(key, zone, reach, side, reading.weak(), reading.publicInterest()));
          if (reading.partly()) {
            rulings.add(new Ruling(key, zone, reach, reading.side().other(), false, false));
          }
        }
      }
    }
    return new Read(rulings, untied, unruled, inStatement);
  }

  /** Where a sentence is: the zone its part is in, or null where a decision does not rule. */
  private static Zone zone(
      DocumentKind kind, int offset, List<NoticePart> parts, int tribunalReasons, String text) {
    if (kind == DocumentKind.TRIBUNAL_DECISION) {
      if (offset < tribunalReasons) {
        return Zone.STATEMENT;
      }
      return RECITED.matcher(text).find() ? Zone.RECITAL : null;
    }
    NoticePart part = partAt(offset, parts);
    if (part == null) {
      return parts.isEmpty() || offset < parts.get(0).start() ? Zone.STATEMENT : null;
    }
    return switch (part.name()) {
      case "decision" -> Zone.STATEMENT;
      case "reasons" -> Zone.REASONS;
      case "steps" -> Zone.STEPS;
      default -> null;
    };
  }

  /** The clause's text with the ICO's tag lines blanked out. */
  private static String masked(String body, int from, int to, List<int[]> tags) {
    char[] c = body.substring(from, to).toCharArray();
    for (int[] t : tags) {
      for (int i = Math.max(from, t[0]); i < Math.min(to, t[1]); i++) {
        c[i - from] = ' ';
      }
    }
    return new String(c);
  }

  private static boolean inside(List<int[]> spans, int offset) {
    for (int[] s : spans) {
      if (offset >= s[0] && offset < s[1]) {
        return true;
      }
    }
    return false;
  }

  private static NoticePart partAt(int offset, List<NoticePart> parts) {
    for (NoticePart p : parts) {
      if (offset >= p.start() && offset < p.end()) {
        return p;
      }
    }
    return null;
  }
}
