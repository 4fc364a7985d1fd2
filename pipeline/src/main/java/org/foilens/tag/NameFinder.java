package org.foilens.tag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Persons and organisations named in a text, found sentence by sentence with the project's own
 * OpenNLP name-finder model ({@code foilens train ner}). One instance serves all threads: each
 * thread gets its own {@link NameFinderME}, which is not thread-safe.
 */
public final class NameFinder {

  public static final String PERSON = "person";
  public static final String ORGANISATION = "organisation";

  /** The names found in one document, distinct, in order of first appearance. */
  public record Names(List<String> persons, List<String> organisations) {
    public static final Names NONE = new Names(List.of(), List.of());
  }

  private final ThreadLocal<NameFinderME> finder;

  public NameFinder(TokenNameFinderModel model) {
    this.finder = ThreadLocal.withInitial(() -> new NameFinderME(model));
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
    NameFinderME me = finder.get();
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
        for (Span name : me.find(tokens)) {
          String written =
              s.subSequence(tokenSpans[name.getStart()].getStart(), tokenSpans[name.getEnd() - 1].getEnd())
                  .toString()
                  .replaceAll("\\s+", " ");
          if (PERSON.equals(name.getType())) {
            persons.add(written);
          } else if (ORGANISATION.equals(name.getType())) {
            organisations.add(written);
          }
        }
      }
    } finally {
      me.clearAdaptiveData(); // what one document taught must not colour the next
    }
    return new Names(List.copyOf(persons), List.copyOf(organisations));
  }
}
