package org.foilens.tag.finding;

/**
 * A clause as cues are matched on it, and where each of its characters came from.
 *
 * @param text the clause lower case, each run of spaces one space, apostrophes straight
 * @param origin for each character of {@code text}, its index in the clause as written
 */
record NormalClause(String text, int[] origin) {

  /** A space as {@code \s} is one: blank, tab, line breaks, vertical tab, form feed. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * The clause in the form cues are matched on: lower case, each run of spaces one space, curly and
   * garbled apostrophes ("Commissioner-™s", "Commissioner-s") straight.
   */
  static NormalClause of(String clause) {
    StringBuilder sb = new StringBuilder(clause.length());
    int[] origin = new int[clause.length()];
    int n = 0;
    for (int i = 0; i < clause.length(); i++) {
      char c = Character.toLowerCase(clause.charAt(i));
      if (isSpace(c)) {
        if (n > 0 && sb.charAt(n - 1) == ' ') {
          continue;
        }
        c = ' ';
      } else if (c == '’' || c == '`') {
        c = '\'';
      } else if (c == '-' && i + 1 < clause.length() && clause.charAt(i + 1) == '™') {
        c = '\'';
        i++;
      } else if (c == '-'
          && i + 1 < clause.length()
          && clause.charAt(i + 1) == 's'
          && (i + 2 == clause.length() || !Character.isLetter(clause.charAt(i + 2)))
          && i > 0
          && Character.isLetter(clause.charAt(i - 1))) {
        c = '\''; // "Commissioner-s decision"
      }
      sb.append(c);
      origin[n++] = i;
    }
    int[] trimmed = new int[n];
    System.arraycopy(origin, 0, trimmed, 0, n);
    return new NormalClause(sb.toString(), trimmed);
  }

  /** The clause in the form cues are matched on (see {@link #of}). */
  static String lower(String clause) {
    return of(clause).text();
  }
}
