package org.foilens.tag.provision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.NoticePart;
import org.foilens.model.Provision;
import org.foilens.tag.AnnotatedText;
import org.foilens.tag.Annotator;

/**
 * The provisions a document cites, in order of first mention, each with its role, how often it is
 * cited and the numbered paragraphs that cite it. Keeps every citation with its place in the {@link
 * AnnotatedText} for the annotators after it.
 */
public final class ProvisionAnnotator implements Annotator {

  private final LegislationTable legislation;
  private final ProvisionFinder finder;

  public ProvisionAnnotator(LegislationTable legislation) {
    this.legislation = legislation;
    this.finder = new ProvisionFinder(legislation);
  }

  @Override
  public void annotate(AnnotatedText text, AnalyzedDocument.Builder record) {
    List<ProvisionFinder.Mention> mentions =
        finder.find(text.body(), ActContext.of(text.body(), legislation), text.sentenceEnds());
    text.citations(mentions);
    record.provisions(provisions(mentions, text.document().parts()));
  }

  @Override
  public List<String> fields() {
    return List.of("provisions");
  }

  private List<Provision> provisions(
      List<ProvisionFinder.Mention> mentions, List<NoticePart> parts) {
    Map<String, ProvisionFinder.Mention> first = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, Set<Integer>> paragraphs = new LinkedHashMap<>();
    for (ProvisionFinder.Mention m : mentions) {
      String key = m.key();
      counts.merge(key, 1, Integer::sum);
      first.putIfAbsent(key, m);
      Integer paragraph = paragraphAt(m.start(), parts);
      if (paragraph != null) {
        paragraphs.computeIfAbsent(key, k -> new TreeSet<>()).add(paragraph);
      }
    }
    List<Provision> out = new ArrayList<>();
    for (var e : first.entrySet()) {
      ProvisionFinder.Mention m = e.getValue();
      out.add(
          new Provision(
              m.act(),
              m.ref(),
              legislation.role(m.act(), m.ref()),
              null,
              counts.get(e.getKey()),
              List.copyOf(paragraphs.getOrDefault(e.getKey(), Set.of()))));
    }
    return out;
  }

  private static Integer paragraphAt(int offset, List<NoticePart> parts) {
    for (NoticePart part : parts) {
      for (NoticePart.Paragraph p : part.paragraphs()) {
        if (offset >= p.start() && offset < p.end()) {
          return p.number();
        }
      }
    }
    return null;
  }
}
