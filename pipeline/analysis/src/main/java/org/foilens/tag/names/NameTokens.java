package org.foilens.tag.names;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * The tokens the name finder reads: runs of letters and digits, joined by one of {@code - ' ’ . &
 * /} ("Okafor-Lane", "Commissioner’s", "s.35"), and every other character on its own. The training
 * data (corpus/tools/build_ner.py) is tokenized with the same expression, so that the model sees at
 * run time the tokens it was trained on.
 */
public final class NameTokens {

  static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’.&/][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

  private NameTokens() {}

  /** The token spans of a text, as character offsets into it. */
  public static Span[] spans(CharSequence text) {
    List<Span> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(new Span(m.start(), m.end()));
    }
    return out.toArray(Span[]::new);
  }
}
