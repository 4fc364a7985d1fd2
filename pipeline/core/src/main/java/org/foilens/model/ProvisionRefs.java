package org.foilens.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Canonical provision paths: {@code 35(1)(a)}, its parent {@code 35(1)}, its top {@code 35}. */
public final class ProvisionRefs {

  private static final Pattern LEVEL = Pattern.compile("\\(([^()]+)\\)");
  private static final Pattern DOTTED = Pattern.compile("^(\\d+[A-Z]?)((?:\\.[0-9a-z]+)+)$");

  private ProvisionRefs() {}

  /** The parent path, or null at the top: {@code 35(1)(a)} → {@code 35(1)} → {@code 35}. */
  public static String parent(String ref) {
    int open = ref.lastIndexOf('(');
    return open <= 0 ? null : ref.substring(0, open);
  }

  public static String top(String ref) {
    int open = ref.indexOf('(');
    return open < 0 ? ref : ref.substring(0, open);
  }

  /** The path from the top down to the ref itself: {@code [35, 35(1), 35(1)(a)]}. */
  public static List<String> lineage(String ref) {
    List<String> out = new ArrayList<>();
    for (String r = ref; r != null; r = parent(r)) {
      out.add(0, r);
    }
    return out;
  }

  /** The old dotted codes the ICO used ({@code 12.5.b}) as a canonical path ({@code 12(5)(b)}). */
  public static String canonical(String written) {
    String ref = written.replaceAll("\\s+", "");
    Matcher m = DOTTED.matcher(ref);
    if (m.matches()) {
      StringBuilder sb = new StringBuilder(m.group(1));
      for (String level : m.group(2).substring(1).split("\\.")) {
        sb.append('(').append(level).append(')');
      }
      return sb.toString();
    }
    return ref;
  }

  /** How many bracketed levels a path has: {@code 35} → 0, {@code 35(1)(a)} → 2. */
  public static int depth(String ref) {
    Matcher m = LEVEL.matcher(ref);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
