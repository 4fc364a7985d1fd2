package org.foilens.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What a document mentions, each list distinct and in order of first mention.
 *
 * @param caseRefs case references, the document's own first
 * @param dates full dates
 * @param persons people named
 * @param organisations organisations named, public authorities under the gazetteer's name
 * @param periods periods named, as ISO 8601 intervals ({@code 2018-04-01/2019-03-31})
 */
public record Mentions(
    List<String> caseRefs,
    List<LocalDate> dates,
    List<String> persons,
    List<String> organisations,
    List<String> periods) {

  public static final Mentions NONE = new Mentions(null, null, null, null, null);

  public Mentions {
    caseRefs = caseRefs == null ? List.of() : List.copyOf(caseRefs);
    dates = dates == null ? List.of() : List.copyOf(dates);
    persons = persons == null ? List.of() : List.copyOf(persons);
    organisations = organisations == null ? List.of() : List.copyOf(organisations);
    periods = periods == null ? List.of() : List.copyOf(periods);
  }
}
