package org.foilens.tag.letter;

import java.util.Locale;

/** Names of one body written two ways: case, "&" for "and", punctuation and "The" aside. */
final class AuthorityKeys {

  private AuthorityKeys() {}

  static String key(String name) {
    return name.toLowerCase(Locale.ROOT)
        .replace("&", " and ")
        .replace('’', '\'')
        .replaceAll("[^\\p{L}\\p{N}' ]+", " ")
        .replaceAll("\\s+", " ")
        .strip()
        .replaceFirst("^the ", "");
  }

  static boolean same(String a, String b) {
    return key(a).equals(key(b));
  }
}
