package org.foilens.tag.names;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.foilens.model.AnalyzedDocument;
import org.foilens.tag.AnnotatedText;
import org.foilens.tag.Annotator;
import org.foilens.text.AuthorityGazetteer;
import org.foilens.text.TitleCase;

/**
 * The people and organisations a document names, found by the project's trained name finder:
 * distinct, in order, capitals made title case, public authorities under the gazetteer's name.
 */
public final class NameAnnotator implements Annotator {

  private final NameFinder finder;
  private final AuthorityGazetteer gazetteer;

  public NameAnnotator(NameFinder finder, AuthorityGazetteer gazetteer) {
    this.finder = finder;
    this.gazetteer = gazetteer;
  }

  @Override
  public void annotate(AnnotatedText text, AnalyzedDocument.Builder record) {
    NameFinder.Names named = finder.find(text.body(), text.sentences());
    record
        .persons(named.persons().stream().map(TitleCase::of).distinct().toList())
        .organisations(organisations(named.organisations()));
  }

  @Override
  public List<String> fields() {
    return List.of("persons", "organisations");
  }

  private List<String> organisations(List<String> found) {
    Set<String> out = new LinkedHashSet<>();
    for (String name : found) {
      AuthorityGazetteer.Authority a = gazetteer.resolve(name);
      out.add(a == null ? TitleCase.of(name) : a.name());
    }
    return List.copyOf(out);
  }
}
