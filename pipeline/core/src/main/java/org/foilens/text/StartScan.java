package org.foilens.text;

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
 * <p>Both sets must follow from the pattern itself, or matches are lost: {@code starts} holds every
 * character a match can start with, {@code barredBefore} only characters the pattern's own
 * lookbehind refuses before a match. Both are ASCII; a character outside ASCII never bars a match,
 * as {@code \w} without {@link Pattern#UNICODE_CHARACTER_CLASS} is ASCII.
 */
public final class StartScan {

  /** The characters of {@code \w}: ASCII letters, digits and the underscore. */
  public static final String WORD =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";

  private final Pattern pattern;
  private final boolean[] starts = new boolean[128];
  private final boolean[] barredBefore = new boolean[128];

  /**
   * @param starts every character a match can start with
   * @param barredBefore characters that the pattern refuses just before a match
   */
  public StartScan(Pattern pattern, String starts, String barredBefore) {
    this.pattern = pattern;
    mark(this.starts, starts);
    mark(this.barredBefore, barredBefore);
  }

  private static void mark(boolean[] set, String chars) {
    for (int i = 0; i < chars.length(); i++) {
      char c = chars.charAt(i);
      if (c >= 128) {
        throw new IllegalArgumentException("not ASCII: " + c);
      }
      set[c] = true;
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
      if (c >= 128 || !starts[c]) {
        return false;
      }
      if (i == 0) {
        return true;
      }
      char before = text.charAt(i - 1);
      return before >= 128 || !barredBefore[before];
    }
  }
}
