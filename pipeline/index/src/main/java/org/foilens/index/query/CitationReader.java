package org.foilens.index.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.foilens.model.Act;
import org.foilens.model.ProvisionRefs;

/**
 * Reads provision citations in the free text of a query, typed as people type them: {@code section
 * 35(1)(a)}, {@code s.40(2)}, {@code s 40(2)}, {@code s40(2)}, {@code s12}, {@code sections 21 to
 * 23}, {@code ss.21-23}, {@code s.40(2) and (3)}, {@code reg 12(4)(b)}, {@code regulation
 * 12(5)(e)}, {@code EIR 12(5)(e)}, {@code FOISA s.30(b)(i)}, {@code section 38 of the EISR}. Each
 * becomes the provision query, which finds the provision and everything below it: {@code
 * provision:"FOIA 35(1)(a)"}; a list or a range becomes the provisions joined by OR. Without a
 * named Act, the citation word says which ({@link QueryVocabulary#defaultAct}).
 */
final class CitationReader {

  static final int PRIORITY = 1;

  /** The most provisions a range such as "sections 21 to 23" stands for. */
  static final int MAX_RANGE = 30;

  /** A level of a provision: a number with an optional letter, a letter or two, a roman numeral. */
  private static final String LEVEL = "\\((?:\\d{1,3}[A-Za-z]{0,2}|[A-Za-z]{1,2}|[ivxIVX]{1,5})\\)";

  private static final String REF = "\\d{1,3}[A-Za-z]{0,2}(?:\\s?" + LEVEL + ")*";
  private static final String ITEM = "(?:" + REF + "|(?:" + LEVEL + ")+)";
  private static final String LIST_SEP = "\\s*(?:,|&|\\band\\b|\\bor\\b)\\s*";
  private static final String RANGE_SEP = "\\s*(?:\\bto\\b|-|–|—)\\s*";
  private static final String REFS =
      REF + "(?:(?:" + LIST_SEP + "|" + RANGE_SEP + ")" + ITEM + ")*";
  private static final String BEFORE = "(?<![\\p{L}\\p{N}'’.:\\\\])";
  private static final String AFTER = "(?![\\p{L}\\p{N}/(*?~])";

  private static final Pattern ITEMS =
      Pattern.compile("(?<sep>" + LIST_SEP + "|" + RANGE_SEP + ")?(?<item>" + ITEM + ")");
  private static final Pattern TOP = Pattern.compile("^(\\d+)([A-Za-z]*)");
  private static final Pattern LEVELS = Pattern.compile("\\(([^()]+)\\)");

  private final QueryVocabulary vocabulary;
  private final Pattern withWord;
  private final Pattern actOnly;

  CitationReader(QueryVocabulary vocabulary) {
    this.vocabulary = vocabulary;
    String acts = alternation(vocabulary.actNames());
    String words = alternation(vocabulary.citationWords());
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    this.withWord =
        Pattern.compile(
            BEFORE
                + "(?:(?<act>"
                + acts
                + ")\\s+)?(?<word>"
                + words
                + ")\\.?\\s*(?<refs>"
                + REFS
                + ")(?:\\s*,?\\s+(?:of\\s+)?(?:the\\s+)?(?<after>"
                + acts
                + "))?"
                + AFTER,
            flags);
    this.actOnly =
        Pattern.compile(BEFORE + "(?<act>" + acts + ")\\s+(?<refs>" + REFS + ")" + AFTER, flags);
  }

  /** The citations in {@code text[from, to)}, with positions in {@code text}. */
  List<Reading> read(String text, int from, int to) {
    List<Reading> out = new ArrayList<>();
    Matcher m = withWord.matcher(text).region(from, to);
    m.useTransparentBounds(true);
    while (m.find()) {
      String actName = m.group("act") != null ? m.group("act") : m.group("after");
      Act act = actName != null ? vocabulary.act(actName) : vocabulary.defaultAct(m.group("word"));
      add(out, m, act);
    }
    Matcher a = actOnly.matcher(text).region(from, to);
    a.useTransparentBounds(true);
    while (a.find()) {
      add(out, a, vocabulary.act(a.group("act")));
    }
    return out;
  }

  private static void add(List<Reading> out, Matcher m, Act act) {
    if (act == null) {
      return;
    }
    List<String> refs = refs(m.group("refs"));
    if (refs.isEmpty()) {
      return;
    }
    List<String> clauses =
        refs.stream().map(r -> "provision:\"" + act.label() + " " + r + "\"").toList();
    String replacement =
        clauses.size() == 1 ? clauses.get(0) : "(" + String.join(" OR ", clauses) + ")";
    out.add(new Reading(m.start(), m.end(), replacement, PRIORITY));
  }

  /**
   * The provisions a list of references stands for, in canonical form: {@code 21 to 23} is 21, 22
   * and 23; {@code 40(2) and (3)} is 40(2) and 40(3).
   */
  static List<String> refs(String written) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = ITEMS.matcher(written);
    String previous = null;
    while (m.find()) {
      String item = m.group("item").replaceAll("\\s+", "");
      String ref = item.startsWith("(") ? sibling(previous, item) : canonical(item);
      if (ref == null) {
        continue;
      }
      String sep = m.group("sep");
      if (previous != null && sep != null && sep.strip().matches("(?i)to|-|–|—")) {
        out.addAll(between(previous, ref));
      }
      out.add(ref);
      previous = ref;
    }
    return List.copyOf(out);
  }

  /** {@code 40(2)} and {@code (3)} give {@code 40(3)}: the last levels replaced. */
  private static String sibling(String previous, String levels) {
    if (previous == null) {
      return null;
    }
    int replaced = ProvisionRefs.depth(levels);
    String base = previous;
    for (int i = 0; i < replaced && base != null; i++) {
      base = ProvisionRefs.parent(base);
    }
    return base == null ? null : canonical(base + levels);
  }

  /**
   * The provisions strictly between two: sections when both are whole sections ({@code 21}, {@code
   * 23}), or the last level when both share a parent and end in numbers or single letters; none
   * otherwise, or when a range would pass {@value #MAX_RANGE}.
   */
  static List<String> between(String from, String to) {
    List<String> out = new ArrayList<>();
    String parentFrom = ProvisionRefs.parent(from);
    String parentTo = ProvisionRefs.parent(to);
    if (parentFrom == null && parentTo == null) {
      if (from.matches("\\d+") && to.matches("\\d+")) {
        int a = Integer.parseInt(from);
        int b = Integer.parseInt(to);
        if (b > a && b - a <= MAX_RANGE) {
          for (int n = a + 1; n < b; n++) {
            out.add(Integer.toString(n));
          }
        }
      }
      return out;
    }
    if (parentFrom == null || !parentFrom.equals(parentTo)) {
      return out;
    }
    String lastFrom = from.substring(parentFrom.length() + 1, from.length() - 1);
    String lastTo = to.substring(parentTo.length() + 1, to.length() - 1);
    if (lastFrom.matches("\\d+") && lastTo.matches("\\d+")) {
      int a = Integer.parseInt(lastFrom);
      int b = Integer.parseInt(lastTo);
      if (b > a && b - a <= MAX_RANGE) {
        for (int n = a + 1; n < b; n++) {
          out.add(parentFrom + "(" + n + ")");
        }
      }
    } else if (lastFrom.matches("[a-h]") && lastTo.matches("[a-h]")) {
      for (char c = (char) (lastFrom.charAt(0) + 1); c < lastTo.charAt(0); c++) {
        out.add(parentFrom + "(" + c + ")");
      }
    }
    return out;
  }

  /**
   * A provision as the index writes it: the section's letter in capitals ({@code 22A}), a level's
   * letter after a number in capitals ({@code 40(5A)}), a level of letters in lower case ({@code
   * (b)}, {@code (ii)}).
   */
  static String canonical(String written) {
    String ref = written.replaceAll("\\s+", "");
    Matcher top = TOP.matcher(ref);
    if (!top.find()) {
      return null;
    }
    StringBuilder out =
        new StringBuilder(Integer.parseInt(top.group(1)) + top.group(2).toUpperCase(Locale.ROOT));
    Matcher level = LEVELS.matcher(ref);
    level.region(top.end(), ref.length());
    while (level.find()) {
      String l = level.group(1);
      out.append('(')
          .append(
              Character.isDigit(l.charAt(0))
                  ? l.toUpperCase(Locale.ROOT)
                  : l.toLowerCase(Locale.ROOT))
          .append(')');
    }
    return out.toString();
  }

  private static String alternation(List<String> names) {
    return names.stream()
        .map(n -> String.join("\\s+", Arrays.stream(n.split("\\s+")).map(Pattern::quote).toList()))
        .collect(Collectors.joining("|", "(?:", ")"));
  }
}
