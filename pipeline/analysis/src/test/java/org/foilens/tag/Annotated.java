package org.foilens.tag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.ExtractedPart;
import org.foilens.model.Extraction;
import org.foilens.model.SourceDocument;
import org.foilens.model.StructuredDocument;
import org.foilens.structure.Structurer;

/**
 * Runs annotators on a text, as the tag stage does after the real structure stage: for the unit
 * tests of one annotator at a time.
 */
public final class Annotated {

  private static NlpModels models;

  private Annotated() {}

  /** The structure stage's reading of a plain text. */
  public static StructuredDocument structured(String text) {
    SourceDocument source = new SourceDocument(Path.of("test.txt"), "test.txt", "0", text.length());
    Extraction extraction =
        new Extraction(
            source,
            "text/plain",
            List.of(new ExtractedPart("", 0, "text/plain", "test.txt", text, null)),
            null,
            null,
            0,
            Map.of());
    return new Structurer().apply(extraction);
  }

  /** The record the annotators make of a structured document, run in order. */
  public static AnalyzedDocument annotate(StructuredDocument doc, Annotator... annotators) {
    Tagger tagger = new Tagger(models(), List.of(annotators));
    return tagger.apply(doc);
  }

  /** The record the annotators make of a plain text. */
  public static AnalyzedDocument annotate(String text, Annotator... annotators) {
    return annotate(structured(text), annotators);
  }

  private static synchronized NlpModels models() {
    if (models == null) {
      try {
        models = NlpModels.load();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return models;
  }
}
