package org.foilens.text;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern that can start only at a few characters, found by trying the pattern
 * only there: the same matches, in the same order, as {@link Matcher#find()} in a loop.
 *
 * <p>The patterns that scan whole notices for dates, case references and the ICO's tag lines open
 * with a lookbehind ("no word character before") and can start only with a digit or a few letters.
 * {@code find} still tries them at every character, and a case-blind pattern is slow to fail even
 * on the first: on a notice of 60,000 characters that is most of their cost. Here a plain loop
 * skips every character a match cannot start at, and the pattern runs only where it may match.
 *
 * <p>Both must follow from the pattern itself, or matches are lost: every match starts with one of
 * the {@code openings}, and {@code barredBefore} holds only characters the pattern's own lookbehind
 * refuses before a match. Both are ASCII; a character outside ASCII never bars a match, as {@code
 * \w} without {@link Pattern#UNICODE_CHARACTER_CLASS} is ASCII, and never matches an opening, as
 * {@code CASE_INSENSITIVE} without {@code UNICODE_CASE} folds ASCII only.
 */
public final class StartScan {

  /** The characters of {@code \w}: ASCII letters, digits and the underscore. */
  public static final String WORD =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";

  private final Pattern pattern;
  private final String[][] openings = new String[128][];
  private final boolean ignoreCase;
  private final boolean[] barredBefore = new boolean[128];

  /**
   * @param openings what a match can start with, one of which every match starts with: a single
   *     character, or the first few of a word ("Jan", "Feb"…)
   * @param ignoreCase whether the openings are compared ignoring ASCII case, as the pattern's own
   *     {@link Pattern#CASE_INSENSITIVE} does
   * @param barredBefore characters that the pattern refuses just before a match
   */
  public StartScan(
      Pattern pattern, List<String> openings, boolean ignoreCase, String barredBefore) {
    this.pattern = pattern;
    this.ignoreCase = ignoreCase;
    for (String opening : openings) {
      ascii(opening);
      add(opening.charAt(0), opening);
      if (ignoreCase) {
        add(Character.toLowerCase(opening.charAt(0)), opening);
        add(Character.toUpperCase(opening.charAt(0)), opening);
      }
    }
    ascii(barredBefore);
    for (int i = 0; i < barredBefore.length(); i++) {
      this.barredBefore[barredBefore.charAt(i)] = true;
    }
  }

  /** Every character of {@code chars} opens a match on its own. */
  public static List<String> eachOf(String chars) {
    return chars.chars().mapToObj(c -> String.valueOf((char) c)).toList();
  }

  private void add(char first, String opening) {
    String[] known = openings[first];
    if (known == null) {
      openings[first] = new String[] {opening};
    } else if (!Arrays.asList(known).contains(opening)) {
      String[] more = Arrays.copyOf(known, known.length + 1);
      more[known.length] = opening;
      openings[first] = more;
    }
  }

  private static void ascii(String chars) {
    for (int i = 0; i < chars.length(); i++) {
      if (chars.charAt(i) >= 128) {
        throw new IllegalArgumentException("not ASCII: " + chars);
      }
    }
  }

  /** The matches in a text, one {@link Matches#find()} at a time. */
  public Matches in(CharSequence text) {
    return new Matches(text);
  }

  /** The matches in one text. */
  public final class Matches {
    private final CharSequence text;
    private final Matcher matcher;
    private int at;

    private Matches(CharSequence text) {
      this.text = text;
      this.matcher = pattern.matcher(text).useTransparentBounds(true); // lookbehind sees before
    }

    /** Finds the next match, as {@link Matcher#find()} would; false when there is none. */
    public boolean find() {
      int length = text.length();
      while (at < length) {
        int from = at++;
        if (mayStart(from) && matcher.region(from, length).lookingAt()) {
          at = Math.max(matcher.end(), from + 1);
          return true;
        }
      }
      return false;
    }

    /** The last match found, for its groups and offsets; never to be advanced itself. */
    public Matcher matcher() {
      return matcher;
    }

    private boolean mayStart(int i) {
      char c = text.charAt(i);
      String[] open = c < 128 ? openings[c] : null;
      if (open == null) {
        return false;
      }
      if (i > 0) {
        char before = text.charAt(i - 1);
        if (before < 128 && barredBefore[before]) {
          return false;
        }
      }
      for (String o : open) {
        if (opens(i, o)) {
          return true;
        }
      }
      return false;
    }

    private boolean opens(int i, String opening) {
      if (i + opening.length() > text.length()) {
        return false;
      }
      for (int k = 1; k < opening.length(); k++) { // the first is known to match
        char t = text.charAt(i + k);
        char o = opening.charAt(k);
        if (t != o
            && !(ignoreCase && t < 128 && Character.toLowerCase(t) == Character.toLowerCase(o))) {
          return false;
        }
      }
      return true;
    }
  }
}
