package org.foilens.tag.provision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foilens.model.Act;
import org.foilens.model.Provision;
import org.foilens.text.StartScan;

/**
 * Finds references to provisions of the access-to-information Acts in a sentence, in the forms
 * people write them — "section 12(1)", "s.35(1)(a)", "s 40(2)", "sections 40(2) and 41", "sections
 * 21 to 23", "section 36(2)(b)(i) and (ii)", "regulation 12(4)(b)", "reg. 12(5)(e)", "EIR 12.5.b",
 * "FOI 10", "Article 6(1)(f)" — and decides which Act each belongs to. A reference that names
 * another Act ("section 5 of the Local Government Act 2000") is left out.
 */
public final class ProvisionFinder {

  /** A provision cited once in a text, with the character span of the citation. */
  public record Mention(Act act, String ref, int start, int end) {

    /** The key of the provision cited: {@code FOIA 35(1)(a)}. */
    public String key() {
      return Provision.key(act, ref);
    }
  }

  private static final String LEVEL = "\\((?:\\d{1,3}[A-Z]?|[a-z]{1,4}|[A-Z]{1,2})\\)";
  static final String REF = "\\d{1,3}[A-Z]?(?:\\s?" + LEVEL + ")*";
  static final String DOTTED = "\\d{1,3}(?:\\.\\d{1,2})(?:\\.[a-z]{1,3})?";
  static final String PARTIAL = "(?:" + LEVEL + ")+";
  private static final String UNIT =
      "(?!\\s*(?:days|working|months|years|weeks|hours|minutes|per\\s*cent|%|pages|calendar|pm|am"
          + "|[.,]\\d))";
  private static final String JOIN =
      "\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+and/or\\s+|\\s+and\\s+|\\s+or\\s+|\\s*&\\s*|\\s+to\\s+"
          + "|\\s*[-–]\\s*(?=\\d)";

  /**
   * Between two items of a list: a joining word, or titles and then one (a statutory-provisions
   * list: "1(1), (2) and (6) (General entitlement); 2(1)(b) (Effect …)").
   */
  private static final String SEP =
      "(?:" + JOIN + "|(?:" + ProvisionLists.TITLE + ")+(?:" + JOIN + "|\\s*[;:]\\s*(?=\\d)))";

  private static final String KEYWORD =
      "(?<kw>sections?|subsections?|ss?\\.|s(?=\\s?\\d)|regulations?|regs?\\.?|articles?|arts?\\."
          // a bare path with a level after words that name a provision: "the exemptions in
          // 30(b)(i) and (ii)", "correctly relied on 12(5)(b)"
          + "|(?:exemptions?|exceptions?)\\s+(?:in|at|under)(?=\\s+\\d{1,3}[A-Z]?\\()"
          + "|relied\\s+(?:on|upon)(?=\\s+\\d{1,3}[A-Z]?\\())";
  private static final String CODE =
      "(?<code>FOIA|FOI|EIRs?|FOISA|EISR)\\s+(?:s\\.?\\s?|section\\s+|reg(?:ulation)?\\.?\\s+)?";

  static final Pattern CITATION =
      Pattern.compile(
          "(?<![\\w./])(?:"
              + KEYWORD
              + "\\s*:?\\s*(?<list>"
              + REF
              + UNIT
              + "(?:"
              + SEP
              + "(?:"
              + REF
              + "|"
              + PARTIAL
              + ")"
              + UNIT
              + ")*)"
              + "|"
              + CODE
              + "(?<clist>(?:"
              + DOTTED
              + "|"
              + REF
              + ")"
              + UNIT
              + "(?:"
              + SEP
              + "(?:"
              + DOTTED
              + "|"
              + REF
              + ")"
              + UNIT
              + ")*)"
              + ")(?![\\w(])",
          Pattern.CASE_INSENSITIVE);

  /**
   * {@link #CITATION} tried only where a citation can start: at a keyword (section, s., regulation,
   * article, exemption, exception, relied) or an Act's code (FOIA, EIR…), in either case, after no
   * word character, dot or slash.
   */
  static final StartScan CITATIONS =
      new StartScan(
          CITATION,
          List.of("s", "reg", "relied", "art", "ex", "FOI", "EIR", "EIS"),
          true,
          StartScan.WORD + "./");

  /** "of the Copyright, Designs and Patents Act 1988", "under FOIA", "of the EIR"; case matters. */
  private static final Pattern OF_ACT =
      Pattern.compile(
          "^\\s*,?\\s*(?:[Oo]f|[Uu]nder|[Ii]n)\\s+(?:[Tt]he\\s+)?(?<name>"
              + "FOIA|FOI Act|EIRs?|FOISA|EISR|DPA(?:\\s+(?:1998|2018))?|(?:UK\\s+)?GDPR"
              + "|(?:19|20)\\d\\d\\s+(?:Act|Regulations)|[A-Z][A-Z&]{1,7}(?:\\s+(?:19|20)\\d\\d)?"
              + "|(?:(?:\\(?[A-Z][\\w'’-]*\\)?|\\(?(?:of|and|for|on|in|to|the)\\)?),?\\s+){0,14}?"
              + "(?:Act|Regulations?|Order|Rules|Convention)(?:\\s+(?:19|20)\\d\\d)?)"
              + "(?![\\w-])");

  /** "the … Regulations 2004, which under regulation 4(3) …": the instrument named just before. */
  private static final Pattern NAMED_BEFORE =
      Pattern.compile(
          "(?<name>(?:[A-Z][\\w'’-]*|\\((?:[A-Z][\\w'’-]*\\s?|and\\s|of\\s|for\\s)+\\)|of|and|for|on|in|to|the)"
              + "(?:,?\\s+(?:[A-Z][\\w'’-]*|\\((?:[A-Z][\\w'’-]*\\s?|and\\s|of\\s|for\\s)+\\)|of|and|for|on|in|to|the)){0,14}"
              + "\\s+(?:Act|Regulations?|Order|Rules)(?:\\s+(?:19|20)\\d\\d)?)"
              + "(?:\\s*\\([^)]{1,40}\\))?,?\\s+(?:which|that)\\s+(?:under|at|in|by)\\s*$");

  private static final Pattern TRAILING_CODE =
      Pattern.compile("^\\s*\\(?(?<name>FOIA|EIRs?|FOISA|EISR|(?:UK\\s+)?GDPR|DPA\\s+2018)\\b\\)?");

  /**
   * A number after "FOI" that is a request's reference: three or more digits, a leading zero, or
   * joined to more digits by a dash or slash.
   */
  private static final Pattern REFERENCE_NUMBER =
      Pattern.compile("^(?:\\d{3,}|0\\d)|^\\d+\\s*[-–/]\\s*\\d");

  /** What follows a request's reference: "FOI 20/21-349", "FOI 21 FOI 079". */
  private static final Pattern REFERENCE_TAIL = Pattern.compile("\\s*[-–/]\\s*\\d|\\s+FOI\\b");

  private final LegislationTable legislation;

  public ProvisionFinder(LegislationTable legislation) {
    this.legislation = legislation;
  }

  /** Every citation in a text; no sentence bounds, so "of the X Act" is read up to 120 chars on. */
  public List<Mention> find(String text, ActContext context) {
    return find(text, context, new int[0]);
  }

  /**
   * Every citation in a text. Citations are matched across the whole text (a sentence detector may
   * split "s." from "35(1)(a)"), but what Act a citation belongs to is read only up to the end of
   * its sentence.
   *
   * @param sentenceEnds the end offsets of the text's sentences, ascending
   */
  public List<Mention> find(String text, ActContext context, int[] sentenceEnds) {
    List<Mention> out = new ArrayList<>();
    StartScan.Matches citations = CITATIONS.in(text);
    int otherActUntil = -1; // end of a sentence that cited another Act's section
    Act lastAct = null; // the Act of the last citation: "relied on 12(5)(b)" is the same Act's
    while (citations.find()) {
      Matcher m = citations.matcher();
      int sentenceEnd = sentenceEnd(sentenceEnds, m.end(), text.length());
      Resolution r = actOf(m, text, context, sentenceEnd);
      if (r.explicit() && r.act() == null) {
        otherActUntil = sentenceEnd;
      }
      // "Section 23 of CRCA provides that … prohibited by section 18(1)": a bare section after
      // another Act's section in the same sentence is that Act's.
      boolean bareSection =
          !r.explicit()
              && m.group("kw") != null
              && m.group("kw").toLowerCase(Locale.ROOT).startsWith("s");
      if (bareSection && m.start() < otherActUntil) {
        continue;
      }
      Act act = r.act();
      String kw = m.group("kw") == null ? "" : m.group("kw").toLowerCase(Locale.ROOT);
      if (!r.explicit() && kw.startsWith("relied") && lastAct != null) {
        act = lastAct;
      }
      if (act == null) {
        continue;
      }
      lastAct = act;
      String list = m.group("list") != null ? m.group("list") : m.group("clist");
      if (m.group("code") != null
          && (REFERENCE_NUMBER.matcher(list).find()
              || REFERENCE_TAIL.matcher(text.substring(m.end())).lookingAt())) {
        continue; // "FOI 21-074", "FOI 079": an authority's reference, not a section
      }
      for (String ref : ProvisionLists.expand(list)) {
        if (legislation.has(act, ref)) {
          out.add(new Mention(act, ref, m.start(), m.end()));
        }
      }
    }
    return out;
  }

  private static int sentenceEnd(int[] ends, int offset, int length) {
    int i = Arrays.binarySearch(ends, offset);
    int idx = i >= 0 ? i : -i - 1;
    return idx < ends.length ? ends[idx] : length;
  }

  /** The Act of a citation, and whether the text named it (rather than the document's default). */
  private record Resolution(Act act, boolean explicit) {}

  private Resolution actOf(Matcher m, String text, ActContext context, int limit) {
    String rest = text.substring(m.end(), Math.max(m.end(), Math.min(limit, m.end() + 160)));
    Matcher of = OF_ACT.matcher(rest);
    Matcher trailing = TRAILING_CODE.matcher(rest);
    String named = null;
    if (of.find()) {
      named = of.group("name");
    } else if (trailing.find()) {
      named = trailing.group("name");
    }
    String keyword = m.group("kw") == null ? "" : m.group("kw").toLowerCase(Locale.ROOT);
    if (named != null) {
      String lower = named.toLowerCase(Locale.ROOT).strip();
      if (lower.equals("act")) {
        return new Resolution(context.theAct(), true);
      }
      if (lower.equals("regulations")) {
        return new Resolution(context.regulationAct(), true);
      }
      return new Resolution(
          context.named(legislation.actNamed(named), named), true); // null: another Act
    }
    String before = text.substring(Math.max(0, m.start() - 160), m.start());
    Matcher namedBefore = NAMED_BEFORE.matcher(before);
    if (namedBefore.find()) {
      String name = namedBefore.group("name");
      return new Resolution(context.named(legislation.actNamed(name), name), true);
    }
    if (m.group("code") != null) {
      String code = m.group("code").toUpperCase(Locale.ROOT);
      return new Resolution(
          switch (code) {
            case "FOI", "FOIA" -> Act.FOIA;
            case "EIR", "EIRS" -> context.named(Act.EIR, "EIR");
            default -> Act.fromLabel(code);
          },
          true);
    }
    if (keyword.startsWith("reg") || keyword.startsWith("exception")) {
      return new Resolution(context.regulationAct(), false);
    }
    if (keyword.startsWith("art")) {
      return new Resolution(context.articleAct(), false);
    }
    return new Resolution(context.sectionAct(), false);
  }
}
