package org.foilens.text;

import java.util.Locale;
import java.util.Set;

/**
 * Names written in capitals made title case, as tribunals print their parties and notices their
 * headings: "THE INFORMATION COMMISSIONER" → "The Information Commissioner". A name with any lower
 * case letter is taken as written.
 */
public final class TitleCase {

  private static final Set<String> SMALL_WORDS =
      Set.of("and", "of", "the", "for", "in", "on", "at", "to", "by");

  private TitleCase() {}

  /** The name with its spaces collapsed, trailing punctuation cut, and capitals made title case. */
  public static String of(String written) {
    String name = written.replaceAll("\\s+", " ").replaceAll("[,:;]+$", "").strip();
    if (!name.equals(name.toUpperCase(Locale.ROOT))
        || name.chars().noneMatch(Character::isLetter)) {
      return name;
    }
    StringBuilder sb = new StringBuilder();
    String[] words = name.toLowerCase(Locale.ROOT).split(" ");
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (i > 0) {
        sb.append(' ');
      }
      if (i > 0 && SMALL_WORDS.contains(w)) {
        sb.append(w);
      } else {
        sb.append(capitalise(w));
      }
    }
    return sb.toString();
  }

  private static String capitalise(String word) {
    StringBuilder sb = new StringBuilder(word);
    boolean start = true;
    for (int i = 0; i < sb.length(); i++) {
      char c = sb.charAt(i);
      if (Character.isLetter(c) && start) {
        sb.setCharAt(i, Character.toUpperCase(c));
      }
      start = !Character.isLetter(c) && c != '\'' && c != '’';
    }
    return sb.toString();
  }
}
