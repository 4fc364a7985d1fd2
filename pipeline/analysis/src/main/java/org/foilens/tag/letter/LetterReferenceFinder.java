package org.foilens.tag.letter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foilens.text.UkDates;

/**
 * The authority's own references in a response letter, as printed: "Our ref: RFI-2207", "Reference
 * number: FOI 2021-315", "REF: MCT/FOI/2021/5679", "Ref:" with the reference on the next line, a
 * heading such as "Freedom of Information request: FOI0321004", or a reference with a code of its
 * own ("FOI3310 – Concerning …") in the letter's first lines. The labels and shapes are the rows of
 * {@code config/letter-references.tsv}; the requester's own reference ("Your ref") is never taken.
 * What follows a label is read up to the first word that is no part of a reference: "Our Ref: FOI -
 * 2137 - Housing Support" gives "FOI - 2137".
 */
public final class LetterReferenceFinder {

  /** Lines of a letter read for references without a label. */
  static final int HEAD_LINES = 25;

  /**
   * Lines of a letter read for labelled references: its own are at its head, and an annexed policy
   * further down has references of its own.
   */
  static final int LABEL_LINES = 40;

  private static final Pattern SEPARATOR = Pattern.compile("[-–—/|]+");
  private static final Pattern CODE = Pattern.compile("[A-Z]{1,6}[/.-]?");
  private static final Pattern WORD_WITH_DIGIT =
      Pattern.compile("[\\p{L}\\p{N}_./()-]*\\d[\\p{L}\\p{N}_./()-]*");

  private final LetterCues table;

  public LetterReferenceFinder(LetterCues table) {
    this.table = table;
  }

  /** The references of a letter in order of first appearance, each once. */
  public List<String> find(String text) {
    Map<String, String> found = new LinkedHashMap<>();
    Set<String> shaped = new HashSet<>();
    String[] lines = text.split("\\R");
    int nonEmpty = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      nonEmpty++;
      if (nonEmpty <= LABEL_LINES) {
        labelled(lines, i, found, shaped);
      }
      if (nonEmpty <= HEAD_LINES) {
        unlabelled(line, found, shaped);
      }
    }
    return List.copyOf(found.values());
  }

  private void labelled(String[] lines, int i, Map<String, String> found, Set<String> shaped) {
    String line = lines[i];
    List<int[]> requesters = new ArrayList<>();
    for (LetterCues.Cue cue : table.of("requester")) {
      Matcher m = cue.pattern().matcher(line);
      while (m.find()) {
        requesters.add(new int[] {m.start(), m.end()});
      }
    }
    for (LetterCues.Cue cue : table.cues()) {
      if (!(cue.reading().equals("own") || cue.reading().equals("earlier"))) {
        continue;
      }
      Matcher m = cue.pattern().matcher(line);
      while (m.find()) {
        int start = m.start();
        boolean wordStart = start == 0 || !Character.isLetterOrDigit(line.charAt(start - 1));
        boolean theirs = requesters.stream().anyMatch(r -> start >= r[0] && start < r[1]);
        if (!wordStart || theirs) {
          continue;
        }
        String rest = line.substring(m.end());
        String ref = reference(rest.isBlank() ? nextLine(lines, i) : rest);
        if (ref != null) {
          // a labelled reference is the letter's own form of one taken by its shape alone
          // ("Reference: 1900117" after a title's "FOI 1900117")
          String k = key(ref);
          found.keySet().removeIf(f -> shaped.contains(f) && (f.contains(k) || k.contains(f)));
          found.putIfAbsent(k, ref);
        }
      }
    }
  }

  private void unlabelled(String line, Map<String, String> found, Set<String> shaped) {
    for (LetterCues.Cue cue : table.cues()) {
      Matcher m = cue.pattern().matcher(line);
      if (cue.reading().equals("heading") && m.find()) {
        String ref = reference(line.substring(m.end()));
        if (ref != null) {
          found.putIfAbsent(key(ref), ref);
        }
      } else if (cue.reading().equals("shape")) {
        while (m.find()) {
          String ref = reference(m.group());
          if (ref != null && !containsKey(found, key(ref))) {
            found.putIfAbsent(key(ref), ref);
            shaped.add(key(ref));
          }
        }
      }
    }
  }

  /** Whether a reference already found has this one's characters within it, or it theirs. */
  private static boolean containsKey(Map<String, String> found, String key) {
    for (String k : found.keySet()) {
      if (k.contains(key) || key.contains(k)) {
        return true;
      }
    }
    return false;
  }

  private static String nextLine(String[] lines, int i) {
    for (int j = i + 1; j < lines.length && j <= i + 2; j++) {
      if (!lines[j].isBlank()) {
        return lines[j];
      }
    }
    return "";
  }

  /**
   * The reference at the start of a text: its words while they are codes (FOI, SPFT), words with a
   * digit, or separators; trailing codes and separators dropped. Null when it holds no digit, or is
   * a date.
   */
  static String reference(String text) {
    String rest = text.strip().replaceFirst("^[:.\\s/]+", "").strip();
    List<String> taken = new ArrayList<>();
    for (String token : rest.split("\\s+")) {
      String t = token.replaceAll("[,;]+$", "");
      boolean part =
          WORD_WITH_DIGIT.matcher(t).matches()
              || CODE.matcher(t).matches()
              || SEPARATOR.matcher(t).matches();
      if (!part || t.isEmpty()) {
        break;
      }
      taken.add(t);
      if (!t.equals(token)) {
        break; // a comma ends it
      }
    }
    while (!taken.isEmpty() && !taken.get(taken.size() - 1).matches(".*\\d.*")) {
      taken.remove(taken.size() - 1);
    }
    if (taken.isEmpty()) {
      return null;
    }
    String ref = String.join(" ", taken).replaceAll("[.)]+$", "");
    if (!ref.matches(".*\\d.*") || UkDates.firstIn(ref) != null || ref.matches("[\\d\\s()+]{9,}")) {
      return null; // a date or a telephone number
    }
    return ref;
  }

  /** What identifies a reference whatever its spacing and case: its letters and digits. */
  static String key(String ref) {
    return ref.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
