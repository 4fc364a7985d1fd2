package org.foilens.tag.names;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Persons and organisations named in a text, found sentence by sentence with the project's own
 * OpenNLP name-finder model ({@code foilens train ner}). One instance serves all threads: each
 * thread gets its own decoder ({@link NameDecoder}), which is not thread-safe.
 *
 * <p>The model reads only the stretches of a sentence around capitalised words: each such word with
 * {@link #BEFORE} tokens before it and {@link #AFTER} after, stretches that touch joined into one.
 * Every name the model knows starts with a capital, and its features look no further than two
 * tokens either way, so a word farther than that from any capital is neither a name nor a name's
 * context. Legal prose is mostly such words; skipping them more than halves the work of the name
 * finder, the largest cost of tagging (BENCHMARKS.md). {@code NameFinderWindowsTest} measures that
 * the names found stay the same.
 */
public final class NameFinder {

  /** Where a configuration keeps the model ({@code foilens train ner --out}). */
  public static final String MODEL = "models/ner-persons-organisations.bin";

  public static final String PERSON = "person";
  public static final String ORGANISATION = "organisation";

  /** The names found in one document, distinct, in order of first appearance. */
  public record Names(List<String> persons, List<String> organisations) {
    public static final Names NONE = new Names(List.of(), List.of());
  }

  /**
   * Tokens read before a capitalised one: the model's window features reach two back, and one more
   * keeps the start of a stretch, where the decoder sees no earlier outcome and takes the first
   * token for a sentence's first, away from the capital.
   */
  static final int BEFORE = 3;

  /** Tokens read after a capitalised one: the reach of the model's window features. */
  static final int AFTER = 2;

  private final ThreadLocal<TokenNameFinder> finder;

  /**
   * A name finder with a model: decoded by {@link NameDecoder} when it can read the model, else by
   * OpenNLP's {@link NameFinderME}; both find the same names.
   */
  public NameFinder(TokenNameFinderModel model) throws IOException {
    NameDecoder decoder = NameDecoder.of(model);
    this.finder =
        ThreadLocal.withInitial(
            () -> decoder != null ? decoder.another() : new NameFinderME(model));
  }

  public static NameFinder load(Path model) throws IOException {
    try (InputStream in = Files.newInputStream(model)) {
      return new NameFinder(new TokenNameFinderModel(in));
    }
  }

  /**
   * @param sentences sentence spans of {@code text}
   */
  public Names find(String text, Span[] sentences) {
    TokenNameFinder me = finder.get();
    Set<String> persons = new LinkedHashSet<>();
    Set<String> organisations = new LinkedHashSet<>();
    try {
      for (Span sentence : sentences) {
        CharSequence s = sentence.getCoveredText(text);
        Span[] tokenSpans = NameTokens.spans(s);
        if (tokenSpans.length == 0) {
          continue;
        }
        String[] tokens = Span.spansToStrings(tokenSpans, s);
        for (int[] stretch : stretches(tokens)) {
          String[] read = Arrays.copyOfRange(tokens, stretch[0], stretch[1]);
          for (Span name : me.find(read)) {
            int first = stretch[0] + name.getStart();
            int last = stretch[0] + name.getEnd() - 1;
            while (first <= last && !startsName(tokens[first])) {
              first++; // "asked Health Education North West": the name starts at its capital
            }
            if (first > last) {
              continue;
            }
            String written =
                s.subSequence(tokenSpans[first].getStart(), tokenSpans[last].getEnd())
                    .toString()
                    .replaceAll("\\s+", " ");
            if (PERSON.equals(name.getType())) {
              persons.add(written);
            } else if (ORGANISATION.equals(name.getType())) {
              organisations.add(written);
            }
          }
        }
      }
    } finally {
      me.clearAdaptiveData(); // what one document taught must not colour the next
    }
    return new Names(List.copyOf(persons), List.copyOf(organisations));
  }

  /**
   * Whether a token can open a name: a capital or a digit ("3M", "10 Downing Street"). The model
   * knows no name that starts otherwise, yet on a long name it has not seen it can take the word
   * before for the name's first ("asked Health Education North West"), or a lone word ("to") for a
   * name; such words are left off the name, and a name of none is no name.
   */
  static boolean startsName(String token) {
    int c = token.codePointAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c);
  }

  /**
   * The stretches of a sentence's tokens the model reads, as [from, to) token indexes: each
   * capitalised token with {@link #BEFORE} tokens before and {@link #AFTER} after, stretches that
   * overlap or touch joined. None when no token starts with a capital.
   */
  static List<int[]> stretches(String[] tokens) {
    List<int[]> out = new ArrayList<>();
    int[] open = null;
    for (int i = 0; i < tokens.length; i++) {
      if (!Character.isUpperCase(tokens[i].codePointAt(0))) {
        continue;
      }
      int from = Math.max(0, i - BEFORE);
      int to = Math.min(tokens.length, i + AFTER + 1);
      if (open != null && from <= open[1]) {
        open[1] = to;
      } else {
        open = new int[] {from, to};
        out.add(open);
      }
    }
    return out;
  }
}
