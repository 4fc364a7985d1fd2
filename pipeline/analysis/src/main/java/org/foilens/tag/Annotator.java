package org.foilens.tag;

import java.util.List;
import org.foilens.model.AnalyzedDocument;

/**
 * One small reader of a structured document: finds one thing (a date, the authority, the
 * provisions, their findings, …) and adds it to the record being built. Annotators run in the order
 * the {@link Tagger} gives; each may read what earlier ones added, to the record or to the {@link
 * AnnotatedText}. An annotator lets its failures propagate: the pipeline turns them into the
 * document's failure record.
 */
public interface Annotator {

  /** Reads the document and adds what it finds to the record. */
  void annotate(AnnotatedText text, AnalyzedDocument.Builder record);

  /** The fields of the output contract it fills: its line in {@code foilens eval}. */
  List<String> fields();
}
