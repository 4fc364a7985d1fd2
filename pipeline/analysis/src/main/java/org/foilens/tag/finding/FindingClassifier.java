package org.foilens.tag.finding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;
import org.apache.commons.csv.CSVRecord;
import org.foilens.model.Finding;
import org.foilens.model.NoticePart;
import org.foilens.model.Provision;
import org.foilens.model.ProvisionRefs;
import org.foilens.tag.provision.LegislationTable;
import org.foilens.tag.provision.ProvisionFinder;
import org.foilens.text.TsvTable;

/**
 * Reads, from a decision notice's decision, reasons and steps parts, how the Commissioner ruled on
 * each provision. Each sentence is cut into clauses; a clause's ruling comes from the phrases of
 * {@code config/finding-cues.tsv} and applies to the provisions the clause cites, or else to those
 * of the clause before ("regulation 12(4)(e) is engaged, but the public interest favours
 * disclosure"), or else to the provisions last cited in the same part. Clauses that only pose the
 * question ("whether the Council was entitled to rely on…") or state the law ("Section 12(1)
 * provides that…") are passed over. A provision ruled only for the complainant is {@code upheld},
 * only for the authority {@code not_upheld}, both ways {@code partly_upheld}; a weak ruling ("is
 * engaged") gives way to a ruling the other way (the public interest favours disclosure). Only
 * exemptions and procedural provisions are ruled on.
 */
public final class FindingClassifier {

  /** Parts in which the Commissioner rules; the request narrative and the scope only report. */
  private static final Set<String> RULING_PARTS = Set.of("decision", "reasons", "steps");

  private static final Pattern CLAUSE_BREAK =
      Pattern.compile(
          "(?=[;:,\\s•])(?:" // every break starts with one of these: one test where none can start
              + ";|:\\s|,?\\s+but\\s+|,?\\s+however,?\\s+|\\s+and"
              + " that\\s+|\\s+whereas\\s+|\\s+although\\s+|\\s*•\\s*|,\\s+(?=unlike\\s|such"
              + " as\\s|other than\\s|in contrast\\s))");

  /** A clause that sets other provisions beside the ones discussed ("unlike sections 21 to 23"). */
  private static final Pattern CONTRAST =
      Pattern.compile("^\\s*(unlike|such as|other than|in contrast)\\b");

  private static final Pattern QUESTION =
      Pattern.compile("\\b(whether|if the|consider if|to determine)\\b");
  private static final Pattern DEFINITION =
      Pattern.compile(
          "\\b(provides that|provide that|states that|state that|provides an exception|provides an"
              + " exemption|provides a|places a duty|sets out|defines|says that|is a qualified|is"
              + " an absolute|are qualified|are absolute|is subject to the public interest|unless"
              + " the public interest)\\b");

  /** What one clause says: for the complainant, for the authority, or only weakly for it. */
  private enum Side {
    COMPLAINANT,
    AUTHORITY,
    AUTHORITY_WEAK,
    NONE
  }

  private final List<String> complainantCues;
  private final List<String> authorityCues;
  private final List<String> weakAuthorityCues;
  private final List<String> masked;
  private final List<String> reported;
  private final LegislationTable legislation;

  FindingClassifier(
      List<String> complainantCues,
      List<String> authorityCues,
      List<String> weakAuthorityCues,
      List<String> masked,
      List<String> reported,
      LegislationTable legislation) {
    this.masked = List.copyOf(masked);
    this.reported = List.copyOf(reported);
    this.complainantCues = List.copyOf(complainantCues);
    this.authorityCues = List.copyOf(authorityCues);
    this.weakAuthorityCues = List.copyOf(weakAuthorityCues);
    this.legislation = legislation;
  }

  public static FindingClassifier load(Path cues, LegislationTable legislation) throws IOException {
    List<String> complainant = new ArrayList<>();
    List<String> authority = new ArrayList<>();
    List<String> weak = new ArrayList<>();
    List<String> masked = new ArrayList<>();
    List<String> reported = new ArrayList<>();
    for (CSVRecord row : TsvTable.read(cues)) {
      String phrase = TsvTable.cell(row, "phrase").toLowerCase(Locale.ROOT);
      String favours = TsvTable.cell(row, "favours");
      String strength = TsvTable.cell(row, "strength");
      if (phrase.isEmpty() || favours.isEmpty() || strength.isEmpty()) {
        throw new IOException(
            "finding cue needs phrase, favours and strength in "
                + cues
                + " line "
                + row.getParser().getCurrentLineNumber());
      }
      if (favours.equals("mask")) {
        masked.add(phrase);
      } else if (favours.equals("reported")) {
        reported.add(phrase);
      } else if (favours.equals("complainant")) {
        complainant.add(phrase);
      } else if (strength.equals("weak")) {
        weak.add(phrase);
      } else {
        authority.add(phrase);
      }
    }
    return new FindingClassifier(complainant, authority, weak, masked, reported, legislation);
  }

  /** Findings by provision key ({@code FOIA 35(1)(a)}); provisions not ruled on are absent. */
  /**
   * @param mentions the notice's citations, as the tagger found them in the whole body: a clause
   *     cites those that start within it
   */
  public Map<String, Finding> classify(
      String body,
      List<NoticePart> parts,
      Span[] sentences,
      List<ProvisionFinder.Mention> mentions) {
    Map<String, boolean[]> rulings = new LinkedHashMap<>(); // key → one flag per Side
    NoticePart currentPart = null;
    Set<String> previous = Set.of();
    for (Span sentence : cutAtParts(sentences, parts)) {
      NoticePart part = partAt(sentence.getStart(), parts);
      if (part != currentPart) {
        currentPart = part;
        previous = Set.of();
      }
      if (part == null || !RULING_PARTS.contains(part.name())) {
        continue;
      }
      String text = body.substring(sentence.getStart(), sentence.getEnd());
      for (Span clauseSpan : clauses(text)) {
        String clause = text.substring(clauseSpan.getStart(), clauseSpan.getEnd());
        if (CONTRAST.matcher(clause.toLowerCase(Locale.ROOT)).find()) {
          continue;
        }
        int from = sentence.getStart() + clauseSpan.getStart();
        int to = sentence.getStart() + clauseSpan.getEnd();
        Set<String> cited = new LinkedHashSet<>();
        mentions.stream()
            .filter(m -> m.start() >= from && m.start() < to)
            .filter(m -> legislation.role(m.act(), m.ref()).isRuledOn())
            .forEach(m -> cited.add(m.key()));
        Set<String> target = cited.isEmpty() ? previous : cited;
        previous = target;
        String lower = clause.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (QUESTION.matcher(lower).find() || DEFINITION.matcher(lower).find()) {
          continue;
        }
        Side side = side(lower);
        if (side != Side.NONE) {
          for (String key : target) {
            rulings.computeIfAbsent(key, k -> new boolean[Side.values().length])[side.ordinal()] =
                true;
          }
        }
      }
    }
    Map<String, Finding> findings = new LinkedHashMap<>();
    rulings.forEach((key, r) -> findings.put(key, finding(r)));
    return findings;
  }

  /** The spans of a sentence's clauses, between the breaks of {@link #CLAUSE_BREAK}. */
  private static List<Span> clauses(String sentence) {
    List<Span> out = new ArrayList<>();
    Matcher brk = CLAUSE_BREAK.matcher(sentence);
    int start = 0;
    while (brk.find()) {
      out.add(new Span(start, brk.start()));
      start = brk.end();
    }
    out.add(new Span(start, sentence.length()));
    return out;
  }

  private static Finding finding(boolean[] r) {
    boolean complainant = r[Side.COMPLAINANT.ordinal()];
    boolean authority = r[Side.AUTHORITY.ordinal()];
    if (complainant && authority) {
      return Finding.PARTLY_UPHELD;
    }
    return complainant ? Finding.UPHELD : Finding.NOT_UPHELD; // a weak ruling alone still stands
  }

  /**
   * Which side a clause rules for: none for someone's account; else, with statements of the law
   * masked, a complainant phrase rules the whole clause.
   */
  Side side(String lowerClause) {
    for (String phrase : reported) {
      if (lowerClause.contains(phrase)) {
        return Side.NONE;
      }
    }
    for (String phrase : masked) {
      lowerClause = lowerClause.replace(phrase, " ");
    }
    for (String cue : complainantCues) {
      if (lowerClause.contains(cue)) {
        return Side.COMPLAINANT;
      }
    }
    if (authorityCues.stream().anyMatch(lowerClause::contains)) {
      return Side.AUTHORITY;
    }
    return weakAuthorityCues.stream().anyMatch(lowerClause::contains)
        ? Side.AUTHORITY_WEAK
        : Side.NONE;
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

  /**
   * Findings for cited provisions the text did not rule on directly, from their relatives: the
   * nearest cited ancestor's finding (a ruling on section 41 covers the 41(1) it quotes), else the
   * findings of the cited descendants (36(2)(b)(i) and (ii) upheld: 36(2)(b) upheld).
   *
   * @param ruled findings by provision key, as {@link #classify} gives them
   * @param cited every provision the notice cites
   */
  public Map<String, Finding> inherit(Map<String, Finding> ruled, List<Provision> cited) {
    Map<String, Finding> out = new LinkedHashMap<>(ruled);
    for (Provision p : cited) {
      String key = p.key();
      if (out.containsKey(key) || !legislation.role(p.act(), p.ref()).isRuledOn()) {
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
