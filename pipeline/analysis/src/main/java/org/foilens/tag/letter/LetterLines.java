package org.foilens.tag.letter;

/** Where a letter's first lines end, counting only lines with something on them. */
final class LetterLines {

  private LetterLines() {}

  /**
   * The end of the {@code lines}th non-empty line from a position (the end of the text when it has
   * fewer).
   */
  static int end(String text, int from, int lines) {
    int seen = 0;
    int pos = from;
    while (pos < text.length()) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      if (!text.substring(pos, end).isBlank() && ++seen >= lines) {
        return end;
      }
      pos = end + 1;
    }
    return text.length();
  }
}
