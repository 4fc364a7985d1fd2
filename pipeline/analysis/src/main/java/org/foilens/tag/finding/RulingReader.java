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
import org.foilens.model.Act;
import org.foilens.model.DocumentKind;
import org.foilens.model.NoticePart;
import org.foilens.model.ProvisionRefs;
import org.foilens.model.ProvisionRole;
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

  private static final Pattern CLAUSE_BREAK =
      Pattern.compile(
          "(?=[;:,\\s•])(?:" // every break starts with one of these: one test where none can start
              + ";|:\\s|,?\\s+but\\s+(?!not\\s+(?:in|for|to|all|others|the"
              + " rest)\\b)|,?\\s+however,?\\s+|\\s+and"
              + " that\\s+|\\s+whereas\\s+|\\s+although\\s+|\\s+whilst\\s+|\\s*•\\s*|,\\s+(?=unlike\\s|such"
              + " as\\s|other than\\s|in contrast\\s))");
  private static final Pattern CONTRASTING =
      Pattern.compile("\\b(?:but|however|whereas|although|whilst)\\b");
  private static final Pattern CONTRAST =
      Pattern.compile("^\\s*(unlike|such as|other than|in contrast)\\b");
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
  private final RulingConcepts concepts;
  private final LegislationTable legislation;

  RulingReader(ClauseReader reader, RulingConcepts concepts, LegislationTable legislation) {
    this.reader = reader;
    this.concepts = concepts;
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
    for (Span sentence : cutAtParts(sentences, parts)) {
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
      for (Span clauseSpan : clauses(text)) {
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
          inStatement.addAll(governed(ClauseReader.normal(clause), citedKeys));
        }
        ClauseReader.Reading reading =
            account ? ClauseReader.Reading.ACCOUNT_ONLY : reader.read(clause);
        account = reading.account();
        String lower = ClauseReader.normal(clause);
        List<String> targets = own;
        Reach reach = Reach.CITED;
        if (targets.isEmpty()) {
          targets = pointedBack(lower, before, citedKeys, reading);
        }
        if (targets.isEmpty() && reading.rules()) {
          targets = governed(lower, citedKeys);
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

  /**
   * The provisions a clause without its own points back to: "this exemption" one provision (or one
   * family, 36(2)(b)(i) and (ii)), "these exemptions" all before, "the other exemptions" the
   * decision's other ground for withholding; a public interest test concludes on those before.
   */
  private List<String> pointedBack(
      String lower, List<String> before, Set<String> citedKeys, ClauseReader.Reading reading) {
    if (THE_OTHERS.matcher(lower).find()) {
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
    if (SEVERAL_BEFORE.matcher(lower).find()) {
      return before;
    }
    if (ONE_BEFORE.matcher(lower).find()) {
      return oneFamily(before) ? before : List.of();
    }
    if (reading.publicInterest()) {
      return before;
    }
    return List.of();
  }

  /** The cited provisions a concept the clause names governs. */
  private List<String> governed(String lower, Set<String> citedKeys) {
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
    return keys.stream().map(RulingReader::family).distinct().count() == 1;
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

  /** The spans of a sentence's clauses, between the breaks of {@link #CLAUSE_BREAK}. */
  private static List<Span> clauses(String sentence) {
    List<Span> out = new ArrayList<>();
    Matcher brk = CLAUSE_BREAK.matcher(sentence);
    int start = 0;
    String type = null; // "contrast" for a clause that opens with "but" or "however"
    while (brk.find()) {
      out.add(new Span(start, brk.start(), type));
      start = brk.end();
      type = CONTRASTING.matcher(brk.group()).find() ? "contrast" : null;
    }
    out.add(new Span(start, sentence.length(), type));
    return out;
  }

  /** Sentence spans cut where a part begins: a detector may run a sentence across a heading. */
  private static List<Span> cutAtParts(Span[] sentences, List<NoticePart> parts) {
    List<Span> out = new ArrayList<>();
    for (Span s : sentences) {
      int start = s.getStart();
      for (NoticePart p : parts) {
        if (p.start() > start && p.start() < s.getEnd()) {
          out.add(new Span(start, p.start()));
          start = p.start();
        }
      }
      out.add(new Span(start, s.getEnd()));
    }
    return out;
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
