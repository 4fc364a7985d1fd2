package org.foilens.corpus;

/** One block of a notice's body, as the source text marks it. */
public sealed interface Block {

  /** {@code ## Heading} (level 2) or {@code ### Sub-heading} (level 3). */
  record Heading(int level, String text) implements Block {}

  /** {@code 12. Text}: a numbered paragraph, rendered with a hanging indent. */
  record NumberedParagraph(String number, String text) implements Block {}

  /** {@code - text}: a bullet belonging to the paragraph before it. */
  record Bullet(String text) implements Block {}

  /** {@code > text}: one quoted paragraph (a request, a letter, the law), rendered indented. */
  record Quote(String text) implements Block {}

  /** Any other run of lines: an unnumbered paragraph whose text keeps its line breaks. */
  record Plain(String text) implements Block {}
}
